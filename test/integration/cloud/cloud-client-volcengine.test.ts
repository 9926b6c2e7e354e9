import { describe, expect, it } from 'vitest';
import { listAllRelayGroups } from '../../../electron/cloud/actions/volcengine/relay-groups';
import { listAllRelayTasks } from '../../../electron/cloud/actions/volcengine/relay-task-list';
import type { RateLimiter } from '../../../electron/cloud/transport/rate-limiter';
import { errorOf, retryLines, sentHeader } from './client-harness';
import { deskClient, useRehearsalCloud } from './rehearsal-fixture';

// The one transport against the rehearsal cloud's Volcengine gateway: the signed JSON POST, the
// envelope deciding success (not the status), "already exists" on 429 never taken for throttling,
// the documented backoff floor, and the rate limit held however many callers race.
const rehearsal = useRehearsalCloud();

/** A limiter that lets everything through at once: what the app's limiter is there to prevent. */
const noLimiter: RateLimiter = { acquire: async () => () => undefined, inUse: () => 0 };

const listGroupsCall = { provider: 'volcengine' as const, action: 'ListPullToPushGroup', params: { PageNum: 1, PageSize: 20 } };

describe('Volcengine calls', () => {
  it('sends POST actions as a signed JSON body with Action and Version in the query', async () => {
    const t = await deskClient(rehearsal(), 'volcengine');
    const result = await t.client.call(listGroupsCall);
    expect(result).toMatchObject({ json: { ResponseMetadata: { RequestId: result.requestId }, Result: { Total: expect.any(Number) } }, attempts: 1 });
    expect(t.sent[0]).toMatchObject({ method: 'POST', body: '{"PageNum":1,"PageSize":20}' });
    expect(new URL(t.sent[0]?.url ?? '').search).toBe('?Action=ListPullToPushGroup&Version=2023-01-01');
    expect(sentHeader(t.sent[0], 'authorization')).toContain('/cn-north-1/live/request, SignedHeaders=host;x-content-sha256;x-date');
  });

  it('reads an error from ResponseMetadata even on HTTP 200, and never repeats the mutation', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'volcengine');
    const task = (await listAllRelayTasks(desk.client)).find((candidate) => candidate.status === 'active');
    if (!task) throw new Error('no active relay task listed');
    await cloud.drill({ kind: 'fail', provider: 'volcengine', action: 'StopPullToPushTask', code: 'CommonErr', rate: 1 });
    const t = await deskClient(cloud, 'volcengine');
    const error = await errorOf(t.client.call({ provider: 'volcengine', action: 'StopPullToPushTask', params: { TaskId: task.id } }));
    expect(error).toMatchObject({ code: 'cloud.serverError', params: { providerCode: 'CommonErr', httpStatus: 200 }, requestId: expect.any(String) });
    expect(t.sent).toHaveLength(1);
    expect((await t.journal()).entries).toMatchObject([{ action: 'StopPullToPushTask', outcome: 'unknown', errorCode: 'cloud.serverError', attempts: 1 }]);
    expect((await listAllRelayTasks(desk.client)).find((candidate) => candidate.id === task.id)?.status).toBe('active');
  });

  it('never treats "already exists" (429) as throttling', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'volcengine');
    const groups = await listAllRelayGroups(desk.client);
    const [taken] = groups;
    if (!taken) throw new Error('no relay group listed');
    const t = await deskClient(cloud, 'volcengine');
    const error = await errorOf(t.client.call({ provider: 'volcengine', action: 'CreatePullToPushGroup', params: { Name: taken.name, ProjectName: taken.project } }));
    expect(error).toMatchObject({ code: 'relay.groupExists', retryable: false, params: { providerCode: 'RequestLimitExceeded.Exist', httpStatus: 429 } });
    expect(t.sent).toHaveLength(1);
    expect((await t.journal()).entries).toMatchObject([{ action: 'CreatePullToPushGroup', outcome: 'failed', attempts: 1 }]);
    expect(await listAllRelayGroups(desk.client)).toEqual(groups);
  });

  it('retries a throttled mutation after the documented second, and it takes effect once', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'volcengine');
    const group = (await listAllRelayGroups(desk.client)).find((candidate) => candidate.name !== 'default');
    if (!group) throw new Error('no named relay group listed');
    await cloud.drill({ kind: 'throttle', provider: 'volcengine', action: 'UpdatePullToPushGroup', perSecond: 1 });
    const t = await deskClient(cloud, 'volcengine');
    const tag = (value: string) => ({ provider: 'volcengine' as const, action: 'UpdatePullToPushGroup', params: { Name: group.name, Tags: [{ Key: 'show', Value: value, Category: 'Custom' }] } });
    expect((await t.client.call(tag('first'))).attempts).toBe(1);
    const startedAt = performance.now();
    expect((await t.client.call(tag('second'))).attempts).toBe(2);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(990);
    expect(retryLines(t.logs)).toEqual([expect.stringMatching(/UpdatePullToPushGroup attempt 1 failed \(throttled\); retrying in 1000 ms/)]);
    const now = (await listAllRelayGroups(desk.client)).find((candidate) => candidate.name === group.name);
    expect(now?.tags.filter((candidate) => candidate.category === 'Custom')).toEqual([{ key: 'show', value: 'second', category: 'Custom' }]);
  });

  it('keeps every client under the rate limit however many calls race: the cloud throttles none', async () => {
    const t = await deskClient(rehearsal(), 'volcengine');
    const startedAt = performance.now();
    const results = await Promise.all(Array.from({ length: 15 }, () => t.client.call(listGroupsCall)));
    expect(results.map((result) => result.attempts)).toEqual(Array.from({ length: 15 }, () => 1));
    expect(retryLines(t.logs)).toEqual([]);
    // Ten a second: the eleventh call waited for the first one's window to pass.
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(1000);
  });

  it('is throttled by the cloud when the same race runs without the limiter', async () => {
    const t = await deskClient(rehearsal(), 'volcengine', { limiter: noLimiter });
    const results = await Promise.all(Array.from({ length: 15 }, () => t.client.call(listGroupsCall)));
    expect(results.filter((result) => result.attempts > 1)).toHaveLength(5);
    expect(retryLines(t.logs).every((line) => line.includes('(throttled)'))).toBe(true);
  });
});
