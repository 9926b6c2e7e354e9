// What a diagnostics bundle may never carry, removed wherever it appears: secrets and security
// tokens by their field names, every AccessKey ID — even masked, support needs none — by field
// name and by shape in any text (a provider message, a log line, a call's parameters).

/** Fields removed whole, whatever they hold (compared without case). */
const secretFields = new Set(['accesskeysecret', 'secret', 'secretkey', 'securitytoken', 'sessiontoken', 'accesskeyid', 'accesskeyidmasked', 'password', 'authorization', 'signature']);

/** AccessKey IDs by shape (Alibaba LTAI…/STS.…, Volcengine AKLT…/AKTP…), masked ones (`LTAI****9P6`) too. */
const keyIdShape = /(?:LTAI|STS\.|AKLT|AKTP)[A-Za-z0-9*._-]{3,}/g;
/** A parameter that carries a key id or token in a URL or a signed string. */
const keyedCredential = /((?:AccessKeyId|Credential|SecurityToken|x-acs-security-token|x-security-token|Signature)(?:=|%3D|%253D|"\s*:\s*"|:\s*))[^&\s"',;<]+/gi;

/** What stands where something was removed. */
export const removed = '[removed]';

/** Text with every key id and credential parameter removed. */
export function scrubText(text: string): string {
  return text.replace(keyedCredential, (_whole, name: string) => `${name}${removed}`).replace(keyIdShape, removed);
}

/**
 * A copy of `value` fit for a support bundle: secret and key-id fields dropped to {@link removed},
 * every string scrubbed of key ids and credentials by shape. Plain data only (what JSON holds).
 */
export function scrubValue(value: unknown): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (Array.isArray(value)) return value.map(scrubValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, secretFields.has(key.toLowerCase()) ? removed : scrubValue(inner)]));
  }
  return value;
}
