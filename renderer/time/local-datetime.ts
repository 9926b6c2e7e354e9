// Instants as the operator enters and reads them: `datetime-local` inputs in the desk's own time
// zone, stored and sent as UTC, with the UTC value shown beside the local one (STS expiries and
// relay windows are printed in UTC by consoles and APIs).

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The ISO 8601 UTC instant of a `datetime-local` value, which the operator entered in their own
 * time zone. Empty stays empty ("none"); a value that is not a date is passed on unchanged,
 * so validation names it as such instead of it silently vanishing.
 */
export function localInputToIso(value: string): string {
  const trimmed = value.trim();
  if (!trimmed) return '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(trimmed)) return trimmed;
  // Without an offset, a date-time string is read in the local time zone (ECMA-262 Date.parse).
  const instant = new Date(trimmed);
  return Number.isNaN(instant.getTime()) ? trimmed : instant.toISOString();
}

/**
 * The `datetime-local` value (minutes, local time zone) of an ISO instant, for editing a stored
 * one. Empty for none or an unreadable value.
 */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  return (
    `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}`
  );
}

/**
 * An ISO instant as `YYYY-MM-DD HH:mm` in UTC, shown beside the local value so the operator can
 * compare it with what the cloud console or an API response printed. Null if unreadable.
 */
export function formatUtc(iso: string): string | null {
  const instant = new Date(iso);
  if (!iso || Number.isNaN(instant.getTime())) return null;
  return (
    `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())} ` +
    `${pad(instant.getUTCHours())}:${pad(instant.getUTCMinutes())}`
  );
}

/**
 * An ISO instant as `YYYY-MM-DD HH:mm` in the desk's time zone: the same compact form as
 * `formatUtc`, so the two read side by side. Null if unreadable.
 */
export function formatLocal(iso: string): string | null {
  const local = isoToLocalInput(iso);
  return local ? local.replace('T', ' ') : null;
}

/** The operator's time zone as the browser names it (an IANA id such as `Asia/Shanghai`). */
export function timeZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** An instant as the desk's local time of day to the second (`20:52:36`). */
export function localTime(iso: string): string {
  const date = new Date(iso);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Seconds since an instant, never negative; null when there is none yet. */
export function ageSeconds(iso: string | null, now: Date): number | null {
  if (iso === null) return null;
  return Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
}
