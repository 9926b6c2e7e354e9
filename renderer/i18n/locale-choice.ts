import type { LanguagePreference, Locale } from '../../shared/domain/settings';
import { resolveLocale } from '../../shared/i18n/locale';

/**
 * The locale for a preference. "Follow the system" reads the browser's own languages first
 * (`navigator.languages`, which Electron derives from the OS and Playwright sets per test) and only
 * then main's `systemLocales`: the renderer knows its languages before any IPC answers, so the
 * first frame is already in the right language, and in the harness the page's languages, not the
 * server machine's, are the ones the operator set.
 */
export function chooseLocale(
  preference: LanguagePreference,
  browserLanguages: readonly string[],
  systemLocales: readonly string[] = [],
): Locale {
  return resolveLocale(preference, [...browserLanguages, ...systemLocales]);
}
