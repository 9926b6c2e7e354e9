import { parseInstant } from '../../shared/domain/relay-validation';
import { utcSeconds } from '../cloud/utc-seconds';
import { usageError } from './exit-codes';
import type { ParsedArgs } from './parse-command-line';

// Times as an operator types them on the command line and reads them back (a relay task's window,
// the journal's --since): an RFC 3339 time with its zone, or a wall-clock time of this terminal's
// time zone (the process's TZ) — what a producer scheduling tonight's show has in mind. Either way
// it is one instant, and every time printed is shown in both the terminal's zone and UTC.

// A date, a time to the minute or second, and a zone (`Z`, `+08:00`) or none for the local one.
const timePattern = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})?$/;

/** A time argument read: the instant as RFC 3339 UTC to the second, or why it names none. */
export type TimeArgument = { instant: string } | { problem: 'unreadable' | 'skipped' };

/**
 * Reads a time argument (`--start`, `--since`): `2026-11-23T20:00:00+08:00` or `…Z` (seconds may be left out, a space
 * may stand for the T) is that instant; `2026-11-23 20:00[:SS]` or `2026-11-23T20:00[:SS]` is that
 * wall-clock time in this process's time zone. An impossible date (`02-30`) is `unreadable`, a
 * local time the clocks jump over (a daylight-saving gap) `skipped`; neither is moved to a guess.
 */
export function parseTimeArgument(text: string): TimeArgument {
  const m = timePattern.exec(text.trim());
  if (!m) return { problem: 'unreadable' };
  const [, yearText, monthText, dayText, hourText, minuteText, secondText = '00', fraction = '', zone] = m;
  if (zone) {
    const instant = parseInstant(`${yearText}-${monthText}-${dayText}T${hourText}:${minuteText}:${secondText}${fraction}${zone}`);
    return instant === null ? { problem: 'unreadable' } : { instant: utcSeconds(new Date(instant)) };
  }
  const [year, month, day, hour, minute, second] = [yearText, monthText, dayText, hourText, minuteText, secondText].map(Number) as [number, number, number, number, number, number];
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const wallParts = [wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()];
  if (wallParts.join() !== [year, month, day, hour, minute, second].join()) return { problem: 'unreadable' };
  const local = new Date(year, month - 1, day, hour, minute, second);
  if (local.getDate() !== day || local.getHours() !== hour || local.getMinutes() !== minute) return { problem: 'skipped' };
  return { instant: utcSeconds(local) };
}

/**
 * A time option (`--start`, `--since`) as an RFC 3339 UTC instant, or undefined when not given;
 * one lcr cannot read, or a local time the clocks skip, is a usage error that says how to write it.
 */
export function readTime(args: ParsedArgs, name: string): string | undefined {
  const text = args.string(name);
  if (text === undefined) return undefined;
  const read = parseTimeArgument(text);
  if ('instant' in read) return read.instant;
  const key = read.problem === 'skipped' ? 'cli.usage.relayTimeSkipped' : 'cli.usage.relayTime';
  throw usageError(key, { option: `--${name}`, value: text, zone: localZoneName() });
}

/** This terminal's time zone by name (`Asia/Shanghai`), for saying which zone a local time is read in. */
export function localZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Which zone a time is written in: the terminal's, or UTC. */
export type TimeZoneView = 'local' | 'utc';

/** One instant's parts as printed: date, hour and minute, the seconds, and the zone's label. */
interface Stamp {
  date: string;
  minutes: string;
  seconds: number;
  zone: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** `+08:00` for an offset east of UTC in minutes. */
function offsetLabel(eastMinutes: number): string {
  const sign = eastMinutes < 0 ? '-' : '+';
  const size = Math.abs(eastMinutes);
  return `${sign}${two(Math.floor(size / 60))}:${two(size % 60)}`;
}

function stampOf(iso: string, view: TimeZoneView): Stamp | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  if (view === 'utc') {
    return { date: `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`, minutes: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`, seconds: d.getUTCSeconds(), zone: 'UTC' };
  }
  return { date: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`, minutes: `${two(d.getHours())}:${two(d.getMinutes())}`, seconds: d.getSeconds(), zone: offsetLabel(-d.getTimezoneOffset()) };
}

/** An instant in the terminal's zone with its offset: `2026-11-23 20:00 +08:00` (seconds when not zero). */
export function localStamp(iso: string): string {
  const stamp = stampOf(iso, 'local');
  if (!stamp) return iso;
  return `${stamp.date} ${stamp.minutes}${stamp.seconds ? `:${two(stamp.seconds)}` : ''} ${stamp.zone}`;
}

/**
 * A task's window in one zone, as short as it stays unambiguous: `2026-11-23 20:00 – 23:00 +08:00`
 * within one day; both dates across midnight; both offsets across a daylight-saving change; `?`
 * for a time the cloud did not give. Seconds show when either end has them.
 */
export function windowText(start: string | null, end: string | null, view: TimeZoneView): string {
  const from = start === null ? null : stampOf(start, view);
  const to = end === null ? null : stampOf(end, view);
  const withSeconds = (from?.seconds ?? 0) !== 0 || (to?.seconds ?? 0) !== 0;
  const time = (stamp: Stamp) => (withSeconds ? `${stamp.minutes}:${two(stamp.seconds)}` : stamp.minutes);
  const full = (stamp: Stamp | null) => (stamp ? `${stamp.date} ${time(stamp)} ${stamp.zone}` : '?');
  if (!from || !to || from.zone !== to.zone) return `${full(from)} – ${full(to)}`;
  if (from.date === to.date) return `${from.date} ${time(from)} – ${time(to)} ${to.zone}`;
  return `${from.date} ${time(from)} – ${to.date} ${time(to)} ${to.zone}`;
}
