import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../../../electron/cloud/action-catalog';
import { runAction } from '../../../../../electron/cloud/actions/action-definition';
import { createRelayGroup, deleteRelayGroup, listAllRelayGroups, updateRelayGroup } from '../../../../../electron/cloud/actions/volcengine/relay-groups';
import { listAllRelayTasks } from '../../../../../electron/cloud/actions/volcengine/relay-task-list';
import { continueRelayTask, createRelayTask, deleteRelayTask, stopRelayTask, updateRelayTask } from '../../../../../electron/cloud/actions/volcengine/relay-tasks';
import { volcengineRehearsalAccounts } from '../../../../../electron/rehearsal/rehearsal-keys';
import { volcengineActions } from '../../../../../electron/rehearsal/volcengine/volcengine-actions';
import { createPrng } from '../../../../../electron/rehearsal/world/prng';
import { seedVolcengineAccount } from '../../../../../electron/rehearsal/world/volcengine-seed';
import { errorOf } from '../../../support/fake-cloud-client';
import { emptyAccount, rehearsalClient, t0 } from './volcengine-rehearsal';

// The app's own typed actions (electron/cloud/actions/volcengine) against the rehearsal handlers,
// every answer wrapped in the envelope the gateway builds and read by the app's real reader: what
// the rehearsal cloud answers is what the relay screens can show.

const liveDraft = {
  group: 'Sports',
  title: '晚间直播',
  start: '2024-06-19T20:00:00+08:00',
  end: '2024-06-19T23:00:00+08:00',
  sourceType: 'live' as const,
  sources: ['rtmp://pull.example.com/live/src'],
  destination: 'push.example.com/live/evening',
  callbackUrl: 'https://hooks.example.com/relay',
};

const vodDraft = {
  start: '2024-06-20T12:00:00Z',
  end: '2024-06-27T12:00:00Z',
  sourceType: 'vod' as const,
  sources: ['https://vod.example.com/a.mp4', 'https://vod.example.com/b.mp4'],
  loops: 3,
  destination: 'rtmp://live.partner.example.net/app/replay',
};

describe('the action table', () => {
  it('answers exactly the eleven pull-to-push actions, each one the app knows, with the documented methods', () => {
    expect(Object.keys(volcengineActions).sort()).toStrictEqual([
      'ContinuePullToPushTask',
      'CreatePullToPushGroup',
      'CreatePullToPushTask',
      'DeletePullToPushGroup',
      'DeletePullToPushTask',
      'ListPullToPushGroup',
      'ListPullToPushTask',
      'ListPullToPushTaskV2',
      'StopPullToPushTask',
      'UpdatePullToPushGroup',
      'UpdatePullToPushTask',
    ]);
    for (const action of Object.keys(volcengineActions)) expect(actionSpec('volcengine', action).known).toBe(true);
  });
});

describe('the app reads the rehearsal cloud — groups', () => {
  it('creates, lists, retags and deletes a group, seeing it deleted when it asks for deleted ones', async () => {
    const account = emptyAccount();
    const { client } = rehearsalClient(account);
    expect(await runAction(client, createRelayGroup, { name: '赛事直播', project: 'sports', tags: [{ key: 'line', value: '体育' }] })).toEqual({ requestId: 'rehearsal-1' });
    expect(await listAllRelayGroups(client)).toStrictEqual([
      { name: 'default', project: 'default', tags: [], deleted: false },
      { name: '赛事直播', project: 'sports', tags: [{ key: 'line', value: '体育', category: 'Custom' }], deleted: false },
    ]);
    await runAction(client, updateRelayGroup, { name: '赛事直播', tags: [{ key: 'season', value: '2026' }] });
    await runAction(client, deleteRelayGroup, { name: '赛事直播' });
    expect(await listAllRelayGroups(client, { includeDeleted: true })).toContainEqual({
      name: '赛事直播',
      project: 'sports',
      tags: [{ key: 'season', value: '2026', category: 'Custom' }],
      deleted: true,
    });
  });

  it('hands back tags as read, System ones included, and the cloud keeps its System tag', async () => {
    const account = emptyAccount();
    account.groups.push({ name: 'Sports', projectName: 'sports', status: 0, tags: [{ Key: 'volc:project', Value: 'sports', Category: 'System' }] });
    const { client } = rehearsalClient(account);
    const [, sports] = await listAllRelayGroups(client);
    await runAction(client, updateRelayGroup, { name: 'Sports', tags: [...(sports?.tags ?? []), { key: 'show', value: 'final' }] });
    expect((await listAllRelayGroups(client))[1]?.tags).toStrictEqual([
      { key: 'volc:project', value: 'sports', category: 'System' },
      { key: 'show', value: 'final', category: 'Custom' },
    ]);
  });

  it('reads the refusals: a taken name, an unknown group, a group that still has tasks', async () => {
    const { client } = rehearsalClient(emptyAccount());
    await runAction(client, createRelayGroup, { name: 'Sports', project: 'sports' });
    await runAction(client, createRelayTask, liveDraft);
    expect(await errorOf(runAction(client, createRelayGroup, { name: 'Sports', project: 'sports' }))).toMatchObject({
      code: 'relay.groupExists',
      params: { providerCode: 'RequestLimitExceeded.Exist', httpStatus: 429 },
    });
    expect(await errorOf(runAction(client, deleteRelayGroup, { name: 'Nobody' }))).toMatchObject({ code: 'relay.notFound', params: { httpStatus: 404 } });
    expect(await errorOf(runAction(client, deleteRelayGroup, { name: 'Sports' }))).toMatchObject({
      code: 'cloud.invalidParameter',
      params: { providerCode: 'InvalidParam', httpStatus: 400 },
    });
  });
});

