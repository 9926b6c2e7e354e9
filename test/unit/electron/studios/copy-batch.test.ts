import { describe, expect, it } from 'vitest';
import type { CloudCall, CloudClient } from '../../../../electron/cloud/cloud-client';
import { runCopyBatch, type BatchRunDeps } from '../../../../electron/studios/copy-batch';
import type { BatchItem, BatchItemState, StudioBatch } from '../../../../shared/domain/studio-desk';
import { AppErrorException, appError } from '../../../../shared/errors/app-error';
import type { ErrorCode } from '../../../../shared/errors/error-codes';
import { fakeCloudClient } from '../../support/fake-cloud-client';
import { castersPage, recordedCopy } from '../cloud/actions/aliyun/caster-shapes';

// The bulk-copy engine's rules, against an account scripted per call: a copy's token is kept
// before its request goes out; a copy whose answer is lost is looked for by its token before it is
// ever sent again, and sent again only with that token; a definite refusal fails that copy alone,
// the quota stops the batch; a cancel lets the calls in flight finish and sends nothing more.

const source = 'LIVEPRODUCER_POST-cn-source0001';

/**
 * What happens to one CopyCaster call: answered; `lost` — made, but the answer never came;
 * `unsent` — no answer and nothing made; or a recorded error body (read by the real reader).
 */
type CopyFate = 'answered' | 'lost' | 'unsent' | { status: number; code: string };

/** A recorded Alibaba error body, §6.1. */
const errorBody = (code: string) => ({ RequestId: `R-${code}`, HostId: 'live.aliyuncs.com', Code: code, Message: `${code} (recorded)` });

function transportFailure(call: CloudCall, code: ErrorCode): AppErrorException {
  return new AppErrorException(appError(code, {}, { provider: 'aliyun', action: call.action, retryable: false }));
}

/**
 * An account as the cloud keeps it: one studio per ClientToken (the same token again is the same
 * studio, §3.2), listed by DescribeCasters with the token as `ClientTokenId`. `fate` decides each
 * CopyCaster call by its token and how often that token was sent; `listing` whether a listing works.
 */
function scriptedAccount(fate: (token: string, attempt: number) => CopyFate = () => 'answered', listing: () => 'works' | 'fails' = () => 'works') {
  const studios = new Map<string, string>();
  const sent = new Map<string, number>();
  const fake = fakeCloudClient((call) => {
    if (call.action === 'DescribeCasters') {
      if (listing() === 'fails') return { status: 503, json: errorBody('ServiceUnavailable') };
      const ids = [...studios.values()];
      return { status: 200, json: castersPage(ids, ids.length, Object.fromEntries([...studios].map(([token, id]) => [id, token]))) };
    }
    if (call.action !== 'CopyCaster') throw new Error(`unexpected ${call.action}`);
    const token = String(call.params.ClientToken);
    const attempt = (sent.get(token) ?? 0) + 1;
    sent.set(token, attempt);
    const outcome = fate(token, attempt);
    if (outcome === 'unsent') throw transportFailure(call, 'cloud.timeout');
    if (typeof outcome === 'object') return { status: outcome.status, json: errorBody(outcome.code) };
    const id = studios.get(token) ?? `studio-${studios.size + 1}`;
    studios.set(token, id);
    if (outcome === 'lost') throw transportFailure(call, 'cloud.outcomeUnknown');
    return { status: 200, json: { ...recordedCopy, CasterId: id } };
  });
  return { ...fake, studios, copiesOf: (token: string) => fake.calls.filter((call) => call.action === 'CopyCaster' && call.params.ClientToken === token).length };
}

const tokenOf = (n: number) => `7d1e4c52-9a0b-4f6e-8c3d-${String(n).padStart(12, '0')}`;

/** A batch of `count` copies made by the service (every token made up front), as the store holds it. */
function batchOf(count: number, items: Record<number, Partial<BatchItem>> = {}): StudioBatch {
  return {
    id: 'batch-1',
    profileId: 'aliyun-test',
    sourceStudioId: source,
    pattern: 'Match {n}',
    createdAt: '2026-11-22T20:00:00.000Z',
    status: 'running',
    stoppedBy: null,
    items: Array.from({ length: count }, (_, index) => {
      const n = index + 1;
      return { n, name: `Match ${n}`, clientToken: tokenOf(n), state: 'pending' as const, studioId: null, error: null, ...items[n] };
    }),
  };
}

