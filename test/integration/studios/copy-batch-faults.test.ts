import { describe, expect, it } from 'vitest';
import type { CloudCall, CloudClient } from '../../../electron/cloud/cloud-client';
import type { CallEntry } from '../../../shared/domain/journal';
import type { Drill } from '../../../shared/domain/rehearsal';
import type { StudioBatch } from '../../../shared/domain/studio-desk';
import type { Studio } from '../../../shared/domain/studios';
import { retryLines, testTimeouts, type TestClient } from '../cloud/client-harness';
import { deskClient, useRehearsalCloud, type TestCloud } from '../cloud/rehearsal-fixture';
import {
  actionOf,
  batchService,
  busiestWindow,
  copyEntries,
  countIn,
  type CopyAttempt,
  expectEachCopyOnce,
  joinHistories,
  type ItemHistory,
  killableClient,
  newDataDir,
  newStudios,
  copyLimiter,
  recordingClient,
  until,
  watchItems,
} from './batch-fixture';

// The bulk copy against a rehearsal cloud that fails, hangs or loses the answer of about a third
// of the CopyCaster calls: 300 copies still make exactly 300 studios, each reported once, also
// when the batch is cancelled, the app restarted, and the app killed with copies on the wire.

const copies = 300;
/** Far above the twelve seeded studios plus every copy, so only the faults are in the way. */
const rehearsal = useRehearsalCloud({ quota: 2000 });
/**
 * CopyCaster's budget for this file, on both sides (the documented 10/s would make each run of
 * 300 copies and their retries take most of a minute); the cloud refuses anything beyond it.
 */
const copiesPerSecond = 60;
const concurrency = 16;
/** How long a hung call is held: well past the client's timeouts (`testTimeouts`, ~1 s in practice). */
const hangMs = 2500;

type FaultDrill = Extract<Drill, { kind: 'fail' } | { kind: 'drop' }>;
const onCopy = { provider: 'aliyun', action: 'CopyCaster' } as const;

/**
 * The faults, in turns of 20 copy calls; each turn fails about a third of them (a `fail` drill
 * first, then a `drop` drill on the calls it spared): hung before and after the copy is made,
 * connections closed before and after, and a definite 503 that made nothing.
 */
const turns: ReadonlyArray<readonly [FaultDrill, FaultDrill]> = [
  [{ kind: 'fail', hang: true, hangMs, rate: 0.15, ...onCopy }, { kind: 'drop', after: true, rate: 0.2, ...onCopy }],
  [{ kind: 'fail', code: 'ServiceUnavailable', rate: 0.2, ...onCopy }, { kind: 'drop', rate: 0.15, ...onCopy }],
  [{ kind: 'fail', hang: true, hangMs, after: true, rate: 0.15, ...onCopy }, { kind: 'drop', rate: 0.2, ...onCopy }],
  [{ kind: 'fail', code: 'ServiceUnavailable', rate: 0.2, ...onCopy }, { kind: 'drop', after: true, rate: 0.15, ...onCopy }],
];
const turnLength = 20;

/** Wraps a client so the cloud's faults change turn every `turnLength` copy calls; counts the calls. */
function faultTurns(cloud: TestCloud, inner: CloudClient): { client: CloudClient; copyCalls(): number } {
  let calls = 0;
  return {
    client: {
      async call(call: CloudCall) {
        if (call.action === 'CopyCaster') {
          if (calls % turnLength === 0) for (const drill of turns[(calls / turnLength) % turns.length] ?? []) await cloud.drill(drill);
          calls += 1;
        }
        return inner.call(call);
      },
    },
    copyCalls: () => calls,
  };
}

/** A cloud with CopyCaster's budget raised, and the desk's client keeping to it. */
async function fastCopies(cloud: TestCloud): Promise<{ t: TestClient; attempts: CopyAttempt[] }> {
  await cloud.drill({ kind: 'throttle', perSecond: copiesPerSecond, ...onCopy });
  const { limiter, attempts } = copyLimiter(copiesPerSecond);
  return { t: await deskClient(cloud, 'aliyun', { limiter }), attempts };
}

/** The seeded idle studio every batch copies. */
function sourceOf(studios: readonly Studio[]): Studio {
  const source = studios.find((studio) => studio.name === 'Press Room');
  if (!source) throw new Error('the seeded "Press Room" studio is missing');
  return source;
}

/**
 * What the journal must say of a batch: every CopyCaster call the service made is one `call`
 * entry, each carrying the token and name of one of the batch's copies (nothing is sent without a
 * kept token); and every studio the batch made has an entry with its token that ended `ok` (the
 * answer came back) or `unknown` (an attempt's answer was lost). `failed` is written when every
 * attempt was refused — here only by 503s that made nothing. (A 5xx answered AFTER the copy was
 * made is journaled `failed` too, though the studio exists; these drills keep their 503s definite.)
 */
