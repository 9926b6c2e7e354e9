import type { AppError } from '../../shared/errors/app-error';
import type { ErrorCode } from '../../shared/errors/error-codes';

/**
 * Failures after which the cloud may have carried out a change all the same: no answer, an
 * unreadable answer, the cloud's own trouble. Flow-control and clock refusals are here too: the
 * transport retries a token-carrying call, so such a refusal may end a sequence whose first attempt
 * went unanswered. A cancelled call is not: the operator asked to stop. Every other refusal is
 * definite — the request was not carried out.
 */
const ambiguousCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'cloud.outcomeUnknown',
  'cloud.timeout',
  'cloud.offline',
  'cloud.unexpectedResponse',
  'cloud.serverError',
  'cloud.unavailable',
  'cloud.throttled',
  'cloud.clockSkew',
  'cloud.nonceReused',
]);

/**
 * Whether a change that failed this way may nevertheless have happened: then it is settled by
 * reading the state back (a switch, a copy found by its token), never reported as refused.
 */
export function isAmbiguousFailure(error: AppError): boolean {
  return ambiguousCodes.has(error.code);
}
