import type { ObservedChange } from '../../shared/domain/board';
import type { DeskNotice } from '../../shared/domain/desk-notice';
import type { Locale } from '../../shared/domain/settings';
import type { AppError } from '../../shared/errors/app-error';
import { acceleratorLabel } from '../../shared/format/accelerator-label';
import { errorMessage, translate } from '../../shared/i18n/translate';
import type { SwitchOutcome } from './switch-desk';

/** A notice's words and weight, before it gets an id and a time. */
export type NoticeText = Pick<DeskNotice, 'tone' | 'title' | 'body'>;

/**
 * What a sent switch says: confirmed (info), refused or failed with the provider's reason (alert),
 * or not confirmed either way (alert: look at the tile before switching again).
 */
export function switchNotice(locale: Locale, outcome: SwitchOutcome): NoticeText {
  const stream = outcome.key;
  if (outcome.outcome === 'ok') {
    return { tone: 'info', title: translate(locale, 'notice.switched.title', { stream }), body: translate(locale, 'notice.switched.body', { to: outcome.to, from: outcome.from ?? '—' }) };
  }
  const body = outcome.error ? errorMessage(locale, outcome.error) : '';
  const title = outcome.outcome === 'unknown' ? 'notice.switchUnknown.title' : 'notice.switchFailed.title';
  return { tone: 'alert', title: translate(locale, title, { stream }), body };
}

/**
 * What a change the board saw says. A master change is a warning (someone or something else
 * switched: the reason and "from elsewhere" say which); losing the master, the stream or the
 * standby is an alert; getting one back is information.
 */
export function observedNotice(locale: Locale, change: ObservedChange): NoticeText {
  const stream = change.key;
  if (change.kind === 'masterChanged') {
    const reason = change.reason ? translate(locale, `board.reason.${change.reason}`, { raw: change.rawReason ?? '' }) : translate(locale, 'board.reason.manual');
    const by = translate(locale, change.byThisDesk ? 'board.by.thisDesk' : 'board.by.elsewhere');
    return { tone: 'warning', title: translate(locale, 'notice.masterChanged.title', { stream, to: change.to }), body: translate(locale, 'notice.masterChanged.body', { reason, by }) };
  }
  const tone = change.kind === 'backOnAir' || change.kind === 'standbyBack' ? 'info' : 'alert';
  return { tone, title: translate(locale, `notice.${change.kind}.title`, { stream }), body: translate(locale, `notice.${change.kind}.body`) };
}

/** Where a shortcut is named, how: its keys as this platform labels them (`Ctrl+Alt+1`, `⌃⌥1`). */
export interface ShortcutNaming {
  locale: Locale;
  mac: boolean;
}

/** A global shortcut that was pressed but could not switch (locked desk, nothing to fail over to…). */
export function shortcutRefusedNotice({ locale, mac }: ShortcutNaming, accelerator: string, key: string, error: AppError): NoticeText {
  const keys = acceleratorLabel(accelerator, mac);
  return { tone: 'alert', title: translate(locale, 'notice.shortcutRefused.title', { accelerator: keys, stream: key }), body: errorMessage(locale, error) };
}

/** A global shortcut the OS would not give us: said once, when it stops working. */
export function shortcutUnavailableNotice({ locale, mac }: ShortcutNaming, accelerator: string, key: string): NoticeText {
  return {
    tone: 'alert',
    title: translate(locale, 'notice.shortcutUnavailable.title', { accelerator: acceleratorLabel(accelerator, mac) }),
    body: translate(locale, 'notice.shortcutUnavailable.body', { stream: key }),
  };
}