function expectJournaled(entries: readonly CallEntry[], batch: StudioBatch, made: readonly Studio[], calls: number): void {
  const copiesByToken = new Map(batch.items.map((item) => [item.clientToken, item]));
  expect(entries).toHaveLength(calls);
  for (const entry of entries) {
    const item = copiesByToken.get(String(entry.params.ClientToken));
    expect(item, `journaled copy with a foreign token ${String(entry.params.ClientToken)}`).toBeDefined();
    expect(entry.params).toMatchObject({ CasterName: item?.name, SrcCasterId: batch.sourceStudioId });
    if (entry.outcome === 'failed') expect(entry.errorCode).toBe('cloud.unavailable');
  }
  for (const studio of made) {
    const outcomes = entries.filter((entry) => entry.params.ClientToken === studio.clientToken).map((entry) => entry.outcome);
    expect(outcomes.some((outcome) => outcome === 'ok' || outcome === 'unknown'), `${studio.name}: ${outcomes.join(', ')}`).toBe(true);
  }
}

/** Figures of a run, for the log: what the cloud did to the calls and what the batch did about it. */
function figures(t: TestClient, attempts: readonly CopyAttempt[], entries: readonly CallEntry[], history: ItemHistory, ms: number): string {
  const copyAttempts = t.sent.filter((request) => actionOf(request) === 'CopyCaster').length;
  const listings = t.sent.filter((request) => actionOf(request) === 'DescribeCasters').length;
  const retries = retryLines(t.logs).filter((line) => line.includes('CopyCaster'));
  const count = (outcome: CallEntry['outcome']) => entries.filter((entry) => entry.outcome === outcome).length;
  const wentUnknown = [...history.states.values()].filter((states) => states.includes('unknown')).length;
  const resent = [...history.states.values()].filter((states) => states.filter((state) => state === 'sending').length > 1).length;
  const hung = attempts.filter((attempt) => attempt.ms >= testTimeouts.headersMs).map((attempt) => attempt.ms);
  const sendings = [...history.states.values()].map((states) => states.filter((state) => state === 'sending').length);
  return [
    `${copyAttempts} CopyCaster attempts in ${entries.length} calls, ${copyAttempts - count('ok')} of them failed (${Math.round((100 * (copyAttempts - count('ok'))) / copyAttempts)}%)`,
    `${retries.filter((line) => line.includes('(noAnswer)')).length} retried after no answer, ${retries.filter((line) => line.includes('(transient)')).length} after a 503`,
    `${hung.length} attempts hung until the client gave up after ${Math.round(Math.min(...hung))}–${Math.round(Math.max(...hung))} ms`,
    `calls ok/unknown/failed ${count('ok')}/${count('unknown')}/${count('failed')}`,
    `${wentUnknown} copies went unknown, ${resent} re-sent with their token, at most ${Math.max(...sendings)} sends of one copy`,
    `${listings} DescribeCasters pages`,
    `${(ms / 1000).toFixed(1)} s`,
  ].join('; ');
}

