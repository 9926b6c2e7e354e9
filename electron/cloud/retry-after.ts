/**
 * The longest wait a cloud's retry hint may impose. A live show cannot stall on a misconfigured
 * header: beyond a minute the operator is better served by the throttling message than by a
 * button that silently waits.
 */
export const maxRetryAfterMs = 60_000;

const digits = /^\d+$/;

/**
 * The cloud's retry hint in milliseconds, or null when it gave none. `x-acs-retry-after` (Alibaba
 * Cloud's gateway) is read as milliseconds: its units are not documented for Live, but the official
 * Darabonba SDKs consume it as milliseconds (their tests stub "80" and expect a wait of ~80 ms).
 * The standard `Retry-After` is seconds or an HTTP date; a date is measured from the answer's own
 * `Date` header when it has one, so a skewed local clock cannot stretch or cancel the wait. Zero,
 * negative or unreadable values give null; anything longer than a minute is capped.
 */
export function retryAfterMs(headers: Readonly<Record<string, string>>, nowMs: number): number | null {
  const acs = headers['x-acs-retry-after']?.trim();
  if (acs !== undefined && digits.test(acs)) return positiveCapped(Number(acs));
  const standard = headers['retry-after']?.trim();
  if (standard === undefined || standard === '') return null;
  if (digits.test(standard)) return positiveCapped(Number(standard) * 1000);
  const at = Date.parse(standard);
  if (Number.isNaN(at)) return null;
  const serverNow = Date.parse(headers.date ?? '');
  return positiveCapped(at - (Number.isNaN(serverNow) ? nowMs : serverNow));
}

function positiveCapped(ms: number): number | null {
  return ms > 0 ? Math.min(ms, maxRetryAfterMs) : null;
}
