import { z } from 'zod';
import { utcSeconds } from '../../utc-seconds';

/** Beijing time, the zone assumed for times the cloud writes without one (see {@link normaliseCloudTime}). */
const zonelessOffsetMinutes = 8 * 60;

// Groups: year, month, day, hour, minute, second, fraction, zone.
const statedZoneForm = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const zonelessForm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;

/**
 * Times as the cloud writes them, turned into the one form every screen gets: ISO 8601 in UTC with
 * milliseconds (`2024-11-13T09:20:47.000Z`, `Date#toISOString`). The references mix formats, even
 * inside one record, so every action reads its times through here and nothing else parses dates.
 *
 * Accepted, and where each comes from:
 *
 * 1. `yyyy-MM-ddTHH:mm:ssZ` — UTC, whole seconds. Almost every Alibaba answer: `UpstreamTime` and
 *    `ChangeTime` (aliyun-live.md §2.1), `GmtCreated`/`GmtModified` (§4.1), `PublishTime` (§4.2),
 *    a studio's `LastModified` (§3.3). Also the form the cloud wants in parameters.
 * 2. `yyyy-MM-ddTHH:mmZ` — UTC, minute precision (seconds zero): the other ISO form Alibaba's Live
 *    pages write (their statistics calls); aliyun-live.md shows no example of it, but a reader that
 *    refused it would turn a harmless answer into an error.
 * 3. Either of those with a fraction of a second (`…:47.5Z`, kept to the millisecond) or with a
 *    stated offset instead of `Z` (`2022-04-01T00:00:00+08:00`, the RFC 3339 times of
 *    volcengine-live.md's task list). A stated zone is always honoured.
 * 4. `yyyy-MM-dd HH:mm:ss` and `yyyy-MM-dd HH:mm:ss.S` — NO zone: a studio's `CreateTime`,
 *    `PurchaseTime`, `ExpireTime`, `StartTime` (`2017-08-30 12:02:57.0`, §3.3). These are read as
 *    Beijing time (UTC+8, {@link zonelessOffsetMinutes}): the shape is a Java `Timestamp` printed
 *    in the server's local zone, Alibaba's servers and consoles keep China Standard Time, the
 *    reference itself says "probably Beijing time" (§3.3, unconfirmed — §10 item 6), and China has
 *    had no daylight saving since 1991, so a fixed +08:00 is exact if the premise holds. Should the
 *    cloud ever be seen writing UTC here, this one constant changes.
 *
 * Anything else — a date without a time, an impossible date (`2024-02-30`), an offset beyond ±14 h
 * — is refused rather than guessed.
 */
export function normaliseCloudTime(text: string): string | null {
  const stated = statedZoneForm.exec(text);
  if (stated) return toIso(stated, offsetMinutes(stated[8] ?? 'Z'));
  const zoneless = zonelessForm.exec(text);
  return zoneless ? toIso(zoneless, zonelessOffsetMinutes) : null;
}

function offsetMinutes(zone: string): number | null {
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 14 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function toIso(parts: RegExpExecArray, offset: number | null): string | null {
  if (offset === null) return null;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const millis = Number((parts[7] ?? '').padEnd(3, '0').slice(0, 3));
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  // Date.UTC rolls 2024-02-30 over to March; a round trip that changes the fields was not a date.
  const same =
    wallClock.getUTCFullYear() === year &&
    wallClock.getUTCMonth() === month - 1 &&
    wallClock.getUTCDate() === day &&
    wallClock.getUTCHours() === hour &&
    wallClock.getUTCMinutes() === minute &&
    wallClock.getUTCSeconds() === second;
  return same ? new Date(wallClock.getTime() - offset * 60_000).toISOString() : null;
}

/**
 * A time in a cloud answer, in any accepted format, arriving as ISO 8601 UTC. A time the cloud
 * wrote in no documented form makes the whole answer `cloud.unexpectedResponse`: a wrong ingest
 * time on the failover board is worse than an error.
 */
export const CloudTime = z.string().transform((text, context) => {
  const iso = normaliseCloudTime(text);
  if (iso === null) context.addIssue({ code: 'custom', message: `not a time in a documented format: "${text.slice(0, 40)}"` });
  return iso ?? z.NEVER;
});

/**
 * A time the operator gives for a request, sent as Alibaba's parameter form (`yyyy-MM-ddTHH:mm:ssZ`,
 * whole seconds, aliyun-live.md §2.1). It must state its zone (`Z` or an offset): a bare local time
 * typed at a desk in one city and read in another is exactly the bug §8 warns about. Fractions of
 * a second are dropped, as the cloud takes none.
 */
export const RequestTime = z
  .string()
  .trim()
  .transform((text, context) => {
    const iso = statedZoneForm.test(text) ? normaliseCloudTime(text) : null;
    if (iso === null) context.addIssue({ code: 'custom', message: 'invalidDate' });
    return iso === null ? z.NEVER : utcSeconds(new Date(iso));
  });
