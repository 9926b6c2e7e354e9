import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/domain/settings';
import { createEventBus } from '../../../../electron/events/event-bus';
import { createLogger } from '../../../../electron/log';
import { createSettingsService } from '../../../../electron/services/settings-service';
import type { SettingsStore } from '../../../../electron/settings/settings-store';

function memoryStore(initial?: unknown) {
  let document = initial;
  const store: SettingsStore & { document(): unknown; failWrites: boolean } = {
    failWrites: false,
    read: () => document,
    write(next) {
      if (store.failWrites) throw new Error('EACCES: permission denied');
      document = structuredClone(next);
    },
    document: () => document,
  };
  return store;
}

function setup(initial?: unknown) {
  const store = memoryStore(initial);
  const bus = createEventBus();
  const events: unknown[] = [];
  bus.listen((name, payload) => events.push([name, payload]));
  const logs: string[] = [];
  const service = createSettingsService(store, bus, createLogger('settings', (line) => logs.push(line)));
  return { store, service, events, logs };
}

describe('settings service', () => {
  it('gives defaults on a fresh desk', () => {
    expect(setup().service.get()).toEqual(defaultSettings);
  });

  it('stores a change, answers with the whole settings, and announces it', () => {
    const { store, service, events } = setup();
    expect(service.update({ language: 'zh-CN' })).toEqual({ language: 'zh-CN' });
    expect(store.document()).toEqual({ language: 'zh-CN' });
    expect(service.get()).toEqual({ language: 'zh-CN' });
    expect(events).toEqual([['settings.changed', { language: 'zh-CN' }]]);
  });

  it('shows defaults for an invalid file, logs why, and leaves the file alone until a change', () => {
    const { store, service, logs } = setup({ language: 'klingon', future: 1 });
    expect(service.get()).toEqual(defaultSettings);
    expect(store.document()).toEqual({ language: 'klingon', future: 1 });
    expect(logs.join('\n')).toContain('settings file invalid, using defaults: language');
  });

  it('reports an unwritable folder as a typed, retryable error and announces nothing', () => {
    const { store, service, events } = setup();
    store.failWrites = true;
    expect(() => service.update({ language: 'en' })).toThrowError(
      expect.objectContaining({ error: expect.objectContaining({ code: 'settings.unwritable', retryable: true }) }),
    );
    expect(events).toEqual([]);
  });
});
