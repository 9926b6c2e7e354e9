import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../../../../shared/domain/connection';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createConnectionsStore } from '../../../../renderer/state/connections-store';
import { fakeControlRoom } from '../fake-control-room';

const answered: ConnectionState = {
  provider: 'aliyun',
  profileId: 'rehearsal-aliyun',
  lastSuccessAt: '2026-05-01T12:00:00.000Z',
  lastError: null,
  offline: false,
  busiestAction: { action: 'DescribeCasters', used: 1, limit: 10 },
  clockOffsetMs: 0,
  updatedAt: '2026-05-01T12:00:00.000Z',
};
const offline: ConnectionState = {
  ...answered,
  offline: true,
  lastError: appError('cloud.offline', {}, { provider: 'aliyun', action: 'DescribeCasters' }),
  updatedAt: '2026-05-01T12:00:05.000Z',
};

function setup() {
  const fake = fakeControlRoom();
  const client = createControlRoomClient(fake.api);
  fake.answer('connection.list', async () => ({ ok: true, value: [answered] }));
  return { fake, client, store: createConnectionsStore(client) };
}

describe('connections store', () => {
  it('starts loading, holds what main listed, and follows connection.changed until stopped', async () => {
    const { fake, store } = setup();
    expect(store.getState()).toMatchObject({ status: 'loading', states: [] });
    const stop = store.getState().start();
    await expect.poll(() => store.getState().status).toBe('ready');
    expect(store.getState().states).toEqual([answered]);
    expect(fake.calls).toContainEqual({ channel: 'connection.list', request: {} });
    fake.emit('connection.changed', [offline]);
    expect(store.getState().states).toEqual([offline]);
    stop();
    fake.emit('connection.changed', [answered]);
    expect(store.getState().states).toEqual([offline]);
  });

  it('keeps the last states when a later read fails, and says why', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    fake.answer('connection.list', async () => ({ ok: false, error: appError('internal', {}) }));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', states: [answered], loadError: { code: 'internal' } });
  });

  it('lists again when the link comes back after a failed read', async () => {
    const { fake, client, store } = setup();
    fake.answer('connection.list', async () => ({ ok: false, error: appError('ipc.unreachable', { channel: 'connection.list' }) }));
    const stop = store.getState().start();
    await expect.poll(() => store.getState().status).toBe('failed');
    expect(store.getState().loadError?.code).toBe('ipc.unreachable');
    fake.answer('connection.list', async () => ({ ok: true, value: [answered] }));
    await client.api.app.info();
    await expect.poll(() => store.getState().status).toBe('ready');
    expect(store.getState()).toMatchObject({ states: [answered], loadError: null });
    stop();
  });
});