/** Runs a batch, keeping every batch it reported and the states each copy went through. */
async function run(start: StudioBatch, client: CloudClient, extra: Partial<BatchRunDeps> = {}, cancelled: () => boolean = () => false) {
  const reported: StudioBatch[] = [];
  const states = new Map<number, BatchItemState[]>(start.items.map((item) => [item.n, [item.state]]));
  const deps: BatchRunDeps = {
    client,
    options: { profileId: 'aliyun-test' },
    changed: (batch) => {
      reported.push(batch);
      for (const item of batch.items) {
        const seen = states.get(item.n) ?? [];
        if (seen.at(-1) !== item.state) seen.push(item.state);
        states.set(item.n, seen);
      }
    },
    ...extra,
  };
  const finished = await runCopyBatch(start, deps, { cancelled });
  return { finished, reported, states };
}

const stateOf = (batch: StudioBatch, n: number) => batch.items.find((item) => item.n === n);
const actions = (calls: readonly CloudCall[]) => calls.map((call) => call.action);

describe('runCopyBatch', () => {
  it('makes every copy under its own name and token, and finishes', async () => {
    const account = scriptedAccount();
    const { finished } = await run(batchOf(5), account.client);
    expect(finished.status).toBe('finished');
    expect(finished.items.map((item) => [item.name, item.state])).toEqual([1, 2, 3, 4, 5].map((n) => [`Match ${n}`, 'done']));
    expect(new Set(finished.items.map((item) => item.studioId)).size).toBe(5);
    expect(account.calls.map((call) => [call.params.CasterName, call.params.SrcCasterId, call.params.ClientToken]).sort()).toEqual(
      [1, 2, 3, 4, 5].map((n) => [`Match ${n}`, source, tokenOf(n)]).sort(),
    );
  });

  it('keeps each copy `sending`, with its token, before its CopyCaster call goes out', async () => {
    let lastKept: StudioBatch | null = null;
    const seenAtSend: (BatchItem | undefined)[] = [];
    const account = scriptedAccount((token) => {
      seenAtSend.push(lastKept?.items.find((item) => item.clientToken === token));
      return 'answered';
    });
    const { finished } = await run(batchOf(4), account.client, {
      concurrency: 2,
      changed: (batch) => {
        lastKept = batch;
      },
    });
    expect(finished.status).toBe('finished');
    expect(seenAtSend).toHaveLength(4);
    for (const item of seenAtSend) expect(item?.state).toBe('sending');
  });

  it('settles a copy whose answer was lost by finding its token in a listing, without copying again', async () => {
    const account = scriptedAccount((token) => (token === tokenOf(2) ? 'lost' : 'answered'));
    const { finished, states } = await run(batchOf(3), account.client);
    expect(stateOf(finished, 2)).toMatchObject({ state: 'done', studioId: account.studios.get(tokenOf(2)), error: null });
    expect(states.get(2)).toEqual(['pending', 'sending', 'unknown', 'done']);
    expect(account.copiesOf(tokenOf(2))).toBe(1);
    expect(account.studios.size).toBe(3);
    expect(finished.status).toBe('finished');
  });

  it('sends a copy the listing does not show again, with the same token', async () => {
    const account = scriptedAccount((token, attempt) => (token === tokenOf(1) && attempt === 1 ? 'unsent' : 'answered'));
    const { finished, states } = await run(batchOf(2), account.client);
    expect(states.get(1)).toEqual(['pending', 'sending', 'unknown', 'pending', 'sending', 'done']);
    expect(account.copiesOf(tokenOf(1))).toBe(2);
    expect(actions(account.calls).filter((action) => action === 'DescribeCasters')).toHaveLength(1);
    expect(stateOf(finished, 1)).toMatchObject({ state: 'done', studioId: account.studios.get(tokenOf(1)) });
    expect(account.studios.size).toBe(2);
  });

  it('leaves a copy unknown, never sending it again, while no listing can be read', async () => {
    const account = scriptedAccount(
      (token) => (token === tokenOf(1) ? 'lost' : 'answered'),
      () => 'fails',
    );
    const { finished } = await run(batchOf(2), account.client, { maxRounds: 3 });
    expect(stateOf(finished, 1)).toMatchObject({ state: 'unknown', studioId: null, error: { code: 'cloud.outcomeUnknown' } });
    expect(account.copiesOf(tokenOf(1))).toBe(1);
    expect(stateOf(finished, 2)?.state).toBe('done');
  });

  it('fails a copy the cloud definitely refused, alone, and does not send it again', async () => {
    const account = scriptedAccount((token) => (token === tokenOf(2) ? { status: 400, code: 'IdempotentParameterMismatch' } : 'answered'));
    const { finished } = await run(batchOf(3), account.client);
    expect(finished.items.map((item) => item.state)).toEqual(['done', 'failed', 'done']);
    expect(stateOf(finished, 2)?.error).toMatchObject({ code: 'clientToken.mismatch', provider: 'aliyun', action: 'CopyCaster' });
    expect(account.copiesOf(tokenOf(2))).toBe(1);
    expect(finished.status).toBe('finished');
  });

  it('stops on the studio quota with that one reason, the copies not made left pending', async () => {
    const account = scriptedAccount(() => (account.studios.size >= 2 ? { status: 400, code: 'CasterNumberExceed' } : 'answered'));
    const { finished } = await run(batchOf(5), account.client, { concurrency: 1 });
    expect(finished.status).toBe('stopped');
    expect(finished.stoppedBy).toMatchObject({ code: 'studio.quotaExceeded', action: 'CopyCaster' });
    expect(finished.items.map((item) => [item.state, item.error])).toEqual([
      ['done', null],
      ['done', null],
      ['pending', null],
      ['pending', null],
      ['pending', null],
    ]);
    expect(actions(account.calls).filter((action) => action === 'CopyCaster')).toHaveLength(3);
  });

  it('on cancel sends nothing more, lets the copies in flight finish, and leaves the rest pending', async () => {
    const account = scriptedAccount();
    const waiting: (() => void)[] = [];
    let cancelled = false;
    const gated: CloudClient = {
      async call(call) {
        if (call.action === 'CopyCaster') await new Promise<void>((resolve) => waiting.push(resolve));
        return account.client.call(call);
      },
    };
    const running = run(batchOf(6), gated, { concurrency: 2 }, () => cancelled);
    await expect.poll(() => waiting.length).toBe(2);
    cancelled = true;
    for (const release of waiting.splice(0)) release();
    const { finished } = await running;
    expect(finished.status).toBe('cancelled');
    expect(finished.items.map((item) => item.state)).toEqual(['done', 'done', 'pending', 'pending', 'pending', 'pending']);
    expect(waiting).toHaveLength(0);
    expect(account.studios.size).toBe(2);
  });

  it('looks for copies left `sending` or `unknown` by an earlier run before sending anything', async () => {
    const account = scriptedAccount();
    account.studios.set(tokenOf(1), 'made-before-the-crash');
    account.studios.set(tokenOf(3), 'made-before-too');
    const start = batchOf(4, { 1: { state: 'sending' }, 2: { state: 'sending' }, 3: { state: 'unknown' } });
    const { finished } = await run(start, account.client);
    expect(account.calls[0]?.action).toBe('DescribeCasters');
    expect(finished.items.map((item) => [item.state, item.studioId])).toEqual([
      ['done', 'made-before-the-crash'],
      ['done', account.studios.get(tokenOf(2))],
      ['done', 'made-before-too'],
      ['done', account.studios.get(tokenOf(4))],
    ]);
    expect([1, 2, 3, 4].map((n) => account.copiesOf(tokenOf(n)))).toEqual([0, 1, 0, 1]);
    expect(account.studios.size).toBe(4);
  });

  it('leaves a copy it tried in every round and found nowhere unknown, for a resume to look for first', async () => {
    const account = scriptedAccount((token) => (token === tokenOf(2) ? 'unsent' : 'answered'));
    const { finished } = await run(batchOf(2), account.client, { maxRounds: 3 });
    expect(account.copiesOf(tokenOf(2))).toBe(3);
    expect(new Set(account.calls.filter((call) => call.action === 'CopyCaster' && call.params.CasterName === 'Match 2').map((call) => call.params.ClientToken))).toEqual(
      new Set([tokenOf(2)]),
    );
    expect(finished.items.map((item) => item.state)).toEqual(['done', 'unknown']);
    expect(finished.status).toBe('finished');
    expect(account.studios.size).toBe(1);
  });
});
