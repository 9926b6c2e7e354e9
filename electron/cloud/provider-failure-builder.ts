import type { AppError, ErrorParams } from '../../shared/errors/app-error';
import type { Provider } from '../../shared/domain/provider';
import type { ProviderFailure, RawResponse } from './provider-failure';
import { codeForAction, type ErrorRow } from './provider-error-row';
import { redactHint } from './redact-hint';
import { retryAfterMs } from './retry-after';

/** What a response reader knows about the answer it is turning into a failure. */
export interface AnswerContext {
  provider: Provider;
  action: string;
  response: RawResponse;
  requestId: string | null;
  nowMs: number;
}

/** The provider's refusal as its envelope states it. */
export interface ProviderRefusal {
  providerCode: string;
  message: string | undefined;
  /** Extra values kept for diagnostics (e.g. Volcengine's numeric CodeN). */
  extraParams?: ErrorParams;
}

/**
 * The failure for a refusal, through its table row. Every error carries the provider, the action,
 * the request id when known, `providerCode`, `action` and `httpStatus` in its params, and the
 * provider's own message, redacted, as the hint. A retry hint is read only where the transport
 * retries (throttled, transient), with the row's documented floor as the fallback.
 */
export function failureFromRow(row: ErrorRow, refusal: ProviderRefusal, context: AnswerContext): ProviderFailure {
  const params: ErrorParams = {
    ...refusal.extraParams,
    providerCode: refusal.providerCode,
    action: context.action,
    httpStatus: context.response.status,
  };
  const error = cloudError(codeForAction(row, context.action), params, row.retryable, context, refusal.message);
  const retries = row.kind === 'throttled' || row.kind === 'transient';
  const hinted = retries ? retryAfterMs(context.response.headers, context.nowMs) : null;
  return { error, kind: row.kind, retryAfterMs: hinted ?? row.minRetryAfterMs ?? null };
}

/**
 * The failure for an answer that is not the provider's envelope (an HTML error page from a proxy,
 * a truncated body): transient, because such answers come from the path to the cloud more often
 * than from the cloud. The hint shows the status and the start of the body, redacted before it is
 * cut so a cut cannot leave part of a key unmasked.
 */
export function unreadableAnswer(context: AnswerContext, problem: string): ProviderFailure {
  const excerpt = redactHint(context.response.body.replace(/\s+/g, ' ')).slice(0, 200);
  const hint = `HTTP ${context.response.status}, ${problem}${excerpt === '' ? '' : `: ${excerpt}`}`;
  const params: ErrorParams = { action: context.action, httpStatus: context.response.status };
  const error = cloudError('cloud.unexpectedResponse', params, true, context, hint);
  return { error, kind: 'transient', retryAfterMs: retryAfterMs(context.response.headers, context.nowMs) };
}

function cloudError(
  code: AppError['code'],
  params: ErrorParams,
  retryable: boolean,
  context: AnswerContext,
  message: string | undefined,
): AppError {
  const error: AppError = { code, params, provider: context.provider, action: context.action, retryable };
  if (context.requestId !== null) error.requestId = context.requestId;
  const hint = message === undefined ? '' : redactHint(message);
  if (hint !== '') error.hint = hint;
  return error;
}
