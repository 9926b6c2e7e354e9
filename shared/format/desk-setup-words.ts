import type { BoardChange, SettingChange, ShortcutChange } from '../domain/desk-setup';
import { LanguagePreference, NoticeKind, TakeMode, systemTimeZone } from '../domain/settings';
import type { Translate } from '../i18n/translate';
import { secondsWords } from './seconds-words';

// A desk setup import's changes in words, shared by Settings › Set up another desk and `lcr setup
// import`: a setting named as Settings names it, with its values in words (main sends them as
// stored: `single`, `5`, `false`), and a board's shortcut changes.

const notificationField = /^notifications\.(.+)$/;

/** A setting's name as Settings shows it (a notification kind under "Notifications"). */
export function settingName(t: Translate, field: string): string {
  const kind = NoticeKind.safeParse(notificationField.exec(field)?.[1]);
  if (kind.success) return `${t('settings.notifications')} · ${t(`settings.notifications.${kind.data}`)}`;
  if (field === 'language') return t('settings.language');
  if (field === 'takeMode') return t('settings.takeMode');
  if (field === 'pollingSeconds') return t('settings.polling');
  if (field === 'timeZone') return t('settings.timeZone');
  return field;
}

/** A setting's stored value in words; one this version cannot name is shown as stored. */
export function settingValue(t: Translate, field: string, value: string): string {
  if (notificationField.test(field)) return t(value === 'true' ? 'deskSetup.value.on' : 'deskSetup.value.off');
  const language = LanguagePreference.safeParse(value);
  if (field === 'language' && language.success) return t(`language.${language.data}`);
  const mode = TakeMode.safeParse(value);
  if (field === 'takeMode' && mode.success) return t(`settings.takeMode.${mode.data}`);
  if (field === 'pollingSeconds' && /^\d+$/.test(value)) return secondsWords(t, Number(value) * 1000);
  if (field === 'timeZone' && value === 'system') return t('settings.timeZone.system', { zone: systemTimeZone() });
  return value;
}

/** One setting change as a line of the preview: "Take mode: Arm, then take → Single action". */
export function settingChangeWords(t: Translate, change: SettingChange): string {
  return t('deskSetup.preview.settingChange', { setting: settingName(t, change.field), from: settingValue(t, change.field, change.from), to: settingValue(t, change.field, change.to) });
}

/**
 * One shortcut an import changes on a board, with its key combination as `label` prints it for
 * the desk's platform: new, changed or removed.
 */
export function shortcutChangeWords(t: Translate, change: ShortcutChange, label: (accelerator: string) => string): string {
  if (change.from === null) return t('deskSetup.preview.shortcutNew', { accelerator: label(change.to ?? ''), stream: change.key });
  if (change.to === null) return t('deskSetup.preview.shortcutRemoved', { accelerator: label(change.from), stream: change.key });
  return t('deskSetup.preview.shortcutChanged', { stream: change.key, from: label(change.from), to: label(change.to) });
}

/**
 * What importing one board does to the profile it goes to, a line each: the pins after, the
 * streams it gains (unless it gains them all: a board that was empty), the ones it loses, an order
 * change, each shortcut change — or that nothing changes there.
 */
export function boardChangeWords(t: Translate, board: BoardChange, label: (accelerator: string) => string): string[] {
  const streams = (keys: readonly string[]) => keys.join(', ');
  const unchanged = board.added.length === 0 && board.removed.length === 0 && !board.reordered && board.shortcuts.length === 0;
  const allNew = board.added.length === board.pins.length && board.removed.length === 0;
  return [
    board.pins.length > 0 ? t('deskSetup.preview.pins', { count: board.pins.length, streams: streams(board.pins) }) : t('deskSetup.preview.noPins'),
    ...(board.added.length > 0 && !allNew ? [t('deskSetup.preview.added', { streams: streams(board.added) })] : []),
    ...(board.removed.length > 0 ? [t('deskSetup.preview.removed', { streams: streams(board.removed) })] : []),
    ...(board.reordered ? [t('deskSetup.preview.reordered')] : []),
    ...board.shortcuts.map((change) => shortcutChangeWords(t, change, label)),
    ...(unchanged ? [t('deskSetup.preview.unchanged')] : []),
  ];
}
