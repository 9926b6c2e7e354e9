import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { RateLimit } from '../../../electron/cloud/action-catalog';
import type { CloudCall, CloudClient } from '../../../electron/cloud/cloud-client';
import { createRateLimiter, type RateLimiter } from '../../../electron/cloud/transport/rate-limiter';
import { createLogger } from '../../../electron/log';
import { createBatchStore, type BatchStore } from '../../../electron/studios/batch-store';
import { createStudioService, type StudioService } from '../../../electron/studios/studio-service';
import type { HttpRequest } from '../../../electron/cloud/http-request';
import type { BatchItemState, StudioBatch } from '../../../shared/domain/studio-desk';
import type { Studio } from '../../../shared/domain/studios';
import type { CallEntry } from '../../../shared/domain/journal';
import { sentHeader, sentParams } from '../cloud/client-harness';

/**
 * What the bulk-copy tests share: the studios service over a data folder (a second one over the
 * same folder is the app restarted), the app's limiter noting every copy attempt, a record of every
 * state each copy went through, a client the test can "kill" mid-call, and the check that a batch
 * made each of its copies exactly once.
 */

/** A fresh data folder, as a new install has. */
export function newDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'lcr-batch-'));
}

/** The studios service as the app builds it (composeStudios), over `dataDir`'s batch store. */
export function batchService(client: CloudClient, dataDir: string, batchConcurrency?: number): { studios: StudioService; store: BatchStore; logs: string[] } {
  const logs: string[] = [];
  const store = createBatchStore(dataDir, createLogger('studios', (line) => logs.push(line)));
  const studios = createStudioService({ client, batches: store, profileId: () => 'rehearsal-aliyun', ...(batchConcurrency ? { batchConcurrency } : {}) });
  return { studios, store, logs };
}

/** One CopyCaster attempt as the limiter saw it: when it started and how long until it was answered or given up. */
export interface CopyAttempt {
  startedAt: number;
  ms: number;
}

/**
 * The app's limiter, noting every CopyCaster attempt (the client takes a slot per attempt and gives
 * it back when the attempt is answered or given up). With `perSecond`, CopyCaster's budget is that
 * instead of the documented 10: paired with a `throttle` drill giving the cloud the same limit, so
 * 300 copies take seconds, not a minute, and the cloud still refuses any call beyond the limit.
 */
export function copyLimiter(perSecond?: number): { limiter: RateLimiter; attempts: CopyAttempt[] } {
  const inner = createRateLimiter();
  const attempts: CopyAttempt[] = [];
  const isCopy = (key: string) => key.endsWith('|CopyCaster');
  const limitOf = (key: string, limit: RateLimit): RateLimit => (isCopy(key) && perSecond !== undefined ? { count: perSecond, windowMs: 1000 } : limit);
  return {
    limiter: {
      async acquire(key, limit, signal) {
        const release = await inner.acquire(key, limitOf(key, limit), signal);
        if (!isCopy(key)) return release;
        const startedAt = performance.now();
        return () => {
          attempts.push({ startedAt, ms: performance.now() - startedAt });
          release();
        };
      },
      inUse: (key, limit) => inner.inUse(key, limitOf(key, limit)),
    },
    attempts,
  };
}

