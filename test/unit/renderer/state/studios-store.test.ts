import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/contract/result';
import type { StudioBatch, StudiosView } from '../../../../shared/domain/studio-desk';
import type { Studio } from '../../../../shared/domain/studios';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createStudiosStore, newestBatch, withStudio } from '../../../../renderer/state/studios-store';
import { fakeControlRoom } from '../fake-control-room';
import { batch, batchItem, profileId, studio, studiosView } from '../studio-fixtures';

// The studios slice against a fake main: what it holds, when it lists, how answers and events
// meet, and how refusals come back as data.

/** A promise the test settles by hand, to hold an answer in flight. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

const pressRoom = studio({ id: 'press-room', name: 'Press Room' });
const loop = studio({ id: 'weekend-loop', name: 'Weekend Loop', status: 'running' });

/** A studios store over a fake main whose cached list is `view` and which has no bulk copies. */
function setup(view: StudiosView = studiosView([pressRoom, loop])) {
  const fake = fakeControlRoom();
  fake.answer('studios.view', async () => ({ ok: true, value: view }));
  fake.answer('studios.batches', async () => ({ ok: true, value: [] }));
  fake.answer('studios.refresh', async () => ({ ok: true, value: view }));
  const store = createStudiosStore(createControlRoomClient(fake.api));
  return { fake, store };
}

const channels = (fake: ReturnType<typeof fakeControlRoom>) => fake.calls.map((call) => call.channel);

