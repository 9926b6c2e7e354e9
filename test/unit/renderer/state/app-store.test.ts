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
    const down = { ok: false as const, error: appError('ipc.unreachable', { channel: 'app.info' }) };
    fake.answer('app.info', async () => (up ? { ok: true, value: sampleInfo } : down));
    fake.answer('app.notices', async () => (up ? { ok: true, value: [] } : down));
    const stop = store.getState().start();
    await vi.waitFor(() => expect(store.getState().link).toBe('unreachable'));
    await vi.waitFor(() => expect(fake.calls.map((call) => call.channel)).toContain('app.notices'));
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

  it('reads the start-up notices on start, and forgets one when dismissed', async () => {
    const { fake, store } = setup();
    const moved = appError('settings.corrupt', { backup: '/tmp/lcr/settings.corrupt-1.json' });
    const other = appError('settings.unreadable');
    fake.answer('app.notices', async () => ({ ok: true, value: [moved, other] }));
    const stop = store.getState().start();
    await vi.waitFor(() => expect(store.getState().notices).toEqual([moved, other]));
    store.getState().dismissNotice(store.getState().notices[0] ?? moved);
    expect(store.getState().notices).toEqual([other]);
    stop();
  });

  it('reads the notices again once an unreachable main answers, and only then', async () => {
    const { fake, client, store } = setup();
    let up = false;
    const notice = appError('settings.corrupt', { backup: 'b.json' });
    fake.answer('app.notices', async () =>
      up ? { ok: true, value: [notice] } : { ok: false, error: appError('ipc.unreachable', { channel: 'app.notices' }) },
    );
    const stop = store.getState().start();
    await vi.waitFor(() => expect(fake.calls.some((call) => call.channel === 'app.notices')).toBe(true));
    up = true;
    await client.api.settings.get();
    await vi.waitFor(() => expect(store.getState().notices).toEqual([notice]));
    await client.api.settings.get();
    expect(fake.calls.filter((call) => call.channel === 'app.notices')).toHaveLength(2);
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
