import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/contract/result';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createDiagnosticsStore } from '../../../../renderer/state/diagnostics-store';
import { fakeControlRoom } from '../fake-control-room';

// The support bundle button's slice: pending while main answers, then where the bundle went or why not.

function setup() {
  const fake = fakeControlRoom();
  return { fake, store: createDiagnosticsStore(createControlRoomClient(fake.api)) };
}

describe('diagnostics store', () => {
  it('is pending until main answers, then keeps where the bundle went', async () => {
    const { fake, store } = setup();
    let answer: (result: IpcResult<unknown>) => void = () => undefined;
    fake.answer('diagnostics.save', () => new Promise((resolve) => (answer = resolve)));
    const saving = store.getState().save();
    expect(store.getState()).toMatchObject({ saving: true, saved: null, error: null });
    answer({ ok: true, value: { kind: 'saved', path: '/home/op/lcr-diagnostics.json' } });
    await saving;
    expect(store.getState()).toMatchObject({ saving: false, saved: { kind: 'saved', path: '/home/op/lcr-diagnostics.json' }, error: null });
    expect(fake.calls.filter((call) => call.channel === 'diagnostics.save').map((call) => call.request)).toEqual([{}]);
  });

  it('asks once while a bundle is being written', async () => {
    const { fake, store } = setup();
    fake.answer('diagnostics.save', async () => ({ ok: true, value: { kind: 'offered', fileName: 'b.json' } }));
    await Promise.all([store.getState().save(), store.getState().save()]);
    expect(fake.calls.filter((call) => call.channel === 'diagnostics.save')).toHaveLength(1);
    expect(store.getState().saved).toEqual({ kind: 'offered', fileName: 'b.json' });
  });

  it('keeps why it failed until dismissed, and a new press clears the last outcome', async () => {
    const { fake, store } = setup();
    fake.answer('diagnostics.save', async () => ({ ok: true, value: { kind: 'cancelled' } }));
    await store.getState().save();
    expect(store.getState().saved).toEqual({ kind: 'cancelled' });

    fake.disconnect();
    await store.getState().save();
    expect(store.getState()).toMatchObject({ saving: false, saved: null, error: { code: 'ipc.unreachable' } });
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it('shows a typed error from main as it is', async () => {
    const { fake, store } = setup();
    fake.answer('diagnostics.save', async () => ({ ok: false, error: appError('ipc.unknownChannel', { channel: 'diagnostics.save' }) }));
    await store.getState().save();
    expect(store.getState().error?.code).toBe('ipc.unknownChannel');
  });
});
