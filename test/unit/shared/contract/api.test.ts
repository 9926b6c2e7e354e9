import { describe, expect, it, vi } from 'vitest';
import { buildApi, type Invoke, type Subscribe } from '../../../../shared/contract/api';
import { channelNames, eventNames, type EventName } from '../../../../shared/contract/channels';
import { defaultSettings } from '../../../../shared/domain/settings';

const noEvents: Subscribe = () => () => undefined;

describe('buildApi', () => {
  it('exposes one function per channel and one onX per event, grouped by domain', () => {
    const api = buildApi(vi.fn(), noEvents) as unknown as Record<string, Record<string, unknown>>;
    for (const name of channelNames) {
      const [domain, intent] = name.split('.') as [string, string];
      expect(typeof api[domain]?.[intent], name).toBe('function');
    }
    for (const name of eventNames) {
      const [domain, intent] = name.split('.') as [string, string];
      const listener = `on${intent[0]?.toUpperCase()}${intent.slice(1)}`;
      expect(typeof api[domain]?.[listener], name).toBe('function');
    }
  });

  it('offers no generic channel pass-through and cannot be modified', () => {
    const api = buildApi(vi.fn(), noEvents);
    const domains = new Set([...channelNames, ...eventNames].map((name) => name.split('.')[0]));
    expect(Object.keys(api).sort()).toEqual([...domains].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends the channel and request, and returns the validated answer', async () => {
    const invoke = vi.fn<Invoke>().mockResolvedValue({ ok: true, value: { language: 'en' } });
    const api = buildApi(invoke, noEvents);
    await expect(api.settings.update({ language: 'en' })).resolves.toEqual({ ok: true, value: { ...defaultSettings, language: 'en' } });
    expect(invoke).toHaveBeenCalledWith('settings.update', { language: 'en' });
  });

  it('sends an empty object for a request-less call', async () => {
    const invoke = vi.fn<Invoke>().mockResolvedValue({ ok: true, value: defaultSettings });
    await buildApi(invoke, noEvents).settings.get();
    expect(invoke).toHaveBeenCalledWith('settings.get', {});
  });

  it('passes typed errors from main through unchanged', async () => {
    const error = { code: 'settings.unwritable', params: {}, provider: null, action: null, retryable: true };
    const api = buildApi(vi.fn<Invoke>().mockResolvedValue({ ok: false, error }), noEvents);
    await expect(api.settings.update({ language: 'zh-CN' })).resolves.toEqual({ ok: false, error });
  });

  it('turns a transport failure into a retryable ipc.unreachable error', async () => {
    const api = buildApi(vi.fn<Invoke>().mockRejectedValue(new Error('socket hang up')), noEvents);
    const result = await api.app.info();
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.unreachable', retryable: true, params: { channel: 'app.info' } } });
  });

  it('refuses an answer outside the contract instead of handing it to a view', async () => {
    const api = buildApi(vi.fn<Invoke>().mockResolvedValue({ ok: true, value: { language: 'klingon' } }), noEvents);
    await expect(api.settings.get()).resolves.toMatchObject({ ok: false, error: { code: 'ipc.invalidResponse' } });
  });

  it('delivers valid event payloads, drops invalid ones, and unsubscribes', () => {
    const listeners = new Map<EventName, (payload: unknown) => void>();
    const unsubscribed = vi.fn();
    const subscribe: Subscribe = (name, listener) => {
      listeners.set(name, listener);
      return unsubscribed;
    };
    const seen = vi.fn();
    const stop = buildApi(vi.fn(), subscribe).settings.onChanged(seen);
    listeners.get('settings.changed')?.({ language: 'zh-CN' });
    listeners.get('settings.changed')?.({ language: 42 });
    expect(seen.mock.calls).toEqual([[{ ...defaultSettings, language: 'zh-CN' }]]);
    stop();
    expect(unsubscribed).toHaveBeenCalledOnce();
  });
});
