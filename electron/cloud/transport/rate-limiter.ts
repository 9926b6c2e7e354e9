import type { RateLimit } from '../action-catalog';

/** Time and waiting, injected so tests run on a virtual clock. */
export interface Timer {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * Node's real clock: monotonic and sub-millisecond, so a window is never cut short by the
 * wall clock being adjusted or by whole-millisecond rounding.
 */
export const realTimer: Timer = {
  now: () => performance.now(),
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
  /**
   * Resolves when a call under `key` may start, with the function to call once its answer (or
   * failure) is in; rejects if `signal` aborts first.
   */
  acquire(key: string, limit: RateLimit, signal?: AbortSignal): Promise<() => void>;
  /** Calls under `key` in flight or answered within the window, for "rate budget in use". */
  inUse(key: string, limit: RateLimit): number;
}

/** A call holding budget: in flight (`doneAt` null) or answered at `doneAt`. */
interface Slot {
  doneAt: number | null;
}

const ignore = () => undefined;

/** While every slot is in flight, how often to look again for one that has finished. */
const inFlightPollMs = 10;

/**
 * A token bucket whose tokens come back one window after the call that took them was ANSWERED.
 * The cloud counts arrivals, and a request has certainly arrived by the time its answer is back,
 * while the next one cannot arrive before it starts: so however the network delays either, the
 * cloud never sees more than `count` calls in any window of `windowMs` — not even across a
 * window boundary, where a refilling bucket lets through twice the limit. Waiters are served in
 * arrival order per key.
 */
export function createRateLimiter(timer: Timer = realTimer): RateLimiter {
  const slots = new Map<string, Slot[]>();
  const queues = new Map<string, Promise<unknown>>();

  const live = (key: string, windowMs: number) => {
    const now = timer.now();
    const kept = (slots.get(key) ?? []).filter((slot) => slot.doneAt === null || slot.doneAt > now - windowMs);
    slots.set(key, kept);
    return kept;
  };

  const take = async (key: string, limit: RateLimit, signal?: AbortSignal): Promise<() => void> => {
    for (;;) {
      signal?.throwIfAborted();
      const held = live(key, limit.windowMs);
      if (held.length < limit.count) {
        const slot: Slot = { doneAt: null };
        held.push(slot);
        return () => {
          slot.doneAt ??= timer.now();
        };
      }
      const answered = held.flatMap((slot) => (slot.doneAt === null ? [] : [slot.doneAt]));
      const wait = answered.length > 0 ? Math.min(...answered) + limit.windowMs - timer.now() : inFlightPollMs;
      await timer.sleep(Math.max(1, wait), signal);
    }
  };

  return {
    acquire(key, limit, signal) {
      const previous = queues.get(key);
      const mine = previous ? previous.then(() => take(key, limit, signal)) : take(key, limit, signal);
      const settled = mine.then(ignore, ignore);
      queues.set(key, settled);
      void settled.then(() => {
        if (queues.get(key) === settled) queues.delete(key);
      });
      return mine;
    },
    inUse: (key, limit) => live(key, limit.windowMs).length,
  };
}
