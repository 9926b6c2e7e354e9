import { z } from 'zod';
import { Provider } from '../domain/provider';
import { ErrorCode } from './error-codes';
import { FieldIssue } from './field-issue';

/** Values an error message may interpolate. Plain data so it crosses IPC and lands in the journal. */
export const ErrorParams = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type ErrorParams = z.infer<typeof ErrorParams>;

/**
 * The one shape of every failure, in every layer. `provider`/`action` say which cloud call failed
 * (null for local failures); `retryable` tells the UI whether offering "try again" is safe;
 * `hint` carries untranslated detail (a field path, the provider's own message) shown beneath the
 * localised text; `fields` says, for input that was refused, what is wrong with each field.
 */
export const AppError = z.object({
  code: ErrorCode,
  params: ErrorParams,
  provider: Provider.nullable(),
  action: z.string().nullable(),
  requestId: z.string().optional(),
  retryable: z.boolean(),
  hint: z.string().optional(),
  fields: z.record(z.string(), FieldIssue).optional(),
});
export type AppError = z.infer<typeof AppError>;

/** Builds a local (non-cloud) error with sensible defaults. */
export function appError(
  code: ErrorCode,
  params: ErrorParams = {},
  extra: Partial<Omit<AppError, 'code' | 'params'>> = {},
): AppError {
  return { code, params, provider: null, action: null, retryable: false, ...extra };
}

/**
 * An AppError thrown as an exception, for code paths where throwing reads better than returning.
 * Only the plain `error` object ever crosses a process boundary.
 */
export class AppErrorException extends Error {
  constructor(readonly error: AppError) {
    super(error.hint ? `${error.code}: ${error.hint}` : error.code);
    this.name = 'AppErrorException';
  }
}

/** Recovers the AppError from anything thrown; an unknown throw becomes `internal` with its text. */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof AppErrorException) return thrown.error;
  const parsed = AppError.safeParse(thrown);
  if (parsed.success) return parsed.data;
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return appError('internal', {}, { hint: detail });
}
