import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/contract/result';
import type { RelaysView } from '../../../../shared/domain/relay-desk';
import type { RelayTask } from '../../../../shared/domain/relays';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createRelaysStore, withGroup, withTask } from '../../../../renderer/state/relays-store';
import { fakeControlRoom } from '../fake-control-room';
import { relayGroup, relayProfileId, relaysView, relayTask } from '../relay-fixtures';

// The relays slice against a fake main: what it holds, when it lists, how answers and events
// meet, each group's own listing, and how refusals come back as data.

/** A promise the test settles by hand, to hold an answer in flight. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

const sports = relayGroup('赛事直播', { project: 'sports' });
const client = relayGroup('ClientA2026');
const final = relayTask('t1', '赛事直播');
const replay = relayTask('t2', 'ClientA2026', { status: 'ended', rawStatus: '已结束' });

/** A relays store over a fake main whose cached view is `view`. */
function setup(view: RelaysView = relaysView([sports, client], [final, replay])) {
  const fake = fakeControlRoom();
  fake.answer('relays.view', async () => ({ ok: true, value: view }));
  fake.answer('relays.refresh', async () => ({ ok: true, value: view }));
  const store = createRelaysStore(createControlRoomClient(fake.api));
  return { fake, store };
}

const channels = (fake: ReturnType<typeof fakeControlRoom>) => fake.calls.map((call) => call.channel);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('relays store', () => {
  it('holds the view main answered and follows its events', async () => {
    const { fake, store } = setup();
    const stop = store.getState().start();
    await settle();
    expect(store.getState()).toMatchObject({ status: 'ready', view: { groups: [sports, client], tasks: [final, replay] } });
    fake.emit('relays.changed', relaysView([sports], [final]));
    expect(store.getState().view?.groups).toEqual([sports]);
    stop();
  });

  it('on opening, lists everything once if main never did, and not again; another profile is read afresh', async () => {
    const { fake, store } = setup(relaysView([], [], null));
    fake.answer('relays.refresh', async () => ({ ok: true, value: relaysView([sports], [final]) }));
    await store.getState().open(relayProfileId);
    expect(channels(fake)).toEqual(['relays.view', 'relays.refresh']);
    await store.getState().open(relayProfileId);
    expect(channels(fake)).toHaveLength(2);
    fake.answer('relays.view', async () => ({ ok: true, value: relaysView([client], [], '2026-03-01T12:00:00.000Z', { profileId: 'other' }) }));
    await store.getState().open('other');
    expect(channels(fake).slice(2)).toEqual(['relays.view']);
    expect(store.getState().view).toMatchObject({ profileId: 'other', groups: [client] });
  });

  it('does not list again on opening after a listing that failed: the reason is shown and Refresh retries', async () => {
    const { fake, store } = setup(relaysView([], [], null, { readError: appError('cloud.offline') }));
    await store.getState().open(relayProfileId);
    expect(channels(fake)).not.toContain('relays.refresh');
  });

  it('sends one refresh at a time, and keeps a newer view an event brought over the answer', async () => {
    const { fake, store } = setup();
    const answer = deferred<IpcResult<RelaysView>>();
    fake.answer('relays.refresh', () => answer.promise);
    const stop = store.getState().start();
    const first = store.getState().refresh();
    void store.getState().refresh();
    expect(store.getState().refreshing).toBe(true);
    fake.emit('relays.changed', relaysView([client], []));
    answer.resolve({ ok: true, value: relaysView([sports, client], [final]) });
    await first;
    expect(channels(fake).filter((channel) => channel === 'relays.refresh')).toHaveLength(1);
    expect(store.getState()).toMatchObject({ refreshing: false, view: { groups: [client] } });
    stop();
  });

  it('lists one group: answers its tasks, records when, and keeps a failure for that group alone until a listing succeeds', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const again = relayTask('t3', '赛事直播', { status: 'stopped', rawStatus: '停用' });
    fake.answer('relays.refreshGroup', async () => ({ ok: true, value: relaysView([sports, client], [final, again, replay]) }));
    const listed = await store.getState().listGroup('赛事直播');
    expect(listed).toEqual({ ok: true, value: [final, again] });
    expect(fake.calls.at(-1)).toEqual({ channel: 'relays.refreshGroup', request: { group: '赛事直播' } });
    expect(store.getState().groupListings['赛事直播']).toMatchObject({ listing: false, error: null, listedAt: expect.any(String) });

    fake.answer('relays.refreshGroup', async () => ({ ok: false, error: appError('cloud.offline', {}, { provider: 'volcengine' }) }));
    expect(await store.getState().listGroup('ClientA2026')).toMatchObject({ ok: false, error: { code: 'cloud.offline' } });
    expect(store.getState().groupListings.ClientA2026).toMatchObject({ listing: false, error: { code: 'cloud.offline' } });
    expect(store.getState().view?.tasks).toContainEqual(replay);

    await store.getState().refresh();
    expect(store.getState().groupListings.ClientA2026).toBeUndefined();
  });

  it('shows a group as main re-read it after a create or a tag change, and answers a refusal as data', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const made = relayGroup('春季联赛', { tags: [{ key: '赛季', value: '2026', category: 'Custom' }] });
    fake.answer('relays.createGroup', async () => ({ ok: true, value: made }));
    expect(await store.getState().createGroup({ name: '春季联赛', project: 'default', tags: [{ key: '赛季', value: '2026' }] })).toEqual({ ok: true, value: made });
    expect(store.getState().view?.groups.map((group) => group.name)).toEqual(['赛事直播', 'ClientA2026', '春季联赛']);

    fake.answer('relays.createGroup', async () => ({ ok: false, error: appError('relay.groupExists', {}, { provider: 'volcengine' }) }));
    expect(await store.getState().createGroup({ name: 'ClientA2026', project: 'default' })).toMatchObject({ ok: false, error: { code: 'relay.groupExists' } });
    expect(store.getState().view?.groups).toHaveLength(3);
    expect(store.getState().error).toBeNull();

    const retagged = { ...client, tags: [{ key: 'customer', value: 'A', category: 'Custom' as const }] };
    fake.answer('relays.updateGroup', async () => ({ ok: true, value: retagged }));
    await store.getState().updateGroup({ name: 'ClientA2026', tags: [{ key: 'customer', value: 'A', category: 'Custom' }] });
    expect(store.getState().view?.groups[1]).toEqual(retagged);
  });

  it('deletes a group with the name the operator typed, pending until main answers; a refusal is shown', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const answer = deferred<IpcResult<RelaysView>>();
    fake.answer('relays.deleteGroup', () => answer.promise);
    const deleting = store.getState().deleteGroup('ClientA2026', 'ClientA2026');
    expect(store.getState().deletingGroups).toEqual({ ClientA2026: true });
    answer.resolve({ ok: true, value: relaysView([sports], [final]) });
    await deleting;
    expect(fake.calls.at(-1)).toEqual({ channel: 'relays.deleteGroup', request: { name: 'ClientA2026', confirmName: 'ClientA2026' } });
    expect(store.getState()).toMatchObject({ deletingGroups: {}, view: { groups: [sports] } });

    fake.answer('relays.deleteGroup', async () => ({ ok: false, error: appError('relay.groupHasTasks', { name: '赛事直播', count: 1 }, { provider: 'volcengine' }) }));
    await store.getState().deleteGroup('赛事直播', '赛事直播');
    expect(store.getState()).toMatchObject({ deletingGroups: {}, error: { code: 'relay.groupHasTasks', params: { count: 1 } } });
  });

  it('creates and edits tasks, showing each as re-read in its place', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const made = relayTask('t9', '赛事直播', { title: '揭幕战' });
    fake.answer('relays.createTask', async () => ({ ok: true, value: made }));
    const request = { group: '赛事直播', title: '揭幕战', start: '2026-03-01T12:00:00.000Z', end: '2026-03-01T13:00:00.000Z', sourceType: 'live' as const, sources: ['rtmp://a.example.com/live/s'], destination: 'push.example.com/live/s' };
    expect(await store.getState().createTask(request)).toEqual({ ok: true, value: made });
    expect(store.getState().view?.tasks.map((task) => task.id)).toEqual(['t1', 't2', 't9']);
    fake.answer('relays.updateTask', async () => ({ ok: true, value: { ...made, title: '开幕式' } }));
    await store.getState().updateTask({ ...request, id: 't9', title: '开幕式' });
    expect(store.getState().view?.tasks.map((task) => task.title)).toEqual(['Taskt1', 'Taskt2', '开幕式']);
  });

  it('shows a stop as pending until the re-read task arrives, sends the task\'s group, and shows a refusal with its reason', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const answer = deferred<IpcResult<RelayTask>>();
    fake.answer('relays.stopTask', () => answer.promise);
    const stopping = store.getState().stopTask(final);
    expect(store.getState().pendingTasks).toEqual({ t1: 'stopping' });
    answer.resolve({ ok: true, value: { ...final, status: 'stopped', rawStatus: '停用' } });
    await stopping;
    expect(fake.calls.at(-1)).toEqual({ channel: 'relays.stopTask', request: { id: 't1', group: '赛事直播' } });
    expect(store.getState()).toMatchObject({ pendingTasks: {}, view: { tasks: [{ id: 't1', status: 'stopped' }, replay] } });

    // A task listed without a group is in the account's default group.
    const loose = relayTask('t5', null, { status: 'stopped' });
    fake.answer('relays.continueTask', async () => ({ ok: false, error: appError('relay.unconfirmed', { target: 't5' }, { provider: 'volcengine' }) }));
    await store.getState().continueTask(loose);
    expect(fake.calls.at(-1)).toEqual({ channel: 'relays.continueTask', request: { id: 't5', group: 'default' } });
    expect(store.getState()).toMatchObject({ pendingTasks: {}, error: { code: 'relay.unconfirmed' } });
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it('deletes a task and shows the view main answers', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    fake.answer('relays.deleteTask', async () => ({ ok: true, value: relaysView([sports, client], [replay]) }));
    await store.getState().deleteTask(final);
    expect(store.getState()).toMatchObject({ pendingTasks: {}, view: { tasks: [replay] } });
  });

  it('reads again once main is reachable after a load that failed', async () => {
    const { fake, store } = setup();
    fake.answer('relays.view', async () => ({ ok: false, error: appError('ipc.unreachable', { channel: 'relays.view' }) }));
    const stop = store.getState().start();
    await settle();
    expect(store.getState().status).toBe('failed');
    fake.answer('relays.view', async () => ({ ok: true, value: relaysView([sports], []) }));
    await store.getState().listGroup('赛事直播');
    await settle();
    expect(store.getState()).toMatchObject({ status: 'ready', view: { groups: [sports] } });
    stop();
  });
});

describe('withGroup and withTask', () => {
  it('replace a re-read group or task where it was listed, and add a new one last', () => {
    const view = relaysView([sports, client], [final, replay]);
    expect(withGroup(view, { ...sports, project: 'x' }).groups.map((group) => group.project)).toEqual(['x', 'default']);
    expect(withGroup(view, relayGroup('新组')).groups.map((group) => group.name)).toEqual(['赛事直播', 'ClientA2026', '新组']);
    expect(withTask(view, { ...replay, status: 'stopped' }).tasks.map((task) => task.status)).toEqual(['active', 'stopped']);
    expect(withTask(view, relayTask('t7', null)).tasks.map((task) => task.id)).toEqual(['t1', 't2', 't7']);
  });
});
