import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/contract/channels';
import { eventChannel } from '../../../electron/ipc/event-channel';
import { defaultSettings } from '../../../shared/domain/settings';

// The built preload is what a sandboxed Electron renderer loads: one CommonJS file that may
// require nothing but `electron`. This runs the bundle in a bare VM context, as the sandbox would.
const bundle = path.resolve(import.meta.dirname, '..', '..', '..', 'dist', 'preload', 'preload.cjs');

async function loadPreload() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string) =>
      channel === 'settings.get' ? { ok: true, value: { language: 'en' } } : { ok: false, error: { code: 'internal', params: {}, provider: null, action: null, retryable: false } },
    ),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener)),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
  };
  const required: string[] = [];
  const require = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return { contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) }, ipcRenderer };
  };
  const module = { exports: {} };
  vm.runInNewContext(await readFile(bundle, 'utf8'), { require, module, exports: module.exports });
  return { exposed, ipcRenderer, listeners, required };
}

describe('preload bundle', () => {
  it('requires only electron and exposes window.controlRoom', async () => {
    const { exposed, required } = await loadPreload();
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect([...exposed.keys()]).toEqual(['controlRoom']);
  });

  it('exposes a function per contract channel that invokes exactly that channel', async () => {
    const { exposed, ipcRenderer } = await loadPreload();
    const api = exposed.get('controlRoom') as Record<string, Record<string, (request?: unknown) => Promise<unknown>>>;
    for (const name of channelNames) {
      const [domain, intent] = name.split('.') as [string, string];
      await api[domain]?.[intent]?.();
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(name, {});
    }
    await expect(api.settings?.get?.()).resolves.toEqual({ ok: true, value: { ...defaultSettings, language: 'en' } });
  });

  it('delivers only the subscribed event and unsubscribes cleanly', async () => {
    const { exposed, listeners, ipcRenderer } = await loadPreload();
    const api = exposed.get('controlRoom') as { settings: { onChanged(listener: (payload: unknown) => void): () => void } };
    const seen = vi.fn();
    const stop = api.settings.onChanged(seen);
    listeners.get(eventChannel)?.({}, 'settings.changed', { language: 'zh-CN' });
    listeners.get(eventChannel)?.({}, 'other.event', { language: 'en' });
    expect(seen.mock.calls).toEqual([[{ ...defaultSettings, language: 'zh-CN' }]]);
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(eventChannel, expect.any(Function));
  });
});
