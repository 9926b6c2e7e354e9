import { Settings, defaultSettings, patchedSettings, type SettingsPatch } from '../../shared/domain/settings';
import type { EventBus } from '../events/event-bus';
import type { Section, SettingsFile } from '../settings/settings-file';

/** The desk's preferences, as one section of the settings file. */
export const preferencesSection: Section<Settings> = { key: 'preferences', schema: Settings, fallback: defaultSettings };

/** Reads and changes the desk's settings; every change is announced as `settings.changed`. */
export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
}

/** Preferences over the settings file; a damaged section is reported there and defaults shown. */
export function createSettingsService(file: SettingsFile, bus: EventBus): SettingsService {
  return {
    get: () => file.read(preferencesSection),
    update(patch) {
      const next = file.update(preferencesSection, (current) => patchedSettings(current, patch));
      bus.emit('settings.changed', next);
      return next;
    },
  };
}
