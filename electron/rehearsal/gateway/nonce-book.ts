/**
 * Signature nonces seen per access key, kept for the window in which a request may be replayed
 * (15 minutes, the timestamp tolerance), so a reused nonce is refused as Alibaba's gateway does
 * (`SignatureNonceUsed`).
 */
export interface NonceBook {
  /** Records the nonce; false if this key already used it within the window. */
  admit(accessKeyId: string, nonce: string, now: number): boolean;
}

/** Creates an empty book keeping nonces for `windowMs`. */
export function createNonceBook(windowMs: number): NonceBook {
  const seen = new Map<string, number>();
  let sweptAt = 0;
  return {
    admit(accessKeyId, nonce, now) {
      if (now - sweptAt > windowMs) {
        for (const [key, at] of seen) if (at <= now - windowMs) seen.delete(key);
        sweptAt = now;
      }
      const key = `${accessKeyId}\n${nonce}`;
      const at = seen.get(key);
      if (at !== undefined && at > now - windowMs) return false;
      seen.set(key, now);
      return true;
    },
  };
}
