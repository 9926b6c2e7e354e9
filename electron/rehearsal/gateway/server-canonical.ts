import { timingSafeEqual } from 'node:crypto';
import { percentEncode } from '../../cloud/percent-encode';

/**
 * The canonical query as a provider's gateway recomputes it from what arrived: every pair,
 * percent-encoded per RFC 3986, sorted by encoded name then value, an empty value written
 * `name=`. Unlike the app's signer (which never sends an empty value), the gateway must accept
 * what the official SDKs send, and they do sign empty values this way.
 */
export function receivedCanonicalQuery(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/** Compares two signatures in constant time, so a wrong one reveals nothing about the right one. */
export function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
