import { keptOffsets, type CreateTaskRequest, type UpdateTaskRequest } from '../../shared/domain/relay-desk';
import type { RelayLoops, RelaySourceType, RelayTagDraft, RelayTask } from '../../shared/domain/relays';
import { usageError } from './exit-codes';
import type { ParsedArgs } from './parse-command-line';
import { readTime } from './time-arguments';

// The options of `lcr relays` that lcr itself reads before the relay rules see them — tags typed
// as key=value, loops as a number or until-end, times in either zone — and the task requests built
// from them. A value lcr cannot read is a usage mistake (exit 2) naming the option; a value it
// reads but the rules refuse (a name with a space, a window of eight days) is reported field by
// field by the command, as the screen does.

/** The most plays `--loops` takes: the cloud's loop count is a 32-bit integer. */
const maxLoops = 2_147_483_647;

/** `key=value`, split at the first `=` and trimmed; null without an `=`. An empty value is allowed. */
export function parseTagArgument(text: string): RelayTagDraft | null {
  const at = text.indexOf('=');
  if (at < 0) return null;
  return { key: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

/** Every `--tag` given, in order; one without `=`, or a key given twice, is a usage mistake. */
export function readTags(args: ParsedArgs): RelayTagDraft[] {
  const tags: RelayTagDraft[] = [];
  for (const text of args.list('tag')) {
    const tag = parseTagArgument(text);
    if (!tag) throw usageError('cli.usage.relayTag', { tag: text });
    if (tags.some((given) => given.key === tag.key)) throw usageError('cli.usage.relayTagTwice', { key: tag.key });
    tags.push(tag);
  }
  return tags;
}

/** `--loops N|until-end`, or undefined when not given. */
export function readLoops(args: ParsedArgs): RelayLoops | undefined {
  const text = args.string('loops');
  if (text === undefined) return undefined;
  if (text.trim() === 'until-end') return 'untilEnd';
  if (!/^\s*\d+\s*$/.test(text)) throw usageError('cli.usage.relayLoops', { value: text });
  const loops = Number(text);
  if (loops < 1) throw usageError('cli.usage.tooSmall', { option: '--loops', min: 1 });
  if (loops > maxLoops) throw usageError('cli.usage.tooBig', { option: '--loops', max: maxLoops });
  return loops;
}

/** A task's settings as its options give them; each is undefined when left out. */
export interface TaskOptions {
  title?: string;
  start?: string;
  end?: string;
  source?: { sourceType: RelaySourceType; sources: string[] };
  loops?: RelayLoops;
  destination?: string;
  callbackUrl?: string;
}

/** Reads the settings a `tasks create` or `tasks update` command line gives. */
export function readTaskOptions(args: ParsedArgs): TaskOptions {
  const live = args.string('source');
  const files = args.list('vod');
  const source = live !== undefined ? { sourceType: 'live' as const, sources: [live] } : files.length > 0 ? { sourceType: 'vod' as const, sources: [...files] } : undefined;
  const given: TaskOptions = {
    title: args.string('title'),
    start: readTime(args, 'start'),
    end: readTime(args, 'end'),
    source,
    loops: readLoops(args),
    destination: args.string('destination'),
    callbackUrl: args.string('callback'),
  };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as TaskOptions;
}

/** The optional settings of a request, left out when empty (the cloud reads empty as none). */
function optionalSettings(settings: { title?: string | null; loops?: RelayLoops | null; callbackUrl?: string | null }) {
  const { title, loops, callbackUrl } = settings;
  return { ...(title ? { title } : {}), ...(loops !== undefined && loops !== null ? { loops } : {}), ...(callbackUrl ? { callbackUrl } : {}) };
}

/** A new task in `group` from its options (the parser has made sure the required ones are there). */
export function newTaskRequest(group: string, given: TaskOptions): CreateTaskRequest {
  const source = given.source ?? { sourceType: 'live', sources: [] };
  return {
    group,
    start: given.start ?? '',
    end: given.end ?? '',
    sourceType: source.sourceType,
    sources: source.sources,
    destination: given.destination ?? '',
    ...optionalSettings({ title: given.title, loops: source.sourceType === 'vod' ? given.loops : undefined, callbackUrl: given.callbackUrl }),
  };
}

/** The offsets the listed files carry, kept with their files; nothing when none has any. */
function offsetsOf(current: RelayTask, sources: readonly string[]) {
  const offsets = keptOffsets(current, sources);
  return offsets.length > 0 ? { offsets } : {};
}

/**
 * The whole settings an update sends (the cloud replaces them all): the task as listed, with only
 * the options given changed — what an operator who types `--end` expects. A VOD playlist keeps its
 * loops when only its files change, and each file its offsets; `--loops` on a live source is a usage mistake; `--title ''`
 * and `--callback ''` clear those.
 */
export function updatedTaskRequest(current: RelayTask, group: string, given: TaskOptions): UpdateTaskRequest {
  const source = given.source ?? { sourceType: current.sourceType ?? 'live', sources: current.sources };
  if (given.loops !== undefined && source.sourceType !== 'vod') throw usageError('cli.usage.relayLoopsLive');
  const keptLoops = current.sourceType === 'vod' ? current.loops : null;
  return {
    id: current.id,
    group,
    start: given.start ?? current.start ?? '',
    end: given.end ?? current.end ?? '',
    sourceType: source.sourceType,
    sources: source.sources,
    ...(source.sourceType === 'vod' ? offsetsOf(current, source.sources) : {}),
    destination: given.destination ?? current.destination ?? '',
    ...optionalSettings({
      title: given.title ?? current.title,
      loops: source.sourceType === 'vod' ? (given.loops ?? keptLoops) : null,
      callbackUrl: given.callbackUrl ?? current.callbackUrl,
    }),
  };
}
