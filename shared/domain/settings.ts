import { z } from 'zod';
import { PollingSeconds } from './board-polling';

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
 * Which notifications the desk shows, by the kind an operator may turn off; each is on unless
 * turned off: this desk's confirmed switches, a master changed by something else (another desk,
 * the console, automatic mode), a stream or its master going off or back on the air, a standby
 * lost or back. A switch that failed or was not confirmed, and a global shortcut that could not
 * act, are always shown: the operator pressed something and nothing else would say it did not
 * happen.
 */
export const NoticeChoices = z.object({
  switchConfirmed: z.boolean().default(true),
  changedElsewhere: z.boolean().default(true),
  onAir: z.boolean().default(true),
  standby: z.boolean().default(true),
});
export type NoticeChoices = z.infer<typeof NoticeChoices>;

/** A kind of notification the operator may turn off. */
export const NoticeKind = NoticeChoices.keyof();
export type NoticeKind = z.infer<typeof NoticeKind>;

/**
 * Where the desk's screens show times: the workstation's own zone (`system`), or a named IANA zone
 * (`UTC`, `Asia/Shanghai`) — a control room often runs a show on UTC or on the venue's clock.
 */
export const TimeZoneChoice = z.string().refine((zone) => zone === 'system' || isTimeZone(zone), { message: 'timeZone' });
export type TimeZoneChoice = z.infer<typeof TimeZoneChoice>;

/** The zone this computer's clock is in (`Asia/Shanghai`): what the setting `system` means. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const zonesChecked = new Map<string, boolean>();

/**
 * Whether the runtime knows `zone` as an IANA time zone. Asked on every render of every time on
 * screen, so each answer is kept: the runtime's zones do not change while it runs.
 */
export function isTimeZone(zone: string): boolean {
  let known = zonesChecked.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = zone.length > 0;
    } catch {
      known = false;
    }
    zonesChecked.set(zone, known);
  }
  return known;
}

/**
 * Desk settings persisted in the data folder. Every field has a default so a settings file written
 * by an older version (or hand-edited with a field missing) still loads.
 */
export const Settings = z.object({
  language: LanguagePreference.default('system'),
  takeMode: TakeMode.default('armThenTake'),
  pollingSeconds: PollingSeconds.default(2),
  notifications: NoticeChoices.prefault({}),
  timeZone: TimeZoneChoice.default('system'),
});
export type Settings = z.infer<typeof Settings>;

/** A partial update: only the fields the operator changed. Unknown fields are refused. */
export const SettingsPatch = z.strictObject({
  language: LanguagePreference.optional(),
  takeMode: TakeMode.optional(),
  pollingSeconds: PollingSeconds.optional(),
  /** Only the kinds changed; the others keep their choice. */
  notifications: z.partialRecord(NoticeKind, z.boolean()).optional(),
  timeZone: TimeZoneChoice.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** The settings of a desk that has never saved any. */
export const defaultSettings: Settings = Settings.parse({});

/** Settings with a patch applied: the notification kinds it names change, the rest are kept. */
export function patchedSettings(current: Settings, patch: SettingsPatch): Settings {
  return Settings.parse({ ...current, ...patch, notifications: { ...current.notifications, ...patch.notifications } });
}
