// Instants as the operator enters and reads them: `datetime-local` inputs in the desk's time zone
// (the zone Settings chose: the workstation's own, UTC or a named one), stored and sent as UTC,
// with the UTC value shown beside the zoned one (STS expiries and relay windows are printed in
// UTC by consoles and APIs). Every function takes the zone as an IANA id (see desk-zone.ts).

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The wall-clock fields of an instant in a zone: year, month (1–12), day, hour, minute, second. */
type Wall = [number, number, number, number, number, number];

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter per zone, made once: making one costs far more than using it. */
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** An instant's wall clock in `zone`. */
function wallIn(ms: number, zone: string): Wall {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(ms).map((part) => [part.type, Number(part.value)]));
  return [parts.year ?? 0, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0];
}

/** The wall clock read as if it were UTC (so two walls compare as numbers). */
function wallAsUtc([year, month, day, hour, minute, second]: Wall): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** How far `zone`'s clock is ahead of UTC at an instant (ms). */
function offsetAt(ms: number, zone: string): number {
  return wallAsUtc(wallIn(ms, zone)) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `zone` names, as a browser's own `Date` does for its zone: a
 * time the clock repeated when daylight saving ended names its first occurrence; a time it skipped
 * when daylight saving began is read with the offset from before (02:30 → 03:30). The UTC value
 * shown beside every input says which instant it is.
 */
function instantOf(wall: Wall, zone: string): number {
  const asUtc = wallAsUtc(wall);
  const day = 86_400_000;
  const before = asUtc - offsetAt(asUtc - day, zone);
  const after = asUtc - offsetAt(asUtc + day, zone);
  const named = [before, after].filter((instant) => offsetAt(instant, zone) === asUtc - instant);
  return named.length > 0 ? Math.min(...named) : before;
}

const localInput = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * The ISO 8601 UTC instant of a `datetime-local` value, which the operator entered in the desk's
 * zone. Empty stays empty ("none"); a value that is not a date is passed on unchanged, so
 * validation names it as such instead of it silently vanishing.
 */
export function localInputToIso(value: string, zone: string): string {
  const trimmed = value.trim();
  if (!trimmed) return '';
  const match = localInput.exec(trimmed);
  if (!match) return trimmed;
  const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0)) as Wall;
  const millis = Number((match[7] ?? '').padEnd(3, '0'));
  const wall: Wall = [year, month, day, hour, minute, second];
  // A date the calendar does not have (February 30th, 25 o'clock) is not a date.
  const check = new Date(wallAsUtc(wall));
  if (check.getUTCMonth() + 1 !== month || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return trimmed;
  return new Date(instantOf(wall, zone) + millis).toISOString();
}

/** An instant's wall clock in `zone`, or null when it is not one. */
function wallOf(iso: string | null, zone: string): Wall | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : wallIn(ms, zone);
}

/**
 * The `datetime-local` value (minutes, the desk's zone) of an ISO instant, for editing a stored
 * one. Empty for none or an unreadable value.
 */
export function isoToLocalInput(iso: string | null, zone: string): string {
  const wall = wallOf(iso, zone);
  if (!wall) return '';
  const [year, month, day, hour, minute] = wall;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/**
 * An ISO instant as `YYYY-MM-DD HH:mm` in UTC, shown beside the zoned value so the operator can
 * compare it with what the cloud console or an API response printed. Null if unreadable.
 */
export function formatUtc(iso: string): string | null {
  const local = isoToLocalInput(iso, 'UTC');
  return local ? local.replace('T', ' ') : null;
}

/**
 * An ISO instant as `YYYY-MM-DD HH:mm` in the desk's zone: the same compact form as `formatUtc`,
 * so the two read side by side. Null if unreadable.
 */
export function formatLocal(iso: string, zone: string): string | null {
  const local = isoToLocalInput(iso, zone);
  return local ? local.replace('T', ' ') : null;
}

/** An instant as the desk's time of day to the second (`20:52:36`); empty if unreadable. */
export function localTime(iso: string, zone: string): string {
  const wall = wallOf(iso, zone);
  return wall ? `${pad(wall[3])}:${pad(wall[4])}:${pad(wall[5])}` : '';
}

/** Seconds since an instant, never negative; null when there is none yet. */
export function ageSeconds(iso: string | null, now: Date): number | null {
  if (iso === null) return null;
  return Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
}
