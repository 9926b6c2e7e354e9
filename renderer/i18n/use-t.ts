import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Locale } from '../../shared/domain/settings';
import { translate, type Translate } from '../../shared/i18n/translate';
import { useAppState, useSettingsState } from '../state/stores-context';
import { chooseLocale } from './locale-choice';

export type { Translate } from '../../shared/i18n/translate';

function subscribeLanguages(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

/** Joined so the snapshot is a stable string, not a fresh array on every read. */
function browserLanguagesSnapshot(): string {
  return navigator.languages.join(',');
}

/**
 * The locale the screen is in: the preference main confirmed (never a pending one, so a failed save
 * cannot leave the screen in a language the settings file does not hold), resolved against the OS.
 */
export function useLocale(): Locale {
  const preference = useSettingsState((state) => state.settings.language);
  const systemLocales = useAppState((state) => state.info?.systemLocales);
  const browserLanguages = useSyncExternalStore(subscribeLanguages, browserLanguagesSnapshot);
  return chooseLocale(preference, browserLanguages.split(',').filter(Boolean), systemLocales);
}

/** `t(key, params)` in the current locale: the only way views produce visible text. */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}

/** Keeps `<html lang>` and the window title in the screen's language, for fonts and readers. */
export function useDocumentLocale(): void {
  const locale = useLocale();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [locale, t]);
}
