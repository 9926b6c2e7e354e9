/**
 * A signing time as both clouds want it: UTC, whole seconds, `yyyy-MM-ddTHH:mm:ssZ`.
 *
 * `Date#toISOString()` adds milliseconds, which Alibaba rejects (`InvalidTimeStamp.Format`);
 * formatting local time with a `Z` is the other classic clock bug, so this only ever reads UTC.
 * Volcengine's `X-Date` is the same instant with `-` and `:` removed. The time is an input of the
 * signers (they never read the clock), so the transport can apply its clock-skew correction.
 * An invalid Date throws `RangeError`.
 */
export function utcSeconds(date: Date): string {
  return `${date.toISOString().slice(0, -5)}Z`;
}
