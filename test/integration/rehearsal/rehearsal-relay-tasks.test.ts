import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { listAllRelayGroups } from '../../../electron/cloud/actions/volcengine/relay-groups';
import { listAllRelayTasks } from '../../../electron/cloud/actions/volcengine/relay-task-list';
import { continueRelayTask, createRelayTask, deleteRelayTask, stopRelayTask, updateRelayTask } from '../../../electron/cloud/actions/volcengine/relay-tasks';
import type { PagingProgress } from '../../../electron/cloud/actions/paging';
import type { CloudClient } from '../../../electron/cloud/cloud-client';
import type { RelayTask } from '../../../shared/domain/relays';
import { errorOf } from '../cloud/client-harness';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// Relay tasks end to end: created, listed (both list actions), changed, stopped, continued and
// deleted through the typed actions against the rehearsal cloud, whose task status follows its
// clock — and every refusal of those actions as the app's code.
const rehearsal = useRehearsalCloud();

/** An instant `minutes` after the current whole minute, as the task forms write it. */
const fromNow = (minutes: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + minutes * 60_000).toISOString().replace('.000Z', 'Z');

/** A usable named group, and a push domain of the account (read off a task that pushes to one). */
async function taskPlace(client: CloudClient): Promise<{ group: string; pushDomain: string }> {
  const group = (await listAllRelayGroups(client)).find((candidate) => candidate.name !== 'default');
  const pushing = (await listAllRelayTasks(client)).find((task) => task.destinationKind === 'live' && task.destination !== null);
  if (!group || !pushing?.destination) throw new Error('no named group or task pushing to the account listed');
  return { group: group.name, pushDomain: new URL(pushing.destination).hostname };
}

const taskNow = async (client: CloudClient, id: string): Promise<RelayTask | undefined> => (await listAllRelayTasks(client)).find((task) => task.id === id);

describe('relay task lifecycle', () => {
  it('creates a scheduled task, changes it to a playlist elsewhere, stops, continues and deletes it', async () => {
    const t = await deskClient(rehearsal(), 'volcengine');
    const { group, pushDomain } = await taskPlace(t.client);
    const window = { start: fromNow(60), end: fromNow(180) };
    const created = await runAction(t.client, createRelayTask, { group, title: '夜场直播', ...window, sourceType: 'live', sources: ['rtmp://pull.venue.example.com/live/night'], destination: `${pushDomain}/night/main` });
    expect(await taskNow(t.client, created.id)).toMatchObject({
      title: '夜场直播',
      group,
      sourceType: 'live',
      sources: ['rtmp://pull.venue.example.com/live/night'],
      destination: `rtmp://${pushDomain}/night/main`,
      destinationKind: 'live',
      start: window.start,
      end: window.end,
      status: 'scheduled',
      rawStatus: '未开始',
    });

    const playlist = ['https://vod.example.com/a.mp4', 'https://vod.example.com/b.mp4'];
    await runAction(t.client, updateRelayTask, { id: created.id, group, title: '夜场回放', ...window, sourceType: 'vod', sources: playlist, loops: 2, destination: 'rtmp://push.partner.example.net/live/night', callbackUrl: 'https://hooks.example.com/relay' });
    expect(await taskNow(t.client, created.id)).toMatchObject({ title: '夜场回放', sourceType: 'vod', sources: playlist, loops: 2, destinationKind: 'thirdParty', callbackUrl: 'https://hooks.example.com/relay' });

    await runAction(t.client, stopRelayTask, { id: created.id, group });
    expect((await taskNow(t.client, created.id))?.status).toBe('stopped');
    await runAction(t.client, continueRelayTask, { id: created.id });
    expect((await taskNow(t.client, created.id))?.status).toBe('scheduled');
    await runAction(t.client, deleteRelayTask, { id: created.id });
    expect(await taskNow(t.client, created.id)).toBeUndefined();
    expect(await errorOf(runAction(t.client, deleteRelayTask, { id: created.id }))).toMatchObject({ code: 'relay.notFound', params: { providerCode: 'ResourceNotFound' } });
    expect((await t.journal()).entries.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['CreatePullToPushTask', 'ok'],
      ['UpdatePullToPushTask', 'ok'],
      ['StopPullToPushTask', 'ok'],
      ['ContinuePullToPushTask', 'ok'],
      ['DeletePullToPushTask', 'ok'],
      ['DeletePullToPushTask', 'failed'],
    ]);
  });

  it('lists the tasks walked two a page, and filtered by group and by a part of the title', async () => {
    const { client } = await deskClient(rehearsal(), 'volcengine');
    const all = await listAllRelayTasks(client);
    const progress: PagingProgress[] = [];
    expect(await listAllRelayTasks(client, {}, { pageSize: 2, onProgress: (step) => progress.push(step) })).toEqual(all);
    expect(progress).toHaveLength(Math.ceil(all.length / 2));
    expect(new Set(all.map((task) => task.status))).toEqual(new Set(['stopped', 'scheduled', 'active', 'ended']));
    const [first] = all;
    if (!first?.group) throw new Error('no task in a group listed');
    expect(await listAllRelayTasks(client, { groups: [first.group] })).toEqual(all.filter((task) => task.group === first.group));
    expect((await listAllRelayTasks(client, { title: first.title.slice(1) })).map((task) => task.id)).toContain(first.id);
  });

  it('lists a group\'s tasks through the older GET list too, without their group', async () => {
    const t = await deskClient(rehearsal(), 'volcengine');
    const [first] = await listAllRelayTasks(t.client);
    if (!first?.group) throw new Error('no task in a group listed');
    const answer = await t.client.call({ provider: 'volcengine', action: 'ListPullToPushTask', params: { GroupName: first.group, Page: 1, Size: 20 } });
    expect(t.sent.at(-1)).toMatchObject({ method: 'GET', body: null });
    const items = (answer.json as { Result: { List: Record<string, unknown>[] } }).Result.List;
    expect(items.map((item) => item.TaskId)).toContain(first.id);
    expect(items.every((item) => !('GroupName' in item))).toBe(true);
  });
});

