import { utcSeconds } from '../../cloud/utc-seconds';

/**
 * The time formats Alibaba's Live answers mix (aliyun-live.md §0, §3.3), written from the
 * rehearsal cloud's epoch milliseconds. The client reads every one of them, so a handler that
 * wrote the wrong form for a field would fail the client exactly as the real cloud's would not.
 */

/** China Standard Time: the zone the studio list's zoneless times are written in (§3.3). */
const beijingOffsetMs = 8 * 3_600_000;

/**
 * `yyyy-MM-ddTHH:mm:ssZ` in UTC, whole seconds: `UpstreamTime`, `ChangeTime`, `PublishTime`,
 * `GmtCreated`, a studio's `LastModified` — almost every time an Alibaba answer carries.
 */
export function utcText(epochMs: number): string {
  return utcSeconds(new Date(epochMs));
}

/**
 * `yyyy-MM-dd HH:mm:ss.S` in Beijing time without a zone, the way a Java `Timestamp` prints:
 * the fraction keeps its significant digits (`.0` on a whole second, `.5`, `.123`). A studio's
 * `CreateTime`, `PurchaseTime`, `ExpireTime` and `StartTime` (§3.3).
 */
export function beijingText(epochMs: number): string {
  const wallClock = new Date(epochMs + beijingOffsetMs).toISOString();
  const fraction = wallClock.slice(20, 23).replace(/0+$/, '') || '0';
  return `${wallClock.slice(0, 10)} ${wallClock.slice(11, 19)}.${fraction}`;
}

/** `h:mm:ss` with unbounded hours, as a studio's `Duration` (§3.3). */
export function durationText(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/**
 * A parameter time in the only form the Live actions take (`yyyy-MM-ddTHH:mm:ssZ`, §2.1, §3.3),
 * as epoch milliseconds; null when the text is not exactly that form or not a real date.
 */
export function parseUtcText(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(text)) return null;
  const epochMs = Date.parse(text);
  return Number.isNaN(epochMs) || utcText(epochMs) !== text ? null : epochMs;
}
