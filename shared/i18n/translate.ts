import type { AppError, ErrorParams } from '../errors/app-error';
import type { Locale } from '../domain/settings';
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

/** A translate function bound to one locale: the screen's `useT()`, or `lcr`'s chosen language. */
export type Translate = (key: MessageKey, params?: ErrorParams) => string;

/** The catalogues by locale. */
export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/**
 * The text of `key` in `locale`, with `{name}` placeholders filled from `params`. A placeholder
 * without a value stays visible rather than vanishing, so a missing parameter is noticed.
 */
export function translate(locale: Locale, key: MessageKey, params: ErrorParams = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The operator-facing sentence for an error. */
export function errorMessage(locale: Locale, error: AppError): string {
  return translate(locale, `error.${error.code}`, error.params);
}

/** The `{placeholders}` a message uses, for checking the catalogues agree. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
