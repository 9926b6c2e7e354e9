import type { CallKind } from '../action-catalog';

/**
 * Why an attempt failed, as far as retrying is concerned. `notSent`: the connection never opened,
 * so the cloud cannot have acted; `noAnswer`: the request may have arrived but no answer came back;
 * the rest are the cloud's own answers (see provider-failure.ts).
 */
export type AttemptFailure =
  | 'notSent'
  | 'noAnswer'
  | 'throttled'
  | 'clockSkew'
  | 'nonceReused'
  | 'transient'
  | 'permanent'
  | 'credentialsExpired';

/** What to do after a failed attempt. */
export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/** The limits of retrying: attempts in all, and the backoff's base and ceiling. */
export interface RetryLimits {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Three attempts, from a quarter second doubling to at most five seconds. */
export const defaultRetryLimits: RetryLimits = { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 5000 };

/**
 * Whether to try again — only where it is safe. A rejection the cloud made before acting
 * (throttling, a stale clock, a reused nonce) or a connection that never opened can be repeated
 * for any call; a failure after the request may have been acted on (no answer, a server error) is
 * repeated only for reads and for calls carrying an idempotency token. A stale clock or nonce gets
 * one immediate re-sign. Delays use full jitter, and never undercut the cloud's own retry hint.
 */
export function decideRetry(
  kind: CallKind,
  failure: AttemptFailure,
  attempt: number,
  retryAfterMs: number | null,
  random: () => number,
  limits: RetryLimits = defaultRetryLimits,
): RetryDecision {
  if (attempt >= limits.maxAttempts) return { retry: false };
  const safeAfterSending = kind !== 'mutation';
  switch (failure) {
    case 'clockSkew':
    case 'nonceReused':
      return attempt === 1 ? { retry: true, delayMs: 0 } : { retry: false };
    case 'notSent':
    case 'throttled':
      break;
    case 'noAnswer':
    case 'transient':
      if (!safeAfterSending) return { retry: false };
      break;
    case 'permanent':
    case 'credentialsExpired':
      return { retry: false };
  }
  const ceiling = Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(random() * ceiling);
  return { retry: true, delayMs: Math.max(jittered, retryAfterMs ?? 0) };
}
