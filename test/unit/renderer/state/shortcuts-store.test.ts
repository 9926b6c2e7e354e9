import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/contract/result';
import type { ShortcutsState } from '../../../../shared/domain/shortcuts';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createShortcutsStore } from '../../../../renderer/state/shortcuts-store';
import { fakeControlRoom } from '../fake-control-room';

const key = 'live.example.com/live/match1';
const none: ShortcutsState = { profileId: 'rehearsal-aliyun', shortcuts: [] };
const bound = (state: 'active' | 'refused' = 'active'): ShortcutsState => ({
  profileId: 'rehearsal-aliyun',
  shortcuts: [{ key, accelerator: 'Control+Alt+1', state, clashWith: null }],
});

/** A promise the test settles by hand, to hold an answer in flight. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

function setup() {
  const fake = fakeControlRoom();
  const client = createControlRoomClient(fake.api);
  fake.answer('shortcuts.list', async () => ({ ok: true, value: none }));
  return { fake, client, store: createShortcutsStore(client) };
}

describe('shortcuts store', () => {
  it('starts loading, holds what main listed, and follows shortcuts.changed until stopped', async () => {
    const { fake, store } = setup();
    expect(store.getState()).toMatchObject({ status: 'loading', confirmed: null });
    const stop = store.getState().start();
    await expect.poll(() => store.getState().status).toBe('ready');
    expect(store.getState().confirmed).toEqual(none);
    fake.emit('shortcuts.changed', bound('refused'));
    expect(store.getState().confirmed?.shortcuts[0]?.state).toBe('refused');
    stop();
    fake.emit('shortcuts.changed', none);
    expect(store.getState().confirmed).toEqual(bound('refused'));
  });

  it('shows a binding as pending until main answers, then holds main\'s answer', async () => {
    const { fake, store } = setup();
    const answer = deferred<IpcResult<ShortcutsState>>();
    fake.answer('shortcuts.bind', () => answer.promise);
    const binding = store.getState().bind(key, 'Control+Alt+1');
    expect(store.getState().pending).toEqual([key]);
    answer.resolve({ ok: true, value: bound() });
    await expect(binding).resolves.toBe(true);
    expect(store.getState()).toMatchObject({ pending: [], confirmed: bound(), errors: {} });
    expect(fake.calls.at(-1)).toEqual({ channel: 'shortcuts.bind', request: { key, accelerator: 'Control+Alt+1' } });
  });

  it('keeps a refusal beside its tile, keeps the bindings as they were, and clears it on the next try', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    fake.answer('shortcuts.bind', async () => ({ ok: false, error: appError('shortcut.reserved', { accelerator: 'Control+1' }) }));
    await expect(store.getState().bind(key, 'Control+1')).resolves.toBe(false);
    expect(store.getState()).toMatchObject({ confirmed: none, pending: [], errors: { [key]: { code: 'shortcut.reserved', params: { accelerator: 'Control+1' } } } });
    fake.answer('shortcuts.bind', async () => ({ ok: true, value: bound() }));
    await store.getState().bind(key, 'Control+Alt+1');
    expect(store.getState().errors).toEqual({});
  });

  it('unbinds, and lets the operator dismiss a refusal', async () => {
    const { fake, store } = setup();
    fake.answer('shortcuts.unbind', async () => ({ ok: false, error: appError('ipc.invalidRequest', { channel: 'shortcuts.unbind' }) }));
    await store.getState().unbind(key);
    expect(store.getState().errors[key]?.code).toBe('ipc.invalidRequest');
    store.getState().dismissError(key);
    expect(store.getState().errors).toEqual({});
    fake.answer('shortcuts.unbind', async () => ({ ok: true, value: none }));
    await expect(store.getState().unbind(key)).resolves.toBe(true);
    expect(fake.calls.at(-1)).toEqual({ channel: 'shortcuts.unbind', request: { key } });
  });

  it('lists again when the link comes back after a failed read', async () => {
    const { fake, client, store } = setup();
    fake.answer('shortcuts.list', async () => ({ ok: false, error: appError('ipc.unreachable', { channel: 'shortcuts.list' }) }));
    const stop = store.getState().start();
    await expect.poll(() => store.getState().status).toBe('failed');
    expect(store.getState().loadError?.code).toBe('ipc.unreachable');
    fake.answer('shortcuts.list', async () => ({ ok: true, value: bound() }));
    await client.api.app.info();
    await expect.poll(() => store.getState().status).toBe('ready');
    expect(store.getState()).toMatchObject({ confirmed: bound(), loadError: null });
    stop();
  });
});
