import { z } from 'zod';
import { AppError } from '../errors/app-error';

/**
 * What every IPC call resolves to. Errors travel as data, not as rejected promises, because
 * Electron's IPC and contextBridge flatten thrown errors to a message string.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Schema of the envelope for a given value schema, for validating what crosses the boundary. */
export function ipcResult<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: AppError }),
  ]);
}
