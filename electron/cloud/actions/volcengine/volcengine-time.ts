import { parseInstant } from '../../../../shared/domain/relay-validation';
import { utcSeconds } from '../../utc-seconds';

/**
 * Volcengine writes one instant several ways: task create/update take Unix seconds, the task
 * lists answer RFC 3339 with the Beijing offset (`2022-04-01T00:00:00+08:00`, volcengine-live.md
 * §5.4), and SDK models type the same fields loosely. This reads any of them — seconds as a number
 * or a digit string, RFC 3339 with `T` or a space and an offset with or without its colon — into
 * ISO 8601 UTC to the second (`2022-03-31T16:00:00Z`), the one form the screens show and compare.
 * Null for no time (empty, zero) or one it cannot read: a wrong instant on a producer's schedule
 * is worse than an honest blank.
 */
export function volcengineTimeToIso(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const ms = typeof value === 'number' ? value * 1000 : instantOf(value.trim());
  if (ms === null || ms <= 0) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : utcSeconds(date);
}

function instantOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  return parseInstant(text.replace(/^(\S+) (\S+)$/, '$1T$2').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/**
 * An RFC 3339 instant as the Unix seconds task create/update send. Only for input the action's
 * schema has already checked with the same parser; anything else is a bug and throws.
 */
export function unixSeconds(rfc3339: string): number {
  const ms = parseInstant(rfc3339);
  if (ms === null) throw new RangeError(`not an RFC 3339 instant: ${rfc3339}`);
  return Math.floor(ms / 1000);
}
