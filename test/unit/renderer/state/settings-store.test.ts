import { describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../../../shared/contract/result';
import { defaultSettings, type Settings } from '../../../../shared/domain/settings';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createSettingsStore } from '../../../../renderer/state/settings-store';
import { fakeControlRoom } from '../fake-control-room';

/** A promise the test settles by hand, to hold an answer in flight. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

function setup() {
  const fake = fakeControlRoom();
  const client = createControlRoomClient(fake.api);
  return { fake, client, store: createSettingsStore(client) };
}

describe('settings store', () => {
  it('starts loading with defaults, then holds what main read', async () => {
    const { fake, store } = setup();
    fake.answer('settings.get', async () => ({ ok: true, value: { language: 'zh-CN' } }));
    expect(store.getState()).toMatchObject({ status: 'loading', settings: { language: 'system' } });
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', settings: { language: 'zh-CN' }, error: null });
  });

  it('keeps defaults and the error when the settings cannot be read', async () => {
    const { fake, store } = setup();
    fake.answer('settings.get', async () => ({ ok: false, error: appError('settings.unreadable') }));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'failed', settings: { language: 'system' } });
    expect(store.getState().error?.code).toBe('settings.unreadable');
  });

  it('shows a change as pending until main confirms it', async () => {
    const { fake, store } = setup();
    const answer = deferred<IpcResult<Settings>>();
    fake.answer('settings.update', () => answer.promise);
    const update = store.getState().update({ language: 'en' });
    expect(store.getState()).toMatchObject({ pending: { language: 'en' }, settings: { language: 'system' } });
    answer.resolve({ ok: true, value: { ...defaultSettings, language: 'en' } });
    await update;
    expect(store.getState()).toMatchObject({ pending: null, settings: { language: 'en' }, status: 'ready' });
    expect(fake.calls.at(-1)).toEqual({ channel: 'settings.update', request: { language: 'en' } });
  });

  it('keeps the confirmed value and reports the error when a change fails', async () => {
    const { fake, store } = setup();
    fake.answer('settings.update', async () => ({ ok: false, error: appError('settings.unwritable') }));
    await store.getState().update({ language: 'zh-CN' });
    expect(store.getState()).toMatchObject({ pending: null, settings: { language: 'system' } });
    expect(store.getState().error?.code).toBe('settings.unwritable');
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it('keeps showing the latest change as pending when an earlier one is confirmed first', async () => {
    const { fake, store } = setup();
    const first = deferred<IpcResult<Settings>>();
    const second = deferred<IpcResult<Settings>>();
    const answers = [first.promise, second.promise];
    fake.answer('settings.update', () => answers.shift() ?? first.promise);
    const toChinese = store.getState().update({ language: 'zh-CN' });
    const toEnglish = store.getState().update({ language: 'en' });
    first.resolve({ ok: true, value: { ...defaultSettings, language: 'zh-CN' } });
    await toChinese;
    expect(store.getState()).toMatchObject({ pending: { language: 'en' }, settings: { language: 'zh-CN' } });
    second.resolve({ ok: true, value: { ...defaultSettings, language: 'en' } });
    await toEnglish;
    expect(store.getState()).toMatchObject({ pending: null, settings: { language: 'en' } });
  });

  it('saves the take mode, and reads arm-then-take for a settings file written before it existed', async () => {
    const { fake, store } = setup();
    fake.answer('settings.get', async () => ({ ok: true, value: { language: 'en' } }));
    await store.getState().load();
    expect(store.getState().settings).toEqual({ ...defaultSettings, language: 'en' });
    await store.getState().update({ takeMode: 'single' });
    expect(fake.calls.at(-1)).toEqual({ channel: 'settings.update', request: { takeMode: 'single' } });
    expect(store.getState()).toMatchObject({ pending: null, settings: { takeMode: 'single' } });
  });

  it('follows settings.changed from main once started, and stops when told', async () => {
    const { fake, store } = setup();
    const stop = store.getState().start();
    fake.emit('settings.changed', { ...defaultSettings, language: 'en' });
    expect(store.getState().settings.language).toBe('en');
    stop();
    fake.emit('settings.changed', { ...defaultSettings, language: 'zh-CN' });
    expect(store.getState().settings.language).toBe('en');
  });

  it('reads the settings again when the link comes back after a failed read', async () => {
    const { fake, client, store } = setup();
    fake.answer('settings.get', async () => ({ ok: false, error: appError('ipc.unreachable', { channel: 'settings.get' }) }));
    const stop = store.getState().start();
    await expect.poll(() => store.getState().status).toBe('failed');

    fake.answer('settings.get', async () => ({ ok: true, value: { language: 'zh-CN' } }));
    await client.api.app.info();
    await expect.poll(() => store.getState().status).toBe('ready');
    expect(store.getState().settings.language).toBe('zh-CN');
    stop();
  });

  it('asks where the board\'s polling stands, asks again after a settings change, and shows nothing when main cannot say', async () => {
    const { fake, store } = setup();
    const budget = { requestedMs: 2000, intervalMs: 2000, readsPerCycle: 1, action: 'QueryLiveDomainMultiStreamList', limit: { count: 10, windowMs: 1000 } };
    let asked = 0;
    fake.answer('board.polling', async () => ({ ok: true, value: { ...budget, requestedMs: 2000 + 1000 * asked++ } }));
    const stop = store.getState().start();
    await store.getState().loadPolling();
    expect(store.getState().polling).toEqual(budget);
    fake.emit('settings.changed', { ...defaultSettings, pollingSeconds: 3 });
    await vi.waitFor(() => expect(store.getState().polling?.requestedMs).toBe(3000));
    fake.answer('board.polling', async () => ({ ok: false, error: appError('ipc.unreachable', { channel: 'board.polling' }) }));
    await store.getState().loadPolling();
    expect(store.getState().polling).toBeNull();
    stop();
  });
});