describe('studios store', () => {
  it('holds the list and the bulk copies main answered, and follows their events', async () => {
    const { fake, store } = setup();
    fake.answer('studios.batches', async () => ({ ok: true, value: [batch('b1', 'finished', [batchItem(1, 'done')])] }));
    const stop = store.getState().start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState()).toMatchObject({ status: 'ready', view: { studios: [pressRoom, loop] } });
    expect(Object.keys(store.getState().batches)).toEqual(['b1']);
    fake.emit('studios.changed', studiosView([pressRoom]));
    expect(store.getState().view?.studios).toEqual([pressRoom]);
    fake.emit('studios.batchChanged', batch('b2', 'running', [batchItem(1, 'sending')]));
    expect(Object.keys(store.getState().batches).sort()).toEqual(['b1', 'b2']);
    stop();
  });

  it('on opening, lists the studios once if main never did, and not again', async () => {
    const { fake, store } = setup(studiosView([], null));
    fake.answer('studios.refresh', async () => ({ ok: true, value: studiosView([pressRoom]) }));
    await store.getState().open(profileId);
    expect(channels(fake)).toEqual(['studios.view', 'studios.batches', 'studios.refresh']);
    expect(store.getState().view?.studios).toEqual([pressRoom]);
    await store.getState().open(profileId);
    expect(channels(fake)).toHaveLength(3);
    // Another active profile: its own cached list is read first (this one was listed already).
    fake.answer('studios.view', async () => ({ ok: true, value: studiosView([loop], '2026-03-01T12:00:00.000Z', { profileId: 'other-profile' }) }));
    await store.getState().open('other-profile');
    expect(channels(fake).slice(3)).toEqual(['studios.view', 'studios.batches']);
    expect(store.getState().view).toMatchObject({ profileId: 'other-profile', studios: [loop] });
  });

  it('does not list again on opening after a listing that failed: the reason is shown and Refresh retries', async () => {
    const { fake, store } = setup(studiosView([], null, { readError: appError('cloud.offline') }));
    await store.getState().open(profileId);
    expect(channels(fake)).not.toContain('studios.refresh');
  });

  it('sends one refresh at a time, and keeps a newer list an event brought over the answer', async () => {
    const { fake, store } = setup();
    const answer = deferred<IpcResult<StudiosView>>();
    fake.answer('studios.refresh', () => answer.promise);
    const stop = store.getState().start();
    const first = store.getState().refresh();
    void store.getState().refresh();
    expect(store.getState().refreshing).toBe(true);
    fake.emit('studios.changed', studiosView([loop]));
    answer.resolve({ ok: true, value: studiosView([pressRoom, loop]) });
    await first;
    expect(channels(fake).filter((channel) => channel === 'studios.refresh')).toHaveLength(1);
    expect(store.getState()).toMatchObject({ refreshing: false, view: { studios: [loop] } });
    stop();
  });

  it('copies with the token it is given, shows the copy as main listed it, and answers a refusal as data', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const copy = studio({ id: 'copy-1', name: 'Press Room B' });
    fake.answer('studios.copy', async () => ({ ok: true, value: copy }));
    const request = { sourceStudioId: pressRoom.id, name: 'Press Room B', clientToken: 'token-1' };
    expect(await store.getState().copy(request)).toEqual({ ok: true, value: copy });
    expect(fake.calls.at(-1)).toEqual({ channel: 'studios.copy', request });
    expect(store.getState().view?.studios.map((listed) => listed.id)).toEqual(['copy-1', 'press-room', 'weekend-loop']);

    fake.answer('studios.copy', async () => ({ ok: false, error: appError('studio.quotaExceeded', {}, { provider: 'aliyun' }) }));
    const refused = await store.getState().copy({ ...request, clientToken: 'token-2' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'studio.quotaExceeded' } });
    expect(store.getState().view?.studios).toHaveLength(3);
  });

  it('shows a start as pending until the re-read studio arrives, and a refusal with its reason', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const answer = deferred<IpcResult<Studio>>();
    fake.answer('studios.start', () => answer.promise);
    const starting = store.getState().startStudio(pressRoom.id);
    expect(store.getState().pending).toEqual({ 'press-room': 'starting' });
    answer.resolve({ ok: true, value: { ...pressRoom, status: 'running' } });
    await starting;
    expect(store.getState().pending).toEqual({});
    expect(store.getState().view?.studios[0]?.status).toBe('running');

    fake.answer('studios.stop', async () => ({ ok: false, error: appError('studio.notRunning', {}, { provider: 'aliyun' }) }));
    await store.getState().stopStudio(loop.id);
    expect(store.getState()).toMatchObject({ pending: {}, error: { code: 'studio.notRunning' } });
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it('deletes with the name the operator typed, and shows the list main answers', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    fake.answer('studios.delete', async () => ({ ok: true, value: studiosView([loop]) }));
    await store.getState().deleteStudio(pressRoom.id, 'Press Room');
    expect(fake.calls.at(-1)).toEqual({ channel: 'studios.delete', request: { studioId: 'press-room', confirmName: 'Press Room' } });
    expect(store.getState().view?.studios).toEqual([loop]);
  });

  it('keeps the newest word on a bulk copy: an answer overtaken by the batch\'s events is not shown over them', async () => {
    const { fake, store } = setup();
    const stop = store.getState().start();
    const started = batch('b1', 'running', [batchItem(1, 'pending'), batchItem(2, 'pending')]);
    const progressed = batch('b1', 'running', [batchItem(1, 'done'), batchItem(2, 'sending')]);
    fake.answer('studios.batchStart', async () => {
      fake.emit('studios.batchChanged', progressed);
      return { ok: true, value: started };
    });
    expect((await store.getState().startBatch({ sourceStudioId: 'source-1', pattern: 'Match {n}', count: 2 })).ok).toBe(true);
    expect(store.getState().batches.b1).toEqual(progressed);

    const cancelled = batch('b1', 'cancelled', [batchItem(1, 'done'), batchItem(2, 'pending')]);
    fake.answer('studios.batchCancel', async () => {
      fake.emit('studios.batchChanged', cancelled);
      return { ok: true, value: progressed };
    });
    await store.getState().cancelBatch('b1');
    expect(store.getState().batches.b1).toEqual(cancelled);

    // With no event on the way, the answer is the news.
    fake.answer('studios.batchResume', async () => ({ ok: true, value: { ...cancelled, status: 'running' } }));
    await store.getState().resumeBatch('b1');
    expect(store.getState().batches.b1?.status).toBe('running');
    fake.answer('studios.batchResume', async () => ({ ok: false, error: appError('studio.batchNotFound', { id: 'b1' }) }));
    await store.getState().resumeBatch('b1');
    expect(store.getState().error?.code).toBe('studio.batchNotFound');
    stop();
  });

  it('reads again once main is reachable after a load that failed', async () => {
    const { fake, store } = setup();
    fake.answer('studios.view', async () => ({ ok: false, error: appError('ipc.unreachable', { channel: 'studios.view' }) }));
    const stop = store.getState().start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().status).toBe('failed');
    fake.answer('studios.view', async () => ({ ok: true, value: studiosView([pressRoom]) }));
    // Any answer from main, even a refusal, shows the link is up again.
    await store.getState().readConfig('press-room');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState()).toMatchObject({ status: 'ready', view: { studios: [pressRoom] } });
    stop();
  });
});

describe('newestBatch and withStudio', () => {
  it('pick the active profile\'s newest bulk copy', () => {
    const older = batch('old', 'finished', [], '2026-03-01T10:00:00.000Z');
    const newer = batch('new', 'running', [], '2026-03-01T11:00:00.000Z');
    const elsewhere: StudioBatch = { ...batch('other', 'running', [], '2026-03-01T12:00:00.000Z'), profileId: 'other' };
    expect(newestBatch({ old: older, new: newer, other: elsewhere }, profileId)).toBe(newer);
    expect(newestBatch({}, profileId)).toBeNull();
  });

  it('replace a re-read studio where it was listed, and put a new one first', () => {
    const view = studiosView([pressRoom, loop]);
    expect(withStudio(view, { ...loop, status: 'idle' }).studios.map((listed) => listed.status)).toEqual(['idle', 'idle']);
    expect(withStudio(view, studio({ id: 'new', name: 'New' })).studios.map((listed) => listed.id)).toEqual(['new', 'press-room', 'weekend-loop']);
  });
});
