import { CloudFault } from '../cloud-fault';
import type { AliyunAccountWorld } from '../world/aliyun-world';

/** ASCII only, at most 64 characters (aliyun-live.md §3.1). */
const tokenForm = /^[\x20-\x7e]{1,64}$/;

/** The parameters that make two requests "the same request": all of them, in a stable order. */
function fingerprintOf(params: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * ClientToken idempotency as Alibaba documents it (§3.2): a call carrying a token it has seen
 * with the same parameters gets the first answer again and changes nothing — no second studio;
 * the same token with different parameters is refused (`IdempotentParameterMismatch`); a missing
 * or malformed token is `InvalidClientToken.Malformed`. Only a successful first answer is kept,
 * so a call refused for a reason that goes away (quota, a stopped studio) can be retried.
 * Actions without a token parameter simply run.
 */
export function replayOrRun(
  world: AliyunAccountWorld,
  action: string,
  tokenParam: string | undefined,
  params: Readonly<Record<string, string>>,
  run: () => Record<string, unknown>,
): Record<string, unknown> {
  if (!tokenParam) return run();
  const token = params[tokenParam] ?? '';
  if (!tokenForm.test(token)) throw new CloudFault(400, 'InvalidClientToken.Malformed', 'The specified parameter ClientToken is malformed.');
  const fingerprint = fingerprintOf(params);
  const seen = world.clientTokens.get(token);
  if (seen) {
    if (seen.action !== action || seen.fingerprint !== fingerprint) {
      throw new CloudFault(400, 'IdempotentParameterMismatch', 'The request uses the same client token as a previous, but non-identical request.');
    }
    return seen.answer;
  }
  const answer = run();
  world.clientTokens.set(token, { action, fingerprint, answer });
  return answer;
}
