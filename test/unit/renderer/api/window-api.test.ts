import { describe, expect, it } from 'vitest';
import { windowApi } from '../../../../renderer/api/window-api';
import { fakeControlRoom } from '../fake-control-room';

describe('windowApi', () => {
  it('returns the api main installed', () => {
    const { api } = fakeControlRoom();
    expect(windowApi({ controlRoom: api })).toBe(api);
  });

  it('answers every call with ipc.unreachable when nothing was installed', async () => {
    const api = windowApi({});
    const result = await api.settings.get();
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.unreachable', params: { channel: 'settings.get' } } });
    expect(typeof api.settings.onChanged(() => undefined)).toBe('function');
  });
});
