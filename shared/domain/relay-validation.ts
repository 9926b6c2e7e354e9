import type { FieldIssue, FieldIssues } from '../errors/field-issue';
import type { RelayGroupDraft, RelayTagDraft, RelayTaskDraft } from './relays';

/** Volcengine's limits for relay groups and tasks (volcengine-live.md §4.1, §5.1). */
export const relayLimits = {
  /** Group names and task titles: Chinese characters, letters and digits. */
  nameLength: 20,
  projectLength: 64,
  windowDays: 7,
  vodSources: 30,
  sourceUrlLength: 1000,
  callbackUrlLength: 512,
  // Volcengine's resource-tag limits; the live reference names none of its own.
  tagKeyLength: 128,
  tagValueLength: 256,
} as const;

const dayMs = 86_400_000;
const relayNameCharacter = /[\p{Script=Han}A-Za-z0-9]/u;
const hostPart = '(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)(:\\d{1,5})?';
// A stream address: the schemes relays pull and push (RTMP, and HTTP for FLV, HLS and VOD files),
// a host and an optional port, then anything without spaces. No user:password@, which would end
// up in the journal.
const streamUrlPattern = new RegExp(`^(rtmps?|https?)://${hostPart}([/?#]\\S*)?$`, 'i');
const callbackUrlPattern = new RegExp(`^https?://${hostPart}([/?#]\\S*)?$`, 'i');
const pushPathPattern = /^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+)\/([^\s/?#]+)\/([^\s/?#]+)$/;
const rfc3339Pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/i;

const issue = (code: FieldIssue['code'], params: FieldIssue['params'] = {}): FieldIssue => ({ code, params });

/**
 * A relay group name or task title as Volcengine accepts it: 1–20 characters, each a Chinese
 * character, a letter or a digit — no spaces, punctuation or emoji. Counted in characters, not
 * UTF-16 units, as the console does.
 */
export function isRelayName(name: string): boolean {
  return relayNameIssue(name) === null;
}

/**
 * Why a name is not a relay name, as the form says it while the operator types: too long (with the
 * limit), or the characters that cannot be used, each once and in order (`"Show 1!"` → `" ", "!"`),
 * so the operator sees what to remove rather than a rule to re-read. Null for a good name.
 */
export function relayNameIssue(name: string): FieldIssue | null {
  if (!name) return issue('required');
  const characters = [...name];
  const refused = [...new Set(characters.filter((character) => !relayNameCharacter.test(character)))];
  if (refused.length > 0) return issue('relayNameCharacters', { chars: refused.map((character) => `“${character}”`).join(' ') });
  return characters.length > relayLimits.nameLength ? issue('tooLong', { max: relayLimits.nameLength }) : null;
}

/** A pull or push address the relay can use: rtmp(s):// or http(s):// with a host. */
export function isStreamUrl(url: string): boolean {
  return streamUrlPattern.test(url);
}

/** Where a task pushes: a full URL (may be a third party), or a push domain of this account. */
export type RelayDestination = { url: string } | { domain: string; app: string; stream: string };

/**
 * Reads a destination typed in one field: `rtmp://push.example.com/live/match1` is a URL;
 * `push.example.com/live/match1` names a push domain, app and stream of this Live account. Null
 * when it is neither.
 */
export function parseRelayDestination(text: string): RelayDestination | null {
  if (isStreamUrl(text)) return { url: text };
  const path = pushPathPattern.exec(text);
  return path?.[1] && path[5] && path[6] ? { domain: path[1], app: path[5], stream: path[6] } : null;
}

/**
 * The instant an RFC 3339 time names (`2024-06-19T15:13:06+08:00`, `…Z`), in epoch ms; null for
 * anything else. A zone is required — a bare local time means different instants on different
 * desks — and impossible dates (`02-30`) are refused rather than rolled over as `Date.parse` does.
 */
export function parseInstant(text: string): number | null {
  const m = rfc3339Pattern.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const local = Date.UTC(year, month - 1, day, hour, minute, second, Math.floor(Number(m[7] ?? 0) * 1000));
  const check = new Date(local);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || check.getUTCHours() !== hour) return null;
  if (minute > 59 || second > 59) return null;
  if (!m[9]) return local;
  const offsetHours = Number(m[10]);
  const offsetMinutes = Number(m[11]);
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const offsetMs = (offsetHours * 60 + offsetMinutes) * 60_000;
  return m[9] === '+' ? local - offsetMs : local + offsetMs;
}

function checkText(value: string, max: number, field: string, issues: FieldIssues): boolean {
  if (!value) issues[field] = issue('required');
  else if ([...value].length > max) issues[field] = issue('tooLong', { max });
  return field in issues;
}

function checkTags(tags: readonly RelayTagDraft[], issues: FieldIssues): void {
  tags.forEach((tag, index) => {
    if (tag.category === 'System') return;
    checkText(tag.key, relayLimits.tagKeyLength, `tags.${index}.key`, issues);
    if ([...tag.value].length > relayLimits.tagValueLength) issues[`tags.${index}.value`] = issue('tooLong', { max: relayLimits.tagValueLength });
  });
}

/**
 * Every rule a new relay group must meet, per field. Pure, so the form checks as the operator
 * types and main checks again, with the same words, before anything is sent.
 */
export function validateRelayGroupDraft(draft: RelayGroupDraft): FieldIssues {
  const issues: FieldIssues = {};
  const nameIssue = relayNameIssue(draft.name);
  if (nameIssue) issues.name = nameIssue;
  checkText(draft.project, relayLimits.projectLength, 'project', issues);
  checkTags(draft.tags ?? [], issues);
  return issues;
}

/** Rules for a group's tags alone, for the tag editor of an existing group. */
export function validateRelayTags(tags: readonly RelayTagDraft[]): FieldIssues {
  const issues: FieldIssues = {};
  checkTags(tags, issues);
  return issues;
}

function checkWindow(start: string, end: string, issues: FieldIssues): void {
  const startMs = parseInstant(start);
  const endMs = parseInstant(end);
  if (startMs === null) issues.start = issue(start ? 'invalidDate' : 'required');
  if (endMs === null) issues.end = issue(end ? 'invalidDate' : 'required');
  if (startMs === null || endMs === null) return;
  if (endMs <= startMs) issues.end = issue('endBeforeStart');
  else if (endMs - startMs > relayLimits.windowDays * dayMs) issues.end = issue('windowTooLong', { days: relayLimits.windowDays });
}

function checkSources(draft: RelayTaskDraft, issues: FieldIssues): void {
  const max = draft.sourceType === 'live' ? 1 : relayLimits.vodSources;
  if (draft.sources.length === 0) issues.sources = issue('required');
  else if (draft.sources.length > max) issues.sources = issue('outOfRange', { min: 1, max });
  draft.sources.forEach((url, index) => {
    const field = `sources.${index}`;
    if (!checkText(url, relayLimits.sourceUrlLength, field, issues) && !isStreamUrl(url)) issues[field] = issue('invalidUrl');
  });
  const offsets = draft.offsets ?? [];
  const offsetsFit = offsets.length === 0 || (draft.sourceType === 'vod' && offsets.length === draft.sources.length);
  const offsetsValid = offsets.every(({ start, end }) => (start ?? 0) >= 0 && (end === null || end > (start ?? 0)));
  if (!offsetsFit || !offsetsValid) issues.offsets = issue('invalid');
  const loops = draft.loops;
  if (draft.sourceType === 'vod' && loops !== undefined && loops !== 'untilEnd' && !(Number.isInteger(loops) && loops >= 1)) {
    issues.loops = issue('invalid');
  }
}

/**
 * Every rule a relay task must meet, per field: a title like a group name, a window that ends
 * after it starts and spans at most 7 days, one live source or 1–30 VOD files as stream URLs, a
 * destination that is a push URL or `domain/app/stream`, and an http(s) callback.
 */
export function validateRelayTaskDraft(draft: RelayTaskDraft): FieldIssues {
  const issues: FieldIssues = {};
  // Titles follow the group-name rule word for word, so they share its messages.
  const titleIssue = draft.title ? relayNameIssue(draft.title) : null;
  if (titleIssue) issues.title = titleIssue;
  checkWindow(draft.start, draft.end, issues);
  checkSources(draft, issues);
  if (!draft.destination) issues.destination = issue('required');
  else if (!parseRelayDestination(draft.destination)) issues.destination = issue('invalidUrl');
  const callback = draft.callbackUrl;
  if (callback && !checkText(callback, relayLimits.callbackUrlLength, 'callbackUrl', issues) && !callbackUrlPattern.test(callback)) {
    issues.callbackUrl = issue('invalidUrl');
  }
  return issues;
}
