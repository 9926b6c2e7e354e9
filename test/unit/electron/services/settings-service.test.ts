import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/domain/settings';
import { createEventBus } from '../../../../electron/events/event-bus';
import { createLogger } from '../../../../electron/log';
import { createSettingsService } from '../../../../electron/services/settings-service';
import { createSettingsFile } from '../../../../electron/settings/settings-file';
import { memoryStore } from '../../support/memory-settings';

function setup(initial?: unknown) {
  const store = memoryStore(initial);
  const bus = createEventBus();
  const events: unknown[] = [];
  bus.listen((name, payload) => events.push([name, payload]));
  const file = createSettingsFile(store, () => '/data/settings.corrupt.json', createLogger('settings', () => undefined));
  return { store, file, service: createSettingsService(file, bus), events };
}

describe('settings service', () => {
  it('gives defaults on a fresh desk', () => {
    expect(setup().service.get()).toEqual(defaultSettings);
  });

  it('stores a change in its own section, answers with the whole settings, and announces it', () => {
    const { store, service, events } = setup({ profiles: [] });
    const settings = { ...defaultSettings, language: 'zh-CN' };
    expect(service.update({ language: 'zh-CN' })).toEqual(settings);
    expect(store.document()).toEqual({ profiles: [], preferences: settings });
    expect(service.get()).toEqual(settings);
    expect(events).toEqual([['settings.changed', settings]]);
  });

  it('reports an unwritable folder as a typed, retryable error and announces nothing', () => {
    const { store, service, events } = setup();
    store.failWrites = true;
    expect(() => service.update({ language: 'en' })).toThrowError(
      expect.objectContaining({ error: expect.objectContaining({ code: 'settings.unwritable', retryable: true }) }),
    );
    expect(events).toEqual([]);
  });

  it('changes only the notification kinds a change names, and keeps a file from before these settings existed', () => {
    const { service } = setup({ preferences: { language: 'en', takeMode: 'single' } });
    expect(service.get()).toEqual({ ...defaultSettings, language: 'en', takeMode: 'single' });
    service.update({ notifications: { onAir: false } });
    const next = service.update({ notifications: { standby: false }, pollingSeconds: 10, timeZone: 'UTC' });
    expect(next).toMatchObject({ pollingSeconds: 10, timeZone: 'UTC', notifications: { switchConfirmed: true, changedElsewhere: true, onAir: false, standby: false } });
  });
});
