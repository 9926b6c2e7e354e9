import type { ErrorCode } from '../../shared/errors/error-codes';
import type { FailureKind } from './provider-failure';

/**
 * How one documented provider error code is reported: the app code whose message the operator
 * reads, how the transport reacts, and whether offering "try again" makes sense. One row per code
 * keeps the mapping reviewable against the API references' tables.
 */
export interface ErrorRow {
  code: ErrorCode;
  kind: FailureKind;
  retryable: boolean;
  /** Another app code for particular actions, where the same provider code means a different next step. */
  byAction?: Readonly<Record<string, ErrorCode>>;
  /** The least wait before retrying when the answer carries no hint: a documented backoff floor. */
  minRetryAfterMs?: number;
}

/** A family of provider codes sharing a prefix (`Throttling.*`), for codes the references name only as a family. */
export interface PrefixRule {
  prefix: string;
  row: ErrorRow;
}

/** Never retried by the transport; `retryable` only when the operator may sensibly try again after a moment. */
export const permanent = (code: ErrorCode, retryable = false): ErrorRow => ({ code, kind: 'permanent', retryable });

/** The cloud may not have acted, or may have: retried only for calls that are safe to repeat. */
export const transient = (code: ErrorCode): ErrorRow => ({ code, kind: 'transient', retryable: true });

/** Flow control: back off and retry, at least `minRetryAfterMs` when the reference sets a floor. */
export const throttled = (minRetryAfterMs?: number): ErrorRow =>
  minRetryAfterMs === undefined
    ? { code: 'cloud.throttled', kind: 'throttled', retryable: true }
    : { code: 'cloud.throttled', kind: 'throttled', retryable: true, minRetryAfterMs };

/** The request's timestamp was outside the cloud's window: correct the offset, re-sign once. */
export const clockSkew: ErrorRow = { code: 'cloud.clockSkew', kind: 'clockSkew', retryable: true };

/** The nonce was seen before: re-sign with a new one. */
export const nonceReused: ErrorRow = { code: 'cloud.nonceReused', kind: 'nonceReused', retryable: true };

/** The STS token is bad or expired: nothing helps until the operator refreshes it. */
export const tokenExpired: ErrorRow = { code: 'cloud.securityTokenInvalid', kind: 'credentialsExpired', retryable: false };

/**
 * The row for a provider code: an exact entry first, then the first matching family. Undefined for
 * a code the references do not document.
 */
export function findRow(
  table: Readonly<Record<string, ErrorRow>>,
  families: readonly PrefixRule[],
  providerCode: string,
): ErrorRow | undefined {
  if (Object.hasOwn(table, providerCode)) return table[providerCode];
  return families.find((rule) => providerCode.startsWith(rule.prefix))?.row;
}

/**
 * The row for a code no reference documents. The status is the only clue left: a 5xx is the
 * cloud's own trouble, retried where safe; anything else is a refusal shown with its code, never
 * retried automatically.
 */
export function undocumentedRow(status: number): ErrorRow {
  return status >= 500 ? transient('cloud.serverError') : permanent('cloud.rejected');
}

/** The app code a row reports for an action. */
export function codeForAction(row: ErrorRow, action: string): ErrorCode {
  return row.byAction !== undefined && Object.hasOwn(row.byAction, action) ? (row.byAction[action] ?? row.code) : row.code;
}
