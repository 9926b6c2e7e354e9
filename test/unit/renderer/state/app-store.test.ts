import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createAppStore, reconnectProbeMs } from '../../../../renderer/state/app-store';
import { fakeControlRoom, sampleInfo } from '../fake-control-room';

function setup() {
  const fake = fakeControlRoom();
  const client = createControlRoomClient(fake.api);
  return { fake, client, store: createAppStore(client) };
}

describe('app store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('knows nothing about the link until the first call returns', () => {
    expect(setup().store.getState()).toMatchObject({ link: 'unknown', info: null, infoError: null });
  });

  it('loads app.info on start and marks the link connected', async () => {
    const { store } = setup();
    const stop = store.getState().start();
    await vi.waitFor(() => expect(store.getState().info).toEqual(sampleInfo));
    expect(store.getState().link).toBe('connected');
    stop();
  });

  it('follows the link reported by calls other slices make', async () => {
    const { fake, client, store } = setup();
    const stop = store.getState().start();
    await vi.waitFor(() => expect(store.getState().link).toBe('connected'));
    fake.disconnect();
    await client.api.settings.get().catch(() => undefined);
    expect(store.getState().link).toBe('unreachable');
    stop();
  });

  it('keeps the error when app.info fails but main answered', async () => {
    const { fake, store } = setup();
    fake.answer('app.info', async () => ({ ok: false, error: appError('internal') }));
    await store.getState().loadInfo();
    expect(store.getState().infoError?.code).toBe('internal');
  });

  it('probes while unreachable and turns connected when main answers again', async () => {
    const { fake, store } = setup();
    let up = false;
    fake.answer('app.info', async () =>
      up ? { ok: true, value: sampleInfo } : { ok: false, error: appError('ipc.unreachable', { channel: 'app.info' }) },
    );
    const stop = store.getState().start();
    await vi.waitFor(() => expect(store.getState().link).toBe('unreachable'));
    const asked = fake.calls.length;

    await vi.advanceTimersByTimeAsync(reconnectProbeMs);
    expect(fake.calls.length).toBe(asked + 1);
    expect(store.getState().link).toBe('unreachable');

    up = true;
    await vi.advanceTimersByTimeAsync(reconnectProbeMs);
    expect(store.getState()).toMatchObject({ link: 'connected', info: sampleInfo });

    const settled = fake.calls.length;
    await vi.advanceTimersByTimeAsync(reconnectProbeMs * 3);
    expect(fake.calls.length).toBe(settled);
    stop();
  });

  it('stops probing when stopped', async () => {
    const { fake, store } = setup();
    fake.disconnect();
    const stop = store.getState().start();
    await vi.waitFor(() => expect(store.getState().link).toBe('unreachable'));
    stop();
    const asked = fake.calls.length;
    await vi.advanceTimersByTimeAsync(reconnectProbeMs * 3);
    expect(fake.calls.length).toBe(asked);
  });
});
