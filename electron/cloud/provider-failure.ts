import type { AppError } from '../../shared/errors/app-error';

/**
 * How the transport must react to a failed answer, decided from the provider's code (never from
 * the HTTP status alone): `throttled` → back off and retry, honouring `retryAfterMs`; `clockSkew`
 * → correct the clock offset from the Date header and re-sign once; `nonceReused` → re-sign with a
 * new nonce; `transient` → retry only if the call is safe to repeat (a read, or a call carrying an
 * idempotency token); `permanent` → never retry; `credentialsExpired` → never retry, the operator
 * must refresh the STS token first.
 */
export type FailureKind = 'throttled' | 'clockSkew' | 'nonceReused' | 'transient' | 'permanent' | 'credentialsExpired';

/**
 * A cloud's refusal, read: the operator-facing error (whose `retryable` tells the UI whether a
 * "try again" button makes sense), the transport's reaction, and the cloud's own retry hint in
 * milliseconds when it gave one (or a documented minimum backoff), else null.
 */
export interface ProviderFailure {
  error: AppError;
  kind: FailureKind;
  retryAfterMs: number | null;
}

/** An HTTP answer as the transport received it, before anyone interpreted it. */
export interface RawResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

/**
 * What a provider's response reader makes of an answer: the parsed JSON and the cloud's request
 * id on success (the caller picks its fields), or the failure.
 */
export type ProviderOutcome = { ok: true; json: unknown; requestId: string | null } | { ok: false; failure: ProviderFailure };
