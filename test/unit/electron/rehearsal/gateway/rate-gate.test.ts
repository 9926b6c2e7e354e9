import { describe, expect, it } from 'vitest';
import { createNonceBook } from '../../../../../electron/rehearsal/gateway/nonce-book';
import { createRateGate } from '../../../../../electron/rehearsal/gateway/rate-gate';

describe('rate gate', () => {
  it('admits the limit per key within any window, then refuses until the oldest arrival leaves it', () => {
    const gate = createRateGate();
    const limit = { count: 3, windowMs: 1000 };
    expect([0, 100, 200, 300].map((t) => gate.admit('k|A', limit, t))).toEqual([true, true, true, false]);
    expect(gate.admit('other|A', limit, 300)).toBe(true);
    expect(gate.admit('k|A', limit, 999)).toBe(false);
    expect(gate.admit('k|A', limit, 1001)).toBe(true);
  });
});

describe('nonce book', () => {
  it('refuses a nonce a key has used within the window, per key, and forgets it after', () => {
    const book = createNonceBook(15 * 60_000);
    expect(book.admit('k1', 'n', 0)).toBe(true);
    expect(book.admit('k1', 'n', 60_000)).toBe(false);
    expect(book.admit('k2', 'n', 60_000)).toBe(true);
    expect(book.admit('k1', 'n', 15 * 60_000 + 1)).toBe(true);
  });
});
