const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The ISO 8601 UTC instant of a `datetime-local` value, which the operator entered in their own
 * time zone. Empty stays empty ("no expiry"); a value that is not a date is passed on unchanged,
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
 * expiry. Empty for none or an unreadable value.
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
 * An ISO instant as `YYYY-MM-DD HH:mm` in UTC, shown beside the local input so the operator can
 * compare it with the expiry the cloud console or the STS response printed. Null if unreadable.
 */
export function formatUtc(iso: string): string | null {
  const instant = new Date(iso);
  if (!iso || Number.isNaN(instant.getTime())) return null;
  return (
    `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())} ` +
    `${pad(instant.getUTCHours())}:${pad(instant.getUTCMinutes())}`
  );
}
