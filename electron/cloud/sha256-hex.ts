import { hash } from 'node:crypto';

/**
 * Lower-case hex SHA-256 of UTF-8 text, as both clouds' signatures use it. The one-shot
 * `crypto.hash` avoids creating a Hash object per call — several times cheaper on the signing
 * path, which runs for every attempt of every call.
 */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}
