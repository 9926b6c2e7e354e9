import { keptOffsets, type CreateTaskRequest, type UpdateTaskRequest } from '../../../shared/domain/relay-desk';
import { relayLimits, validateRelayTaskDraft } from '../../../shared/domain/relay-validation';
import type { RelaySourceType, RelayTask, RelayTaskDraft } from '../../../shared/domain/relays';
import type { FieldIssues } from '../../../shared/errors/field-issue';
import { isoToLocalInput, localInputToIso } from '../../time/local-datetime';

// A relay task as its dialog holds it — the operator's local times, one live URL or a list of
// files, the loop choice — and the request main takes, with RFC 3339 UTC instants.

/** How a VOD playlist repeats, as the dialog asks it: until the task ends, or a typed number of times. */
export type LoopChoice = 'untilEnd' | 'times';

/** The task dialog's fields, as typed. */
export interface TaskForm {
  title: string;
  sourceType: RelaySourceType;
  /** The live source's pull URL (live tasks). */
  liveSource: string;
  /** The files played in order (VOD tasks). */
  vodSources: readonly string[];
  loopChoice: LoopChoice;
  /** The number of plays when `loopChoice` is `times`, as typed. */
  loopTimes: string;
  /** A push URL, or `domain/app/stream` of a push domain of this account. */
  destination: string;
  /** `datetime-local` values in `zone`. */
  startLocal: string;
  endLocal: string;
  /** The desk's time zone when the dialog opened: the window is read in it, even if Settings change meanwhile. */
  zone: string;
  callbackUrl: string;
  /** The task as listed, when editing: its files' offsets go back with them. */
  listed: Pick<RelayTask, 'sources' | 'offsets'> | null;
}

/** How long a new task's window is until the operator changes it. */
const defaultWindowMs = 3_600_000;

/**
 * A new task: a live source, relaying from the current minute for an hour — a window that is
 * on air as soon as it is created, which the operator narrows or moves.
 */
export function newTaskForm(now: Date, zone: string): TaskForm {
  const start = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return {
    title: '',
    sourceType: 'live',
    liveSource: '',
    vodSources: [''],
    loopChoice: 'untilEnd',
    loopTimes: '1',
    destination: '',
    zone,
    startLocal: isoToLocalInput(start.toISOString(), zone),
    endLocal: isoToLocalInput(new Date(start.getTime() + defaultWindowMs).toISOString(), zone),
    callbackUrl: '',
    listed: null,
  };
}

/** A listed task's settings in the dialog, for editing (the cloud wants them all on an update). */
export function taskFormOf(task: RelayTask, zone: string): TaskForm {
  const sourceType = task.sourceType ?? 'live';
  return {
    title: task.title,
    sourceType,
    liveSource: sourceType === 'live' ? (task.sources[0] ?? '') : '',
    vodSources: sourceType === 'vod' && task.sources.length > 0 ? task.sources : [''],
    loopChoice: typeof task.loops === 'number' ? 'times' : 'untilEnd',
    loopTimes: typeof task.loops === 'number' ? String(task.loops) : '1',
    destination: task.destination ?? '',
    zone,
    startLocal: isoToLocalInput(task.start, zone),
    endLocal: isoToLocalInput(task.end, zone),
    callbackUrl: task.callbackUrl ?? '',
    listed: task,
  };
}

/** The number of plays typed, or NaN (which the rules refuse) for anything but digits. */
function playsOf(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * The task the form describes. Times become UTC instants (`toISOString()`, RFC 3339); addresses
 * are trimmed (a pasted URL often carries a space); the title is sent as typed, so the rules judge
 * what the operator sees. A live task has one source; a VOD task every file row, empty ones
 * included, so a forgotten row is named rather than dropped. Files of an edited task keep their
 * listed offsets.
 */
export function taskDraftOf(form: TaskForm): RelayTaskDraft {
  const vod = form.sourceType === 'vod';
  const callbackUrl = form.callbackUrl.trim();
  const sources = vod ? form.vodSources.map((source) => source.trim()) : [form.liveSource.trim()];
  const offsets = vod && form.listed ? keptOffsets(form.listed, sources) : [];
  return {
    ...(form.title ? { title: form.title } : {}),
    start: localInputToIso(form.startLocal, form.zone),
    end: localInputToIso(form.endLocal, form.zone),
    sourceType: form.sourceType,
    sources,
    ...(offsets.length > 0 ? { offsets } : {}),
    ...(vod ? { loops: form.loopChoice === 'untilEnd' ? ('untilEnd' as const) : playsOf(form.loopTimes) } : {}),
    destination: form.destination.trim(),
    ...(callbackUrl ? { callbackUrl } : {}),
  };
}

/** The request that creates the task in `group`. */
export function createTaskRequestOf(form: TaskForm, group: string): CreateTaskRequest {
  return { ...taskDraftOf(form), group };
}

/** The request that replaces task `id`'s settings (its group stays: the cloud cannot move a task). */
export function updateTaskRequestOf(form: TaskForm, group: string, id: string): UpdateTaskRequest {
  return { ...taskDraftOf(form), group, id };
}

/** Every problem with the task, by the rules main applies again before sending. */
export function taskFormIssues(form: TaskForm): FieldIssues {
  return validateRelayTaskDraft(taskDraftOf(form));
}

/** Whether another file row may be added to a VOD task. */
export function canAddVodSource(form: TaskForm): boolean {
  return form.vodSources.length < relayLimits.vodSources;
}
