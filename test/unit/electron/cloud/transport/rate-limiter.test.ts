import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../../electron/cloud/transport/rate-limiter';
import { virtualTimer } from '../../../support/virtual-timer';

/** The most starts inside any window of `windowMs`. */
function busiestWindow(starts: number[], windowMs: number): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i += 1) {
    while ((sorted[i] ?? 0) - (sorted[j] ?? 0) >= windowMs) j += 1;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('rate limiter', () => {
  it('never lets more than the limit start in any window, however many callers race', async () => {
    const clock = virtualTimer();
    const limiter = createRateLimiter(clock.timer);
    const limit = { count: 10, windowMs: 1000 };
    const starts: number[] = [];
    const callers = Promise.all(
      Array.from({ length: 95 }, async () => {
        const release = await limiter.acquire('LTAI-key|QueryLiveDomainMultiStreamList', limit);
        starts.push(clock.now());
        release();
      }),
    );
    await clock.runUntilIdle();
    await callers;
    expect(starts).toHaveLength(95);
    expect(busiestWindow(starts, limit.windowMs)).toBe(limit.count);
    expect(Math.max(...starts)).toBe(9000);
  });

  it('returns a token one window after the call was answered, not after it started', async () => {
    const clock = virtualTimer();
    const limiter = createRateLimiter(clock.timer);
    const limit = { count: 1, windowMs: 1000 };
    const first = await limiter.acquire('k', limit);
    const second = limiter.acquire('k', limit).then(() => clock.now());
    const answered = clock.timer.sleep(300).then(first);
    await clock.runUntilIdle();
    await answered;
    expect(await second).toBe(1300);
  });

  it('lets a burst up to the limit through at once', async () => {
    const clock = virtualTimer();
    const limiter = createRateLimiter(clock.timer);
    await Promise.all(Array.from({ length: 10 }, () => limiter.acquire('k', { count: 10, windowMs: 60_000 })));
    expect(clock.now()).toBe(0);
    expect(limiter.inUse('k', { count: 10, windowMs: 60_000 })).toBe(10);
  });

  it('keeps keys (access key and action) independent', async () => {
    const clock = virtualTimer();
    const limiter = createRateLimiter(clock.timer);
    const limit = { count: 1, windowMs: 60_000 };
    (await limiter.acquire('key-a|Action', limit))();
    await limiter.acquire('key-b|Action', limit);
    expect(clock.now()).toBe(0);
  });

  it('gives up waiting when the caller cancels, and serves the next waiter', async () => {
    const clock = virtualTimer();
    const limiter = createRateLimiter(clock.timer);
    const limit = { count: 1, windowMs: 300 };
    (await limiter.acquire('k', limit))();
    const controller = new AbortController();
    const cancelled = limiter.acquire('k', limit, controller.signal);
    const next = limiter.acquire('k', limit).then(() => clock.now());
    controller.abort(new Error('operator cancelled'));
    await clock.runUntilIdle();
    await expect(cancelled).rejects.toThrow('operator cancelled');
    expect(await next).toBe(300);
  });
});
