import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { RelayGroup, RelayTagDraft, RelayTask, RelayTaskDraft, type RelayFileOffsets, type RelayTaskStatus } from './relays';

/**
 * The relay screen's view of a Volcengine account, and the requests it makes. What is shown is
 * what the cloud last listed — every usable group and every task in them — with when and, if the
 * last listing failed, why, so the screen keeps the last confirmed list with its age and disables
 * changes (the board's offline rule).
 */
export const RelaysView = z.object({
  /** The Volcengine profile whose groups these are. */
  profileId: z.string(),
  groups: z.array(RelayGroup),
  tasks: z.array(RelayTask),
  /** When the last complete listing finished (ISO), or null before the first. */
  listedAt: z.iso.datetime().nullable(),
  /** The last listing failed with this; `groups` and `tasks` are from before it. */
  readError: AppError.nullable(),
});
export type RelaysView = z.infer<typeof RelaysView>;

/**
 * A group named by a caller that already knows it (from a list). Only new names must meet the
 * creation rule; an existing group is judged by the cloud, so one named under older rules can
 * still be edited, deleted or given tasks.
 */
export const GroupName = z.string().min(1).max(128);

/** A group's tags as the operator leaves them; the group's `System` tags may be handed back and are dropped. */
export const UpdateGroupRequest = z.strictObject({ name: GroupName, tags: z.array(RelayTagDraft).max(200) });
export type UpdateGroupRequest = z.infer<typeof UpdateGroupRequest>;

/** A delete names the group twice: as listed, and as the operator typed it as the last check. */
export const DeleteGroupRequest = z.strictObject({ name: GroupName, confirmName: z.string().max(128) });
export type DeleteGroupRequest = z.infer<typeof DeleteGroupRequest>;

/**
 * A task as the desk creates it: always inside a group, so it carries the group name that a
 * Volcengine sub-account must send (volcengine-live.md §4) and lands where the operator is looking.
 */
export const CreateTaskRequest = RelayTaskDraft.extend({ group: GroupName });
export type CreateTaskRequest = z.infer<typeof CreateTaskRequest>;

/** A task's settings replaced whole (the cloud wants the window and source on every update). */
export const UpdateTaskRequest = CreateTaskRequest.extend({ id: z.string().min(1).max(128) });
export type UpdateTaskRequest = z.infer<typeof UpdateTaskRequest>;

/** Which task a stop, continue or delete is for, with its group for sub-accounts. */
export const TaskRequest = z.strictObject({ id: z.string().min(1).max(128), group: GroupName });
export type TaskRequest = z.infer<typeof TaskRequest>;

/** How many of a group's tasks are in each status, for the groups table. */
export type RelayTaskCounts = Record<RelayTaskStatus, number>;

/** The group a listed task is in: one listed without a group is in the account's `default` group. */
export function groupOfTask(task: RelayTask): string {
  return task.group ?? 'default';
}

/** The tasks of one group, as the view lists them. */
export function tasksOfGroup(view: Pick<RelaysView, 'tasks'>, group: string): RelayTask[] {
  return view.tasks.filter((task) => groupOfTask(task) === group);
}

/** A group's tasks counted by status; a status with none is 0, so every column has a number. */
export function taskCounts(tasks: readonly RelayTask[]): RelayTaskCounts {
  const counts: RelayTaskCounts = { active: 0, scheduled: 0, stopped: 0, ended: 0, unknown: 0 };
  for (const task of tasks) counts[task.status] += 1;
  return counts;
}

/**
 * The offsets to send with an edited VOD playlist: each file keeps the offsets it was listed with,
 * matched by address in order (a file listed twice keeps each one's), and a file added has none.
 * Empty when no file has any — then the plain file list is sent. An edit of a task's window must
 * not silently drop where each file starts and stops, which the desk shows but does not edit.
 */
export function keptOffsets(listed: Pick<RelayTask, 'sources' | 'offsets'>, sources: readonly string[]): RelayFileOffsets[] {
  const unused = listed.sources.map((url, index) => ({ url, offsets: listed.offsets[index] ?? null }));
  const kept = sources.map((url) => {
    const at = unused.findIndex((file) => file.url === url);
    const [file] = at === -1 ? [] : unused.splice(at, 1);
    return file?.offsets ?? { start: null, end: null };
  });
  return kept.some(({ start, end }) => start !== null || end !== null) ? kept : [];
}

/**
 * A stream address without its query string: push and pull URLs carry their auth keys there, and
 * they do not belong on a control-room screen or in the journal. Null query when there is none.
 */
export function splitAddress(url: string): { address: string; query: string | null } {
  const at = url.indexOf('?');
  return at === -1 ? { address: url, query: null } : { address: url.slice(0, at), query: url.slice(at + 1) };
}
