import { z } from 'zod';

/** Locales the catalogues cover. */
export const Locale = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof Locale>;

/** The operator's language choice: follow the OS, or a fixed locale. */
export const LanguagePreference = z.enum(['system', 'zh-CN', 'en']);
export type LanguagePreference = z.infer<typeof LanguagePreference>;

/**
 * How the board switches: arm a standby, then take (two actions, the default), or one action that
 * arms and takes at once — for a desk whose operator prefers speed to the second look.
 */
export const TakeMode = z.enum(['armThenTake', 'single']);
export type TakeMode = z.infer<typeof TakeMode>;

/**
 * Desk settings persisted in the data folder. Every field has a default so a settings file written
 * by an older version (or hand-edited with a field missing) still loads.
 */
export const Settings = z.object({
  language: LanguagePreference.default('system'),
  takeMode: TakeMode.default('armThenTake'),
});
export type Settings = z.infer<typeof Settings>;

/** A partial update: only the fields the operator changed. Unknown fields are refused. */
export const SettingsPatch = z.strictObject({
  language: LanguagePreference.optional(),
  takeMode: TakeMode.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** The settings of a desk that has never saved any. */
export const defaultSettings: Settings = Settings.parse({});