describe('relay task refusals', () => {
  it('refuses to stop an ended task or continue an active one', async () => {
    const { client } = await deskClient(rehearsal(), 'volcengine');
    const tasks = await listAllRelayTasks(client);
    const ended = tasks.find((task) => task.status === 'ended');
    const active = tasks.find((task) => task.status === 'active');
    if (!ended || !active) throw new Error('no ended and active tasks listed');
    expect(await errorOf(runAction(client, stopRelayTask, { id: ended.id }))).toMatchObject({ code: 'cloud.invalidParameter', params: { providerCode: 'InvalidParam' } });
    expect(await errorOf(runAction(client, continueRelayTask, { id: active.id }))).toMatchObject({ code: 'cloud.invalidParameter' });
    expect(await taskNow(client, active.id)).toEqual(active);
  });

  it('answers a task named with another group, or a group that does not exist, as relay.notFound', async () => {
    const { client } = await deskClient(rehearsal(), 'volcengine');
    const tasks = await listAllRelayTasks(client);
    const active = tasks.find((task) => task.status === 'active');
    const otherGroup = tasks.find((task) => task.group !== active?.group)?.group;
    if (!active || !otherGroup) throw new Error('no active task and another group listed');
    expect(await errorOf(runAction(client, stopRelayTask, { id: active.id, group: otherGroup }))).toMatchObject({ code: 'relay.notFound', params: { providerCode: 'RequestForbidden' } });
    const names = (await listAllRelayGroups(client, { includeDeleted: true })).map((group) => group.name);
    const missing = 'NoSuchGroup';
    expect(names).not.toContain(missing);
    const draft = { group: missing, start: fromNow(60), end: fromNow(120), sourceType: 'live' as const, sources: ['rtmp://pull.example.com/live/a'], destination: 'rtmp://push.partner.example.net/live/a' };
    expect(await errorOf(runAction(client, createRelayTask, draft))).toMatchObject({ code: 'relay.notFound', params: { providerCode: 'ResourceNotFound' } });
  });

  it('refuses to move a task to another group on update', async () => {
    const { client } = await deskClient(rehearsal(), 'volcengine');
    const tasks = await listAllRelayTasks(client);
    const task = tasks.find((candidate) => candidate.status === 'scheduled' && candidate.sourceType === 'live');
    const otherGroup = tasks.find((candidate) => candidate.group !== task?.group)?.group;
    if (!task?.start || !task.end || !task.destination || !otherGroup) throw new Error('no scheduled live task and another group listed');
    const draft = { id: task.id, group: otherGroup, start: task.start, end: task.end, sourceType: 'live' as const, sources: task.sources, destination: task.destination };
    expect(await errorOf(runAction(client, updateRelayTask, draft))).toMatchObject({ code: 'cloud.invalidParameter', params: { providerCode: 'InvalidParam' } });
    expect(await taskNow(client, task.id)).toEqual(task);
  });
});