describe('a bulk copy under injected faults', () => {
  it(`makes exactly ${copies} studios, each reported once, while about a third of the copy calls fail, hang or lose their answer`, async () => {
    const cloud = rehearsal();
    const { t, attempts } = await fastCopies(cloud);
    const faults = faultTurns(cloud, t.client);
    const { studios } = batchService(faults.client, await newDataDir(), concurrency);
    const before = (await studios.refresh()).studios;
    const history = watchItems(studios);

    const startedAt = performance.now();
    const started = studios.startBatch({ sourceStudioId: sourceOf(before).id, pattern: 'Fault run {n}', count: copies });
    const finished = await studios.settled(started.id);
    const took = performance.now() - startedAt;
    await cloud.drill({ kind: 'clear' });
    const after = (await studios.refresh()).studios;

    expectEachCopyOnce(finished, before, after, history);
    expect(finished.items.map((item) => item.name)).toEqual(Array.from({ length: copies }, (_, i) => `Fault run ${i + 1}`));
    const entries = copyEntries((await t.journal()).entries);
    expectJournaled(entries, finished, newStudios(before, after), faults.copyCalls());
    // A confirmed copy is never sent again: at most one `ok` per token, and nothing after it.
    for (const item of finished.items) {
      const outcomes = entries.filter((entry) => entry.params.ClientToken === item.clientToken).map((entry) => entry.outcome);
      expect(outcomes.filter((outcome) => outcome === 'ok').length, `copy ${item.n}: ${outcomes.join(', ')}`).toBeLessThanOrEqual(1);
      if (outcomes.includes('ok')) expect(outcomes.at(-1)).toBe('ok');
    }
    // Within the budget: at most its calls started in any second, and the cloud refused none for flow control.
    expect(busiestWindow(attempts, 1000)).toBeLessThanOrEqual(copiesPerSecond);
    expect(retryLines(t.logs).filter((line) => line.includes('(throttled)'))).toEqual([]);
    // The faults did bite: retries, copies the batch had to look for, and hung attempts, each given
    // up by the client's timeout before the cloud let go of it.
    expect(retryLines(t.logs).length).toBeGreaterThan(copies / 5);
    expect([...history.states.values()].filter((states) => states.includes('unknown')).length).toBeGreaterThan(0);
    expect(attempts.filter((attempt) => attempt.ms >= testTimeouts.headersMs).length).toBeGreaterThan(0);
    expect(Math.max(...attempts.map((attempt) => attempt.ms))).toBeLessThan(hangMs);
    console.info(`[faults] ${figures(t, attempts, entries, history, took)}`);
  });

  it('makes each copy once across a cancel, a restart of the app, and the app killed with copies on the wire', async () => {
    const cloud = rehearsal();
    const { t, attempts } = await fastCopies(cloud);
    const faults = faultTurns(cloud, t.client);
    const dataDir = await newDataDir();
    const startedAt = performance.now();

    // First run: cancelled at about a third; the copies in flight finish, the rest stay pending.
    const first = batchService(faults.client, dataDir, concurrency);
    const before = (await first.studios.refresh()).studios;
    const firstHistory = watchItems(first.studios);
    const { id } = first.studios.startBatch({ sourceStudioId: sourceOf(before).id, pattern: 'Restart run {n}', count: copies });
    await until(() => countIn(firstHistory.last(), 'done') >= copies / 3);
    first.studios.cancelBatch(id);
    const cancelled = await first.studios.settled(id);
    expect(cancelled.status).toBe('cancelled');
    expect(countIn(cancelled, 'pending')).toBeGreaterThan(0);
    expect(countIn(cancelled, 'sending')).toBe(0);

    // The app restarted: a new service over the same data folder resumes the batch it finds there,
    // and is killed at about two thirds, leaving the copies it had on the wire `sending`.
    const killable = killableClient(faults.client);
    const second = batchService(killable.client, dataDir, concurrency);
    const secondHistory = watchItems(second.studios, cancelled);
    expect(second.studios.batches().map((batch) => [batch.id, batch.status])).toEqual([[id, 'cancelled']]);
    second.studios.resumeBatch(id);
    await until(() => countIn(secondHistory.last(), 'done') >= (copies * 2) / 3);
    killable.kill();
    const leftSending = second.store.get(id)?.items.filter((item) => item.state === 'sending') ?? [];
    expect(leftSending.length).toBeGreaterThan(0);

    // Restarted again: the copies left `sending` are looked for by their tokens before anything is sent.
    const recorded = recordingClient(faults.client);
    const third = batchService(recorded.client, dataDir, concurrency);
    const thirdHistory = watchItems(third.studios, third.store.get(id));
    third.studios.resumeBatch(id);
    const finished = await third.studios.settled(id);
    const took = performance.now() - startedAt;
    await cloud.drill({ kind: 'clear' });
    const after = (await third.studios.refresh()).studios;

    // The store's file stayed readable through all of it.
    expect([...first.logs, ...second.logs, ...third.logs]).toEqual([]);
    const history = joinHistories([firstHistory, secondHistory, thirdHistory]);
    expectEachCopyOnce(finished, before, after, history);
    // The third run looked before it sent: a full listing first, and no copy found there sent again.
    const firstCopy = recorded.calls.findIndex((call) => call.action === 'CopyCaster');
    expect(firstCopy).toBeGreaterThan(0);
    expect(new Set(recorded.calls.slice(0, firstCopy).map((call) => call.action))).toEqual(new Set(['DescribeCasters']));
    const resentTokens = new Set(recorded.calls.filter((call) => call.action === 'CopyCaster').map((call) => call.params.ClientToken));
    const foundAtOnce = leftSending.filter((item) => thirdHistory.states.get(item.n)?.join() === 'sending,done');
    for (const item of foundAtOnce) expect(resentTokens.has(item.clientToken), `copy ${item.n} was found yet sent again`).toBe(false);
    // The killed app's calls ended at the cloud's end all the same; each is in the journal.
    await killable.drained();
    const entries = copyEntries((await t.journal()).entries);
    expectJournaled(entries, finished, newStudios(before, after), faults.copyCalls());
    expect(busiestWindow(attempts, 1000)).toBeLessThanOrEqual(copiesPerSecond);
    expect(retryLines(t.logs).filter((line) => line.includes('(throttled)'))).toEqual([]);
    console.info(`[restart] left sending at the kill: ${leftSending.length}, found at once: ${foundAtOnce.length}; ${figures(t, attempts, entries, history, took)}`);
  });
});
