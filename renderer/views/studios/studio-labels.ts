import type { StudioChargeType, StudioStatus, StudioType } from '../../../shared/domain/studios';
import type { MessageKey } from '../../../shared/i18n/en';
import { isoToLocalInput } from '../../time/local-datetime';
import { tagLabel } from './studio-filter';

// The words and formats the studios screen shows for the domain's values: one table each, so the
// list, the dialogs and the bulk copy panel say the same thing the same way.

/** A studio's status in words: idle, in production, or not a state the reference documents. */
export const statusKeys: Record<StudioStatus, MessageKey> = {
  idle: 'studios.status.idle',
  running: 'studios.status.running',
  unknown: 'studios.status.unknown',
};

/** A studio's kind in words. */
export const typeKeys: Record<StudioType, MessageKey> = {
  normal: 'studios.type.normal',
  lightCarousel: 'studios.type.lightCarousel',
  virtual: 'studios.type.virtual',
  playlist: 'studios.type.playlist',
  other: 'studios.type.other',
};

/** How a studio is billed, in words. */
export const chargeKeys: Record<StudioChargeType, MessageKey> = {
  prePaid: 'studios.charge.prePaid',
  postPaid: 'studios.charge.postPaid',
  other: 'studios.charge.other',
};

/** A studio's tags as one line (`show=concert, team=music`), for a cell that never wraps. */
export function tagsText(tags: readonly { key: string; value: string }[]): string {
  return tags.map(tagLabel).join(', ');
}

/**
 * An instant as the desk's local day and time to the minute (`2026-11-22`, `20:52`), for a cell
 * that shows one over the other: the same compact, unambiguous form in either language, sortable
 * by eye down a column. Null when unknown.
 */
export function localDayAndTime(iso: string | null, zone: string): { day: string; time: string } | null {
  const [day, time] = isoToLocalInput(iso, zone).split('T');
  return day && time ? { day, time } : null;
}
