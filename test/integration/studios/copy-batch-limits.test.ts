import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../electron/cloud/action-catalog';
import type { Studio } from '../../../shared/domain/studios';
import { errorMessage } from '../../../shared/i18n/translate';
import { retryLines } from '../cloud/client-harness';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';
import { batchService, busiestWindow, copyEntries, copyLimiter, countIn, expectEachCopyOnce, newDataDir, watchItems } from './batch-fixture';

// A bulk copy at the documented limits: it keeps to CopyCaster's rate limit, and the studio quota
// (`CasterNumberExceed`) stops it with one clear reason — the copies that fit made, the rest
// pending, not failed — and once room is made, resuming makes the rest, each once.

/** Twelve seeded studios, so thirty copies fit: three seconds' worth at CopyCaster's 10 per second. */
const quota = 42;
const rehearsal = useRehearsalCloud({ quota });
/** What the app runs a batch with when nothing says otherwise (runCopyBatch's default). */
const defaultConcurrency = 4;

function named(studios: readonly Studio[], name: string): Studio {
  const studio = studios.find((candidate) => candidate.name === name);
  if (!studio) throw new Error(`the seeded "${name}" studio is missing`);
  return studio;
}

describe('a bulk copy at the documented limits', () => {
  it('starts no more CopyCaster calls in any second than the documented limit, and is never throttled', async () => {
    const cloud = rehearsal();
    const { limiter, attempts } = copyLimiter();
    const t = await deskClient(cloud, 'aliyun', { limiter });
    const { studios } = batchService(t.client, await newDataDir(), 8);
    const before = (await studios.refresh()).studios;
    const history = watchItems(studios);
    const { count, windowMs } = actionSpec('aliyun', 'CopyCaster').limit;
    expect({ count, windowMs }).toEqual({ count: 10, windowMs: 1000 });

    const startedAt = performance.now();
    const started = studios.startBatch({ sourceStudioId: named(before, 'Training').id, pattern: 'Paced {n}', count: quota - before.length });
    const finished = await studios.settled(started.id);
    const took = performance.now() - startedAt;

    expectEachCopyOnce(finished, before, (await studios.refresh()).studios, history);
    expect(attempts).toHaveLength(finished.items.length);
    expect(busiestWindow(attempts, windowMs)).toBeLessThanOrEqual(count);
    // Thirty calls at ten per second: the last ten start two windows after the first ten.
    expect(took).toBeGreaterThanOrEqual(2 * windowMs);
    expect(retryLines(t.logs)).toEqual([]);
    console.info(`[pace] ${attempts.length} copies at ${count}/s took ${(took / 1000).toFixed(2)} s`);
  });

  it('stops at the studio quota with one reason, leaves the rest pending, and makes them, each once, once room is made', async () => {
    const cloud = rehearsal();
    const t = await deskClient(cloud, 'aliyun');
    const dataDir = await newDataDir();
    const { studios, store } = batchService(t.client, dataDir);
    const before = (await studios.refresh()).studios;
    const room = quota - before.length;
    const count = room + 5;
    const history = watchItems(studios);

    const started = studios.startBatch({ sourceStudioId: named(before, 'Press Room').id, pattern: 'Quota {n}', count });
    const stopped = await studios.settled(started.id);
    expect(stopped.status).toBe('stopped');
    expect(stopped.stoppedBy).toMatchObject({ code: 'studio.quotaExceeded', provider: 'aliyun', action: 'CopyCaster' });
    expect(errorMessage('en', stopped.stoppedBy ?? { code: 'internal', params: {}, provider: null, action: null, retryable: false })).toMatch(/limit of production studios.*Delete a studio/);
    expect([countIn(stopped, 'done'), countIn(stopped, 'pending')]).toEqual([room, count - room]);
    // One reason for the batch, not one per copy: no copy failed or carries an error of its own.
    expect(stopped.items.filter((item) => item.error !== null || item.state === 'failed' || item.state === 'unknown')).toEqual([]);
    expect(store.get(started.id)).toEqual(stopped);
    const refusedFirst = copyEntries((await t.journal()).entries).filter((entry) => entry.outcome === 'failed');
    expect(refusedFirst.map((entry) => entry.errorCode)).toEqual(refusedFirst.map(() => 'studio.quotaExceeded'));
    // Only the calls already in flight when the first refusal came back were refused.
    expect(refusedFirst.length).toBeGreaterThanOrEqual(1);
    expect(refusedFirst.length).toBeLessThanOrEqual(defaultConcurrency);

    // Resumed while the account is still full: stopped again, for the same one reason, nothing made.
    studios.resumeBatch(started.id);
    const again = await studios.settled(started.id);
    expect(again.status).toBe('stopped');
    expect(again.stoppedBy?.code).toBe('studio.quotaExceeded');
    expect(again.items.map((item) => [item.n, item.state, item.studioId])).toEqual(stopped.items.map((item) => [item.n, item.state, item.studioId]));
    expect((await studios.refresh()).studios).toHaveLength(quota);

    // The operator makes room as the message says: deletes idle studios no longer needed.
    for (const name of ['Lobby Carousel', 'Night Loop', '备用导播台', 'Morning Show', '赛事 2']) {
      await studios.remove({ studioId: named(before, name).id, confirmName: name });
    }
    studios.resumeBatch(started.id);
    const finished = await studios.settled(started.id);
    const after = (await studios.refresh()).studios;
    expectEachCopyOnce(finished, before, after, history);
    expect(after).toHaveLength(quota);
    expect(finished.items.map((item) => item.name)).toEqual(Array.from({ length: count }, (_, i) => `Quota ${i + 1}`));
  });
});
