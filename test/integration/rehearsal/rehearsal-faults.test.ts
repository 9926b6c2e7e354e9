import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { stopCaster } from '../../../electron/cloud/actions/aliyun/caster-lifecycle';
import { listStudios } from '../../../electron/cloud/actions/aliyun/caster-list';
import { setAutomaticSwitching, switchOnAirUpstream } from '../../../electron/cloud/actions/aliyun/dual-stream';
import { listAllRelayGroups } from '../../../electron/cloud/actions/volcengine/relay-groups';
import { listAllRelayTasks } from '../../../electron/cloud/actions/volcengine/relay-task-list';
import { createRelayTask, deleteRelayTask } from '../../../electron/cloud/actions/volcengine/relay-tasks';
import { errorOf, retryLines } from '../cloud/client-harness';
import { rereadStream, studioWhere, switchableStream } from '../cloud/desk-lookups';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// Every fault the rehearsal cloud can inject, hitting a call in flight, and the client's documented
// reaction: reads are retried; a mutation is never repeated once it may have reached the cloud and
// ends "outcome unknown" when no answer came — and re-reading the cloud tells what really happened.
const rehearsal = useRehearsalCloud();

/** A relay task draft that pushes to a third party, in the hour after next. */
const relayDraft = () => {
  const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const at = (hours: number) => new Date(hour + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
  return { title: '故障演练', start: at(2), end: at(3), sourceType: 'live' as const, sources: ['rtmp://pull.example.com/live/drill'], destination: 'rtmp://push.partner.example.net/live/drill' };
};

describe('latency', () => {
  it('delays the answer but not the outcome', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'latency', provider: 'aliyun', action: 'DescribeCasters', ms: 300 });
    const t = await deskClient(cloud, 'aliyun');
    const startedAt = performance.now();
    expect((await listStudios(t.client)).length).toBeGreaterThan(0);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(300);
    expect(t.sent).toHaveLength(1);
  });

  it('beyond the timeout: a read is given up and retried, and succeeds once the cloud is fast again', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'latency', provider: 'aliyun', action: 'DescribeLiveUserDomains', ms: 3000 });
    const t = await deskClient(cloud, 'aliyun', { beforeRetry: () => cloud.drill({ kind: 'clear' }) });
    expect((await t.client.call({ provider: 'aliyun', action: 'DescribeLiveUserDomains', params: {} })).attempts).toBe(2);
    expect(retryLines(t.logs)).toEqual([expect.stringContaining('attempt 1 failed (noAnswer)')]);
  });
});

describe('fail with a code', () => {
  it('a read is tried three times and reported with the cloud\'s code; a mutation is tried once and did not happen', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'fail', provider: 'volcengine', code: 'InternalError', rate: 1 });
    const t = await deskClient(cloud, 'volcengine');
    expect(await errorOf(listAllRelayTasks(t.client))).toMatchObject({ code: 'cloud.serverError', params: { providerCode: 'InternalError', httpStatus: 500 } });
    expect(t.sent).toHaveLength(3);
    expect(await errorOf(runAction(t.client, createRelayTask, relayDraft()))).toMatchObject({ code: 'cloud.serverError' });
    expect(t.sent).toHaveLength(4);
    await cloud.drill({ kind: 'clear' });
    expect((await listAllRelayTasks(t.client)).map((task) => task.title)).not.toContain(relayDraft().title);
  });
});

describe('hang', () => {
  it('before the call takes effect: the desk cannot know — outcome unknown — and a re-read shows nothing happened', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'fail', provider: 'volcengine', action: 'CreatePullToPushTask', hang: true, hangMs: 3000, rate: 1 });
    const t = await deskClient(cloud, 'volcengine');
    expect(await errorOf(runAction(t.client, createRelayTask, relayDraft()))).toMatchObject({ code: 'cloud.outcomeUnknown', retryable: false });
    expect(t.sent).toHaveLength(1);
    expect((await listAllRelayTasks(t.client)).map((task) => task.title)).not.toContain(relayDraft().title);
  });

  it('after the call took effect: outcome unknown too, and a re-read shows it happened', async () => {
    const cloud = rehearsal();
    const t = await deskClient(cloud, 'volcengine');
    const [task] = await listAllRelayTasks(t.client);
    if (!task) throw new Error('no relay task listed');
    await cloud.drill({ kind: 'fail', provider: 'volcengine', action: 'DeletePullToPushTask', hang: true, hangMs: 3000, after: true, rate: 1 });
    expect(await errorOf(runAction(t.client, deleteRelayTask, { id: task.id }))).toMatchObject({ code: 'cloud.outcomeUnknown' });
    expect((await listAllRelayTasks(t.client)).map((candidate) => candidate.id)).not.toContain(task.id);
    expect((await t.journal()).entries).toMatchObject([{ action: 'DeletePullToPushTask', target: task.id, outcome: 'unknown', attempts: 1 }]);
  });
});

