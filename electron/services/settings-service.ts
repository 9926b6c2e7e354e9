import { AppErrorException, appError } from '../../shared/errors/app-error';
import { Settings, defaultSettings, type SettingsPatch } from '../../shared/domain/settings';
import type { EventBus } from '../events/event-bus';
import type { Logger } from '../log';
import type { SettingsStore } from '../settings/settings-store';

/** Reads and changes the desk's settings; every change is announced as `settings.changed`. */
export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
}

/**
 * A settings file that fails validation (hand-edited, from a newer version) is not overwritten
 * until the operator changes something: defaults are shown, the problem is logged, nothing is lost.
 */
export function createSettingsService(store: SettingsStore, bus: EventBus, log: Logger): SettingsService {
  const load = (): Settings => {
    let raw: unknown;
    try {
      raw = store.read();
    } catch (thrown) {
      log.warn(`settings file unreadable, using defaults: ${String(thrown)}`);
      return defaultSettings;
    }
    if (raw === undefined) return defaultSettings;
    const parsed = Settings.safeParse(raw);
    if (parsed.success) return parsed.data;
    log.warn(`settings file invalid, using defaults: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    return defaultSettings;
  };

  return {
    get: load,
    update(patch) {
      const next = Settings.parse({ ...load(), ...patch });
      try {
        store.write(next);
      } catch (thrown) {
        throw new AppErrorException(appError('settings.unwritable', {}, { retryable: true, hint: String(thrown) }));
      }
      bus.emit('settings.changed', next);
      return next;
    },
  };
}
