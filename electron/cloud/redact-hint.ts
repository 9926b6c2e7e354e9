import { maskAccessKeyId } from '../../shared/format/mask';

/** The longest provider message kept as a hint: enough to diagnose, short enough for a status line and the journal. */
export const maxHintLength = 500;

// A parameter name followed by its separator: plain, URL-encoded once (the V1 string-to-sign the
// gateway echoes) or twice, or a JSON member; security tokens also as a header line.
const separator = String.raw`(?:=|%3D|%253D|"\s*:\s*")`;
const keyedAccessKeyId = new RegExp(String.raw`((?:AccessKeyId|Credential)${separator})([A-Za-z0-9._-]+)`, 'gi');
const keyedSecurityToken = new RegExp(
  String.raw`((?:SecurityToken|x-acs-security-token|x-security-token)(?:${separator}|:\s*))(.+?)(?=%26|&|[\s"',;<]|$)`,
  'gi',
);
// AccessKey IDs seen without a parameter name: Alibaba long-term (LTAI…) and STS (STS.…),
// Volcengine long-term (AKLT…) and temporary (AKTP…).
const bareAccessKeyId = /(?:LTAI|STS\.|AKLT|AKTP)[A-Za-z0-9]{6,}/g;

/**
 * A provider's own message made safe to show, log and journal. Alibaba's SignatureDoesNotMatch
 * message echoes the server's string-to-sign, which holds the full AccessKey ID and, with STS
 * credentials, the whole security token; other gateways echo the Authorization's Credential. Every
 * AccessKey ID is masked to the `LTAI****9P6` form, every security token replaced by `****`, and the
 * result capped at {@link maxHintLength} characters (after masking, so a cut cannot expose a key).
 */
export function redactHint(message: string): string {
  const masked = message
    .replace(keyedSecurityToken, (_whole, name: string) => `${name}****`)
    .replace(keyedAccessKeyId, (_whole, name: string, id: string) => `${name}${maskAccessKeyId(id)}`)
    .replace(bareAccessKeyId, (id) => maskAccessKeyId(id))
    .trim();
  return masked.length > maxHintLength ? `${masked.slice(0, maxHintLength - 1)}…` : masked;
}
