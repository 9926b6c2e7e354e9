import type { RelayTaskStatus } from '../../../shared/domain/relays';
import type { MessageKey } from '../../../shared/i18n/en';
import type { RelayTaskOperation } from '../../state/relays-store';
import { formatLocal, formatUtc } from '../../time/local-datetime';

// The words and formats the relays screen shows for the domain's values: one table each, so the
// groups table, the tasks table and the dialogs say the same thing the same way.

/** A task's status in words; `unknown` is shown with the cloud's own string beside it. */
export const taskStatusKeys: Record<RelayTaskStatus, MessageKey> = {
  active: 'relays.status.active',
  scheduled: 'relays.status.scheduled',
  stopped: 'relays.status.stopped',
  ended: 'relays.status.ended',
  unknown: 'relays.status.unknown',
};

/** The task statuses counted in the groups table, in the order a producer reads them. */
export const countedStatuses = ['active', 'scheduled', 'stopped', 'ended'] as const satisfies readonly RelayTaskStatus[];

/** The header of each status's column in the groups table. */
export const countColumnKeys: Record<RelayTaskStatus, MessageKey> = {
  active: 'relays.column.active',
  scheduled: 'relays.column.scheduled',
  stopped: 'relays.column.stopped',
  ended: 'relays.column.ended',
  unknown: 'relays.column.unknown',
};

/** What a task row says while its request is in flight. */
export const taskPendingKeys: Record<RelayTaskOperation, MessageKey> = {
  stopping: 'relays.pending.stopping',
  continuing: 'relays.pending.continuing',
  deleting: 'relays.pending.deleting',
};

/** A tag as one token (`customer=ClientA`). */
export function tagText(tag: { key: string; value: string }): string {
  return tag.value ? `${tag.key}=${tag.value}` : tag.key;
}

/** A task's window in the desk's time and in UTC, each `YYYY-MM-DD HH:mm`; null parts the cloud did not give. */
export interface WindowText {
  local: { start: string | null; end: string | null };
  utc: { start: string | null; end: string | null };
}

/** A task's window as the tasks table shows it: the desk's time (in `zone`) first, UTC beside it. */
export function windowText(start: string | null, end: string | null, zone: string): WindowText {
  return {
    local: { start: start && formatLocal(start, zone), end: end && formatLocal(end, zone) },
    utc: { start: start && formatUtc(start), end: end && formatUtc(end) },
  };
}