/** The most attempts that started within any `windowMs`. */
export function busiestWindow(attempts: readonly CopyAttempt[], windowMs: number): number {
  const starts = attempts.map((attempt) => attempt.startedAt).sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < starts.length; last += 1) {
    while ((starts[last] ?? 0) - (starts[first] ?? 0) >= windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** Every state each copy of a batch passed through, in order, as the progress listeners saw them. */
export interface ItemHistory {
  /** Item number → its states, repeats folded (`pending, sending, unknown, pending, sending, done`). */
  states: Map<number, BatchItemState[]>;
  /** Item number → every studio id it was shown with. */
  studioIds: Map<number, Set<string>>;
  /** The last batch seen. */
  last(): StudioBatch | null;
}

/** Starts recording `studios`' batch changes, from the batch as it stood (`from`, when resuming one). */
export function watchItems(studios: StudioService, from: StudioBatch | null = null): ItemHistory {
  const states = new Map<number, BatchItemState[]>();
  const studioIds = new Map<number, Set<string>>();
  let last: StudioBatch | null = null;
  const see = (batch: StudioBatch) => {
    last = batch;
    for (const item of batch.items) {
      const seen = states.get(item.n) ?? [];
      if (seen.at(-1) !== item.state) seen.push(item.state);
      states.set(item.n, seen);
      if (item.studioId) studioIds.set(item.n, (studioIds.get(item.n) ?? new Set()).add(item.studioId));
    }
  };
  if (from) see(from);
  studios.onBatch(see);
  return { states, studioIds, last: () => last };
}

/** One history of a batch over several runs (the app restarted between them), run after run. */
export function joinHistories(runs: readonly ItemHistory[]): ItemHistory {
  const states = new Map<number, BatchItemState[]>();
  const studioIds = new Map<number, Set<string>>();
  for (const run of runs) {
    for (const [n, seen] of run.states) {
      const all = states.get(n) ?? [];
      for (const state of seen) if (all.at(-1) !== state) all.push(state);
      states.set(n, all);
    }
    for (const [n, ids] of run.studioIds) studioIds.set(n, new Set([...(studioIds.get(n) ?? []), ...ids]));
  }
  const last = runs.at(-1)?.last() ?? null;
  return { states, studioIds, last: () => last };
}

/** A client noting every call it passes on, in order. */
export function recordingClient(inner: CloudClient): { client: CloudClient; calls: CloudCall[] } {
  const calls: CloudCall[] = [];
  return {
    client: {
      call(call: CloudCall) {
        calls.push(call);
        return inner.call(call);
      },
    },
    calls,
  };
}

/** Resolves once `predicate` holds, looking every 5 ms; fails after `timeoutMs`. */
export async function until(predicate: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('the awaited batch state never came');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** How many copies of the batch are in `state`. */
export const countIn = (batch: StudioBatch | null, state: BatchItemState): number => batch?.items.filter((item) => item.state === state).length ?? 0;

/**
 * A client whose process can "die": after `kill()` nothing it was waiting for ever comes back and
 * nothing new is sent — the calls already on the wire still reach the cloud, but their answers are
 * never read, so their copies stay `sending` in the store, as after a crash. `drained()` settles
 * once those calls have ended at the cloud's end (and in the journal).
 */
export function killableClient(inner: CloudClient): { client: CloudClient; kill(): void; drained(): Promise<void> } {
  let dead = false;
  const onTheWire = new Set<Promise<unknown>>();
  const never = new Promise<never>(() => undefined);
  return {
    client: {
      async call(call: CloudCall) {
        if (dead) return never;
        const sent = inner.call(call);
        onTheWire.add(sent);
        try {
          const result = await sent;
          return dead ? never : result;
        } catch (thrown) {
          if (dead) return never;
          throw thrown;
        } finally {
          onTheWire.delete(sent);
        }
      },
    },
    kill: () => {
      dead = true;
    },
    drained: async () => {
      await Promise.allSettled([...onTheWire]);
    },
  };
}

/** The action a sent Alibaba request named. */
export function actionOf(request: HttpRequest): string | null {
  return sentHeader(request, 'x-acs-action') ?? sentParams(request).get('Action');
}

/** The CopyCaster entries of a journal. */
export const copyEntries = (entries: readonly CallEntry[]): CallEntry[] => entries.filter((entry) => entry.action === 'CopyCaster');

/** Each studio listed now that was not listed `before`. */
export function newStudios(before: readonly Studio[], after: readonly Studio[]): Studio[] {
  const old = new Set(before.map((studio) => studio.id));
  return after.filter((studio) => !old.has(studio.id));
}

/**
 * The batch made each of its copies exactly once, and nothing else: it finished with every copy
 * done under a studio id of its own; the cloud lists exactly that many new studios, every one
 * carrying the token of one copy (so none was made outside the batch), each token on exactly one
 * studio, with the copy's name and the id the batch reported; and no copy was ever shown done
 * twice or with a second studio id.
 */
export function expectEachCopyOnce(batch: StudioBatch, before: readonly Studio[], after: readonly Studio[], history: ItemHistory): void {
  expect(batch.status).toBe('finished');
  expect(batch.stoppedBy).toBeNull();
  expect(batch.items.filter((item) => item.state !== 'done')).toEqual([]);
  const ids = batch.items.map((item) => item.studioId);
  expect(new Set(ids).size).toBe(batch.items.length);

  const made = newStudios(before, after);
  expect(made).toHaveLength(batch.items.length);
  const byToken = new Map<string, Studio[]>();
  for (const studio of made) byToken.set(studio.clientToken ?? '(none)', [...(byToken.get(studio.clientToken ?? '(none)') ?? []), studio]);
  expect([...byToken.keys()].sort()).toEqual(batch.items.map((item) => item.clientToken).sort());
  for (const item of batch.items) {
    const [studio, ...more] = byToken.get(item.clientToken) ?? [];
    expect(more).toEqual([]);
    expect({ n: item.n, id: studio?.id, name: studio?.name }).toEqual({ n: item.n, id: item.studioId, name: item.name });
    const states = history.states.get(item.n) ?? [];
    expect(states.filter((state) => state === 'done'), `copy ${item.n}: ${states.join(' → ')}`).toEqual(['done']);
    expect(states.at(-1)).toBe('done');
    expect([...(history.studioIds.get(item.n) ?? [])]).toEqual([item.studioId]);
  }
}
