import type { LanguagePreference, Locale } from '../domain/settings';

/**
 * The locale to show for a preference. "Follow the system" takes the first OS language we have a
 * catalogue for (any Chinese variant reads the Simplified catalogue), else English.
 */
export function resolveLocale(preference: LanguagePreference, systemLocales: readonly string[]): Locale {
  if (preference !== 'system') return preference;
  for (const tag of systemLocales) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  }
  return 'en';
}
