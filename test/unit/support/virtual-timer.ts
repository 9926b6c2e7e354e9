import type { Timer } from '../../../electron/cloud/transport/rate-limiter';

/**
 * A deterministic clock for code that waits: time stands still until `runUntilIdle` advances it
 * to the next sleeper's wake-up, so timestamps taken by the code under test are exact.
 */
export function virtualTimer() {
  let now = 0;
  const sleepers: { at: number; wake: () => void }[] = [];
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  const timer: Timer = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        signal?.throwIfAborted();
        const sleeper = { at: now + ms, wake: resolve };
        sleepers.push(sleeper);
        signal?.addEventListener('abort', () => {
          sleepers.splice(sleepers.indexOf(sleeper), 1);
          reject(signal.reason);
        });
      }),
  };
  return {
    timer,
    now: () => now,
    /** Lets pending work run, advancing time to each wake-up in turn, until nothing waits. */
    async runUntilIdle() {
      await settle();
      while (sleepers.length > 0) {
        sleepers.sort((a, b) => a.at - b.at);
        const next = sleepers.shift();
        if (!next) break;
        now = Math.max(now, next.at);
        next.wake();
        await settle();
      }
    },
  };
}
