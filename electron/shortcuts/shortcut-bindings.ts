import { z } from 'zod';
import type { Section, SettingsFile } from '../settings/settings-file';

/**
 * Each profile's global shortcuts, tile key (`domain/app/stream`) → accelerator (settings file,
 * section `shortcutBindings`), so they survive a restart and travel with a settings export.
 */
export const shortcutBindingsSection: Section<Record<string, Record<string, string>>> = {
  key: 'shortcutBindings',
  schema: z.record(z.string(), z.record(z.string(), z.string())),
  fallback: {},
};

/** The stored bindings of one profile at a time. */
export interface ShortcutBindings {
  list(profileId: string): Record<string, string>;
  set(profileId: string, key: string, accelerator: string): void;
  remove(profileId: string, key: string): void;
  /** Replaces a profile's bindings (an imported desk setup). */
  replace(profileId: string, bindings: Readonly<Record<string, string>>): void;
}

/** Bindings over the settings file. */
export function createShortcutBindings(file: SettingsFile): ShortcutBindings {
  const change = (profileId: string, edit: (bindings: Record<string, string>) => Record<string, string>) =>
    void file.update(shortcutBindingsSection, (all) => ({ ...all, [profileId]: edit({ ...(all[profileId] ?? {}) }) }));
  return {
    list: (profileId) => file.read(shortcutBindingsSection)[profileId] ?? {},
    set: (profileId, key, accelerator) => change(profileId, (bindings) => ({ ...bindings, [key]: accelerator })),
    replace: (profileId, bindings) => change(profileId, () => ({ ...bindings })),
    remove: (profileId, key) =>
      change(profileId, (bindings) => {
        delete bindings[key];
        return bindings;
      }),
  };
}