describe('drop', () => {
  it('before: a read is retried on a new connection; a mutation ends unknown, and did not happen', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const running = await studioWhere(desk.client, (studio) => studio.status === 'running', 'running studio');
    await cloud.drill({ kind: 'drop', provider: 'aliyun', rate: 1 });
    const reader = await deskClient(cloud, 'aliyun', { beforeRetry: () => cloud.drill({ kind: 'clear' }) });
    expect((await reader.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} })).attempts).toBe(2);
    await cloud.drill({ kind: 'drop', provider: 'aliyun', action: 'StopCaster', rate: 1 });
    const t = await deskClient(cloud, 'aliyun');
    expect(await errorOf(runAction(t.client, stopCaster, { studioId: running.id }))).toMatchObject({ code: 'cloud.outcomeUnknown' });
    expect(t.sent).toHaveLength(1);
    expect((await listStudios(desk.client, { studioId: running.id }))[0]?.status).toBe('running');
  });

  it('after: the mutation happened though no answer came back', async () => {
    const cloud = rehearsal();
    const t = await deskClient(cloud, 'aliyun');
    const { stream } = await switchableStream(t.client, true);
    await cloud.drill({ kind: 'drop', provider: 'aliyun', action: 'SetLiveDomainMultiStreamOptimalMode', rate: 1, after: true });
    const manual = { domain: stream.domain, app: stream.app, stream: stream.stream, automatic: false };
    expect(await errorOf(runAction(t.client, setAutomaticSwitching, manual))).toMatchObject({ code: 'cloud.outcomeUnknown' });
    expect((await rereadStream(t.client, stream))?.automatic).toBe(false);
  });
});

describe('skew', () => {
  it('a cloud clock behind the desk\'s: both providers learn it from Date and re-sign once', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'skew', seconds: -1800 });
    const aliyun = await deskClient(cloud, 'aliyun');
    expect((await aliyun.client.call({ provider: 'aliyun', action: 'DescribeLiveUserDomains', params: {} })).attempts).toBe(2);
    expect(Math.abs(aliyun.clock.offsetMs('aliyun') + 1_800_000)).toBeLessThan(5000);
    const volcengine = await deskClient(cloud, 'volcengine');
    expect((await volcengine.client.call({ provider: 'volcengine', action: 'ListPullToPushGroup', params: { PageNum: 1, PageSize: 10 } })).attempts).toBe(2);
    expect(Math.abs(volcengine.clock.offsetMs('volcengine') + 1_800_000)).toBeLessThan(5000);
    expect(retryLines(volcengine.logs)).toEqual([expect.stringContaining('attempt 1 failed (clockSkew); retrying in 0 ms')]);
    const sent = volcengine.sent.length;
    expect((await listAllRelayGroups(volcengine.client)).length).toBeGreaterThan(0);
    expect(volcengine.sent).toHaveLength(sent + 1);
  });
});

describe('offline and online', () => {
  it('a switch sent while the cloud is offline: what never left is retried, and it goes through once the cloud is back', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const { stream, standby } = await switchableStream(desk.client, false);
    await cloud.drill({ kind: 'offline', provider: 'aliyun' });
    const t = await deskClient(cloud, 'aliyun', { beforeRetry: () => cloud.drill({ kind: 'online', provider: 'aliyun' }) });
    await runAction(t.client, switchOnAirUpstream, { domain: stream.domain, app: stream.app, stream: stream.stream, sequence: standby.sequence });
    expect(retryLines(t.logs)).toEqual([expect.stringContaining('attempt 1 failed (notSent)')]);
    expect((await t.journal()).entries).toMatchObject([{ action: 'SetLiveDomainMultiStreamMaster', outcome: 'ok', attempts: 2 }]);
    const now = await rereadStream(desk.client, stream);
    expect(now?.changes.slice(1)).toEqual(stream.changes);
    expect(now?.changes[0]).toMatchObject({ reason: 'manual', sequence: standby.sequence });
  });

  it('takes one provider offline and leaves the other answering', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'offline', provider: 'volcengine' });
    const volcengine = await deskClient(cloud, 'volcengine');
    expect(await errorOf(listAllRelayGroups(volcengine.client))).toMatchObject({ code: 'cloud.offline' });
    expect(volcengine.connections.list()).toMatchObject([{ provider: 'volcengine', offline: true }]);
    const aliyun = await deskClient(cloud, 'aliyun');
    expect((await listStudios(aliyun.client)).length).toBeGreaterThan(0);
  });
});

describe('clear', () => {
  it('ends every fault at once', async () => {
    const cloud = rehearsal();
    for (const drill of [
      { kind: 'latency', ms: 5000 },
      { kind: 'fail', code: 'InternalError', rate: 1 },
      { kind: 'throttle', perSecond: 0 },
      { kind: 'skew', seconds: 3600 },
      { kind: 'offline' },
    ] as const) {
      await cloud.drill(drill);
    }
    await cloud.drill({ kind: 'clear' });
    const aliyun = await deskClient(cloud, 'aliyun');
    const volcengine = await deskClient(cloud, 'volcengine');
    expect((await aliyun.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} })).attempts).toBe(1);
    expect((await volcengine.client.call({ provider: 'volcengine', action: 'ListPullToPushGroup', params: { PageNum: 1, PageSize: 10 } })).attempts).toBe(1);
  });
});