describe('the app reads the rehearsal cloud — tasks', () => {
  const setUp = () => {
    const account = emptyAccount();
    account.groups.push({ name: 'Sports', projectName: 'sports', status: 0, tags: [] });
    const clock = { now: t0 };
    return { account, clock, ...rehearsalClient(account, clock) };
  };

  it('creates a live and a VOD task and lists both as the screens show them', async () => {
    const { client } = setUp();
    const live = await runAction(client, createRelayTask, liveDraft);
    const vod = await runAction(client, createRelayTask, vodDraft);
    expect(live).toMatchObject({ id: expect.any(String), requestId: 'rehearsal-1' });
    expect(await listAllRelayTasks(client)).toStrictEqual([
      {
        id: live.id,
        title: '晚间直播',
        group: 'Sports',
        sourceType: 'live',
        sources: ['rtmp://pull.example.com/live/src'],
        offsets: [],
        loops: null,
        destination: 'rtmp://push.example.com/live/evening',
        destinationKind: 'live',
        start: '2024-06-19T12:00:00Z',
        end: '2024-06-19T15:00:00Z',
        status: 'active',
        rawStatus: '生效中',
        callbackUrl: 'https://hooks.example.com/relay',
      },
      {
        id: vod.id,
        title: '',
        group: 'default',
        sourceType: 'vod',
        sources: ['https://vod.example.com/a.mp4', 'https://vod.example.com/b.mp4'],
        offsets: [],
        loops: 3,
        destination: 'rtmp://live.partner.example.net/app/replay',
        destinationKind: 'thirdParty',
        start: '2024-06-20T12:00:00Z',
        end: '2024-06-27T12:00:00Z',
        status: 'scheduled',
        rawStatus: '未开始',
        callbackUrl: null,
      },
    ]);
    expect(await listAllRelayTasks(client, { groups: ['Sports'], title: '直播' })).toHaveLength(1);
  });

  it('stops, continues, updates and deletes a task, the list following each step', async () => {
    const { client, clock } = setUp();
    const { id } = await runAction(client, createRelayTask, liveDraft);
    const status = async () => (await listAllRelayTasks(client))[0]?.status;
    await runAction(client, stopRelayTask, { id, group: 'Sports' });
    expect(await status()).toBe('stopped');
    await runAction(client, continueRelayTask, { id });
    expect(await status()).toBe('active');
    await runAction(client, updateRelayTask, { ...liveDraft, id, start: '2024-06-20T20:00:00+08:00', end: '2024-06-20T23:00:00+08:00' });
    expect(await status()).toBe('scheduled');
    clock.now = Date.parse('2024-06-21T00:00:00Z');
    expect(await status()).toBe('ended');
    await runAction(client, deleteRelayTask, { id });
    expect(await listAllRelayTasks(client)).toStrictEqual([]);
  });

  it('reads the refusals: an unknown task, another group, a push domain not of this account, a move between groups', async () => {
    const { client } = setUp();
    const { id } = await runAction(client, createRelayTask, liveDraft);
    expect(await errorOf(runAction(client, stopRelayTask, { id: 'nope' }))).toMatchObject({ code: 'relay.notFound', params: { httpStatus: 404 } });
    expect(await errorOf(runAction(client, stopRelayTask, { id, group: 'default' }))).toMatchObject({ code: 'relay.notFound', params: { httpStatus: 403 } });
    expect(await errorOf(runAction(client, createRelayTask, { ...liveDraft, destination: 'push.elsewhere.example.com/live/s' }))).toMatchObject({
      code: 'relay.notFound',
      params: { providerCode: 'RequestForbidden' },
    });
    expect(await errorOf(runAction(client, updateRelayTask, { ...liveDraft, id, group: 'default' }))).toMatchObject({
      code: 'cloud.invalidParameter',
      params: { providerCode: 'InvalidParam' },
    });
    expect(await errorOf(runAction(client, continueRelayTask, { id }))).toMatchObject({ code: 'cloud.invalidParameter' });
  });
});

describe('the app reads the seeded accounts', () => {
  it('lists every seeded group and task, each with a known status and readable times', async () => {
    for (const [index, keys] of volcengineRehearsalAccounts.entries()) {
      const account = seedVolcengineAccount(keys, index, createPrng(7), t0);
      const { client } = rehearsalClient(account);
      const tasks = await listAllRelayTasks(client, {}, { pageSize: 2 });
      expect(tasks.map((task) => task.id)).toStrictEqual(account.tasks.map((task) => task.taskId));
      for (const task of tasks) {
        expect(task.status).not.toBe('unknown');
        expect([task.start, task.end, task.destinationKind, task.sourceType]).not.toContain(null);
        expect(task.sources.length).toBeGreaterThan(0);
      }
      expect(await listAllRelayGroups(client, { includeDeleted: true }, { pageSize: 1 })).toHaveLength(account.groups.length);
    }
  });
});
