import { describe, expect, it } from 'vitest';
import { localStamp, localZoneName, parseTimeArgument, windowText } from '../../../electron/cli/time-arguments';
import { useTimeZone } from '../support/time-zone';

// A relay task's times on the command line: read with a zone or in this terminal's zone (the
// process's TZ), written back in both. The tests run in Shanghai (no daylight saving) and Berlin
// (whose clocks skip 02:00–03:00 on 2026-03-29 and repeat 02:00–03:00 on 2026-10-25).

const inZone = useTimeZone();

describe('parseTimeArgument', () => {
  it('reads an RFC 3339 time with its zone as that instant, whatever the terminal\'s zone', () => {
    inZone('America/New_York');
    expect(parseTimeArgument('2026-11-23T20:00:00+08:00')).toEqual({ instant: '2026-11-23T12:00:00Z' });
    expect(parseTimeArgument('2026-11-23T12:00:00Z')).toEqual({ instant: '2026-11-23T12:00:00Z' });
    expect(parseTimeArgument('2026-11-23t12:00:00.750z')).toEqual({ instant: '2026-11-23T12:00:00Z' });
    expect(parseTimeArgument(' 2026-11-23 20:00+08:00 ')).toEqual({ instant: '2026-11-23T12:00:00Z' });
    expect(parseTimeArgument('2026-11-23T20:00:00-05:30')).toEqual({ instant: '2026-11-24T01:30:00Z' });
  });

  it('reads a time without a zone in the terminal\'s zone, to the minute or the second, with a space or a T', () => {
    inZone('Asia/Shanghai');
    expect(localZoneName()).toBe('Asia/Shanghai');
    expect(parseTimeArgument('2026-11-23 20:00')).toEqual({ instant: '2026-11-23T12:00:00Z' });
    expect(parseTimeArgument('2026-11-23T20:00:30')).toEqual({ instant: '2026-11-23T12:00:30Z' });
    expect(parseTimeArgument('2026-01-01 00:00')).toEqual({ instant: '2025-12-31T16:00:00Z' });
    inZone('UTC');
    expect(parseTimeArgument('2026-11-23 20:00')).toEqual({ instant: '2026-11-23T20:00:00Z' });
  });

  it('follows daylight saving: a summer time is read with the summer offset', () => {
    inZone('Europe/Berlin');
    expect(parseTimeArgument('2026-07-01 20:00')).toEqual({ instant: '2026-07-01T18:00:00Z' });
    expect(parseTimeArgument('2026-12-01 20:00')).toEqual({ instant: '2026-12-01T19:00:00Z' });
  });

  it('refuses a local time the clocks skip rather than move it', () => {
    inZone('Europe/Berlin');
    expect(parseTimeArgument('2026-03-29 02:30')).toEqual({ problem: 'skipped' });
    expect(parseTimeArgument('2026-03-29 03:30')).toEqual({ instant: '2026-03-29T01:30:00Z' });
  });

  it('refuses what is not a time, and impossible dates and times, rather than roll them over', () => {
    inZone('Asia/Shanghai');
    for (const text of ['tomorrow', '', '2026-11-23', '20:00', '2026-11-23 8:00', '2026/11/23 20:00', '2026-02-30 20:00', '2026-11-23 24:00', '2026-11-23 20:60', '2026-11-23T20:00:00+08', '2026-11-23T20:00:00+24:00', '0050-01-01 00:00']) {
      expect(parseTimeArgument(text), text).toEqual({ problem: 'unreadable' });
    }
  });
});

describe('localStamp and windowText', () => {
  it('writes an instant in the terminal\'s zone with its offset, seconds only when there are some', () => {
    inZone('Asia/Shanghai');
    expect(localStamp('2026-11-23T12:00:00Z')).toBe('2026-11-23 20:00 +08:00');
    expect(localStamp('2026-11-23T12:00:07Z')).toBe('2026-11-23 20:00:07 +08:00');
    inZone('America/St_Johns');
    expect(localStamp('2026-11-23T12:00:00Z')).toBe('2026-11-23 08:30 -03:30');
  });

  it('writes a window as short as it stays unambiguous, in either zone', () => {
    inZone('Asia/Shanghai');
    expect(windowText('2026-11-23T12:00:00Z', '2026-11-23T15:00:00Z', 'local')).toBe('2026-11-23 20:00 – 23:00 +08:00');
    expect(windowText('2026-11-23T12:00:00Z', '2026-11-23T15:00:00Z', 'utc')).toBe('2026-11-23 12:00 – 15:00 UTC');
    expect(windowText('2026-11-23T12:00:00Z', '2026-11-23T18:00:00Z', 'local')).toBe('2026-11-23 20:00 – 2026-11-24 02:00 +08:00');
    expect(windowText('2026-11-23T12:00:00Z', '2026-11-23T15:00:30Z', 'utc')).toBe('2026-11-23 12:00:00 – 15:00:30 UTC');
    expect(windowText(null, '2026-11-23T15:00:00Z', 'utc')).toBe('? – 2026-11-23 15:00 UTC');
    inZone('Europe/Berlin');
    expect(windowText('2026-03-28T22:00:00Z', '2026-03-29T03:00:00Z', 'local')).toBe('2026-03-28 23:00 +01:00 – 2026-03-29 05:00 +02:00');
  });
});
