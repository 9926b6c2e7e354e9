import type { LanguagePreference, Locale } from '../../shared/domain/settings';
import { resolveLocale } from '../../shared/i18n/locale';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The system language as POSIX defines it for messages: the first of LC_ALL, LC_MESSAGES and LANG
 * that is set (`zh_CN.UTF-8`, `en_US`, `C`…). A terminal has no other notion of "the OS language",
 * and this is what every other command-line tool on the machine follows.
 */
export function posixMessageLocales(env: Env): string[] {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].map((v) => v?.trim()).find(Boolean);
  return value ? [value] : [];
}

/**
 * The language of `lcr`'s output: `--lang` if given, else the desk's language setting (the one the
 * app's Settings screen changes), where "follow the system" means the POSIX locale above.
 */
export function cliLocale(langFlag: Locale | undefined, preference: LanguagePreference, env: Env): Locale {
  return langFlag ?? resolveLocale(preference, posixMessageLocales(env));
}
