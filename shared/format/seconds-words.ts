import type { Translate } from '../i18n/translate';

/** Milliseconds as seconds for the operator: whole when whole, else one decimal (`2.4 s`). */
export function secondsWords(t: Translate, ms: number): string {
  const seconds = ms / 1000;
  return t('settings.polling.seconds', { seconds: Number.isInteger(seconds) ? seconds : seconds.toFixed(1) });
}
