import type { RateLimit } from '../action-catalog';

/** Time and waiting, injected so tests run on a virtual clock. */
export interface Timer {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Node's real clock. */
export const realTimer: Timer = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', abort);
        resolve();
      }, ms);
      const abort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
    }),
};

/** Shared by every caller in the process — UI, polling, CLI — so none can push an account over. */
export interface RateLimiter {
  /** Resolves when a call under `key` may start; rejects if `signal` aborts first. */
  acquire(key: string, limit: RateLimit, signal?: AbortSignal): Promise<void>;
  /** Calls started under `key` in the current window, for the status bar's "rate budget in use". */
  inUse(key: string, limit: RateLimit): number;
}

/**
 * A token bucket whose tokens come back one window (plus `guardMs`) after they were taken: in ANY
 * window of `windowMs` at most `count` calls start — stricter than a refilling bucket, which lets
 * up to twice the limit through across a window boundary. The guard absorbs network jitter: a call
 * that reaches the cloud a little later than it started must not let the next window's first call
 * land inside the cloud's count for the previous one. Waiters are served in arrival order per key.
 */
export function createRateLimiter(timer: Timer = realTimer, guardMs = 0): RateLimiter {
  const starts = new Map<string, number[]>();
  const queues = new Map<string, Promise<void>>();

  const recent = (key: string, windowMs: number) => {
    const now = timer.now();
    const kept = (starts.get(key) ?? []).filter((t) => t > now - windowMs - guardMs);
    starts.set(key, kept);
    return kept;
  };

  const take = async (key: string, limit: RateLimit, signal?: AbortSignal) => {
    for (;;) {
      signal?.throwIfAborted();
      const used = recent(key, limit.windowMs);
      if (used.length < limit.count) {
        used.push(timer.now());
        return;
      }
      const oldest = used[used.length - limit.count] ?? timer.now();
      await timer.sleep(Math.max(1, oldest + limit.windowMs + guardMs - timer.now()), signal);
    }
  };

  return {
    acquire(key, limit, signal) {
      const previous = queues.get(key) ?? Promise.resolve();
      const mine = previous.catch(() => undefined).then(() => take(key, limit, signal));
      queues.set(key, mine.catch(() => undefined));
      return mine;
    },
    inUse: (key, limit) => recent(key, limit.windowMs).length,
  };
}
