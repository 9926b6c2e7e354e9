import { groupOfTask, taskCounts } from '../../shared/domain/relay-desk';
import type { RelayGroup, RelayTag, RelayTask, RelayTaskStatus } from '../../shared/domain/relays';
import type { Translate } from './help-text';
import { localStamp, windowText } from './time-arguments';
import { formatDefinitions, formatTable, printable } from './text-table';

// How `lcr relays` prints what the cloud listed: plain aligned tables and labelled lines, every
// time in the terminal's zone and in UTC, words from the catalogues. Pure, so every rule here is
// unit-tested.

/** The task statuses counted in the groups table, in the order a producer reads a schedule. */
const countedStatuses = ['active', 'scheduled', 'stopped', 'ended'] as const satisfies readonly RelayTaskStatus[];

/** A task as sentences name it: `"决赛主场" (id)`, or the id alone for a task without a title. */
export function relayTaskLabel(task: { id: string; title?: string | null }): string {
  return task.title ? `"${task.title}" (${task.id})` : task.id;
}

/** A task's status in words; one the app does not know shows the cloud's own string. */
export function relayStatusWord(task: Pick<RelayTask, 'status' | 'rawStatus'>, t: Translate): string {
  return task.status === 'unknown' ? t('cli.relays.status.unknown', { raw: task.rawStatus }) : t(`cli.relays.status.${task.status}`);
}

/** A group's tags, `key=value` each, the cloud's own (System) ones marked; `-` for none. */
export function relayTagsText(tags: readonly RelayTag[], t: Translate): string {
  if (tags.length === 0) return '-';
  return tags.map((tag) => `${tag.key}=${tag.value}${tag.category === 'System' ? ` ${t('cli.relays.systemTag')}` : ''}`).join(', ');
}

/**
 * `lcr relays groups list` as a table: name, project, tags, and how many of its tasks are in each
 * status. A column for tasks of a status the app does not know appears only when there are some,
 * so no task goes uncounted.
 */
export function relayGroupsTable(groups: readonly RelayGroup[], tasks: readonly RelayTask[], t: Translate): string {
  const counted = groups.map((group) => taskCounts(tasks.filter((task) => groupOfTask(task) === group.name)));
  const statuses: RelayTaskStatus[] = [...countedStatuses, ...(counted.some((counts) => counts.unknown > 0) ? (['unknown'] as const) : [])];
  const headers = [t('cli.column.name'), t('cli.column.relayProject'), t('cli.column.relayTags'), ...statuses.map((status) => t(`cli.column.relay.${status}`))];
  const rows = groups.map((group, i) => [group.name, group.project || '-', relayTagsText(group.tags, t), ...statuses.map((status) => String(counted[i]?.[status] ?? 0))]);
  return `${formatTable(headers, rows)}\n`;
}

/** How often a VOD playlist plays, in words. */
function loopsText(task: Pick<RelayTask, 'loops'>, t: Translate): string {
  if (task.loops === 'untilEnd') return t('cli.relays.loops.untilEnd');
  return task.loops === null ? t('cli.relays.loops.unknown') : t('cli.relays.loops.times', { count: task.loops });
}

/** Where a task pulls from: the live stream's address, or the VOD files with how often they play. */
export function relaySourceText(task: Pick<RelayTask, 'sourceType' | 'sources' | 'loops'>, t: Translate): string {
  if (task.sourceType !== 'vod') return task.sources.join(', ') || '-';
  return t('cli.relays.vodSources', { loops: loopsText(task, t), files: task.sources.join(', ') });
}

/**
 * `lcr relays tasks list` as a table, one row per task in the cloud's order: title, id, status,
 * the window in the terminal's zone and in UTC, source, destination and callback — and the group
 * first when the tasks of every group are listed.
 */
export function relayTasksTable(tasks: readonly RelayTask[], t: Translate, withGroup: boolean): string {
  const headers = [
    ...(withGroup ? [t('cli.column.relayGroup')] : []),
    t('cli.column.relayTitle'),
    t('cli.column.id'),
    t('cli.column.status'),
    t('cli.column.relayWindowLocal'),
    t('cli.column.relayWindowUtc'),
    t('cli.column.relaySource'),
    t('cli.column.relayDestination'),
    t('cli.column.relayCallback'),
  ];
  const rows = tasks.map((task) => [
    ...(withGroup ? [groupOfTask(task)] : []),
    task.title || '-',
    task.id,
    relayStatusWord(task, t),
    windowText(task.start, task.end, 'local'),
    windowText(task.start, task.end, 'utc'),
    relaySourceText(task, t),
    task.destination ?? '-',
    task.callbackUrl ?? '-',
  ]);
  return `${formatTable(headers, rows)}\n`;
}

/** An instant in both zones: `2026-11-23 20:00 +08:00 (2026-11-23T12:00:00Z)`; `?` when not known. */
function bothZones(iso: string | null): string {
  return iso === null ? '?' : `${localStamp(iso)} (${iso})`;
}

/** One task as labelled lines: what a change prints once the cloud lists the task again. */
export function relayTaskDetails(task: RelayTask, t: Translate): string {
  const lines: (readonly [string, string])[] = [
    [t('cli.relays.detail.group'), groupOfTask(task)],
    [t('cli.relays.detail.status'), relayStatusWord(task, t)],
    [t('cli.relays.detail.start'), bothZones(task.start)],
    [t('cli.relays.detail.end'), bothZones(task.end)],
    [t('cli.relays.detail.source'), relaySourceText(task, t)],
    [t('cli.relays.detail.destination'), task.destination ?? '-'],
    [t('cli.relays.detail.callback'), task.callbackUrl ?? '-'],
  ];
  return `${formatDefinitions(lines.map(([label, value]) => [label, printable(value)]))}\n`;
}

/** One group as labelled lines: its project and tags, as the cloud lists them. */
export function relayGroupDetails(group: RelayGroup, t: Translate): string {
  const lines: (readonly [string, string])[] = [
    [t('cli.relays.detail.project'), group.project || '-'],
    [t('cli.relays.detail.tags'), relayTagsText(group.tags, t)],
  ];
  return `${formatDefinitions(lines.map(([label, value]) => [label, printable(value)]))}\n`;
}
