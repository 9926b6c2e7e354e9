import { describe, expect, it } from 'vitest';
import { formatLocal, formatUtc, isoToLocalInput, localInputToIso, localTime } from '../../../../renderer/time/local-datetime';
import { resolveZone } from '../../../../renderer/time/desk-zone';
import { systemTimeZone } from '../../../../shared/domain/settings';
import { useTimeZone } from '../../support/time-zone';

// Times in the desk's zone, named explicitly: Shanghai (UTC+8, no daylight saving) so the expected
// instants are fixed, New York to cross daylight-saving changes, UTC as a control room often runs.
// The process itself is put in Tokyo, to show no function reads the workstation's zone by accident.
useTimeZone('Asia/Tokyo');
const shanghai = 'Asia/Shanghai';
const newYork = 'America/New_York';

describe('datetime-local ⇄ ISO 8601 UTC, in the desk\'s zone', () => {
  it('reads the input in the zone given, whatever the workstation\'s zone, and answers UTC', () => {
    expect(localInputToIso('2025-06-01T16:30', shanghai)).toBe('2025-06-01T08:30:00.000Z');
    expect(localInputToIso('2025-01-01T07:59:30', shanghai)).toBe('2024-12-31T23:59:30.000Z');
    expect(localInputToIso('2025-06-01T16:30', 'UTC')).toBe('2025-06-01T16:30:00.000Z');
    expect(localInputToIso('2025-06-01T16:30:05.250', 'UTC')).toBe('2025-06-01T16:30:05.250Z');
  });

  it('follows daylight saving time in zones that have it, across both changes', () => {
    expect(localInputToIso('2025-01-15T12:00', newYork)).toBe('2025-01-15T17:00:00.000Z');
    expect(localInputToIso('2025-07-15T12:00', newYork)).toBe('2025-07-15T16:00:00.000Z');
    expect(isoToLocalInput('2025-07-15T16:00:00Z', newYork)).toBe('2025-07-15T12:00');
    // 02:30 on 9 March 2025 did not happen in New York (clocks went 02:00 → 03:00): read as clocks read it, 03:30.
    expect(isoToLocalInput(localInputToIso('2025-03-09T02:30', newYork), newYork)).toBe('2025-03-09T03:30');
    // 01:30 on 2 November 2025 happened twice: the first, still on daylight time.
    expect(localInputToIso('2025-11-02T01:30', newYork)).toBe('2025-11-02T05:30:00.000Z');
  });

  it('keeps empty as empty and passes anything else on for validation to name', () => {
    expect(localInputToIso('', shanghai)).toBe('');
    expect(localInputToIso('   ', shanghai)).toBe('');
    expect(localInputToIso('tomorrow', shanghai)).toBe('tomorrow');
    expect(localInputToIso('2025-13-45T99:99', shanghai)).toBe('2025-13-45T99:99');
    expect(localInputToIso('2025-02-30T10:00', shanghai)).toBe('2025-02-30T10:00');
  });

  it('turns a stored instant back into the input, to the minute', () => {
    expect(isoToLocalInput('2025-06-01T08:30:45.123Z', shanghai)).toBe('2025-06-01T16:30');
    expect(isoToLocalInput('2024-12-31T23:59:00Z', shanghai)).toBe('2025-01-01T07:59');
    expect(isoToLocalInput('2024-12-31T23:59:00Z', 'UTC')).toBe('2024-12-31T23:59');
    expect(isoToLocalInput(null, shanghai)).toBe('');
    expect(isoToLocalInput('not a date', shanghai)).toBe('');
  });

  it('round-trips every minute-precise value in every zone', () => {
    for (const zone of [shanghai, newYork, 'UTC', 'Asia/Kolkata']) {
      for (const value of ['2025-03-09T01:15', '2025-06-01T00:00', '2025-12-31T23:59']) {
        expect(isoToLocalInput(localInputToIso(value, zone), zone)).toBe(value);
      }
    }
  });

  it('prints the UTC value shown beside the input, and the zoned one in the same form', () => {
    expect(formatUtc('2025-06-01T08:30:00.000Z')).toBe('2025-06-01 08:30');
    expect(formatUtc(localInputToIso('2025-06-01T16:30', shanghai))).toBe('2025-06-01 08:30');
    expect(formatUtc('')).toBeNull();
    expect(formatUtc('nonsense')).toBeNull();
    expect(formatLocal('2025-06-01T08:30:00.000Z', shanghai)).toBe('2025-06-01 16:30');
    expect(formatLocal('2025-06-01T16:30:00+08:00', shanghai)).toBe('2025-06-01 16:30');
    expect(formatLocal('nonsense', shanghai)).toBeNull();
  });

  it('gives the time of day to the second in the zone, midnight as 00', () => {
    expect(localTime('2025-06-01T16:00:07Z', shanghai)).toBe('00:00:07');
    expect(localTime('2025-06-01T16:00:07Z', 'UTC')).toBe('16:00:07');
    expect(localTime('nonsense', 'UTC')).toBe('');
  });
});

describe('the zone the desk shows', () => {
  it('is the workstation\'s for `system` or a zone this browser does not know, else the one chosen', () => {
    expect(systemTimeZone()).toBe('Asia/Tokyo');
    expect(resolveZone('system')).toBe('Asia/Tokyo');
    expect(resolveZone('UTC')).toBe('UTC');
    expect(resolveZone('Europe/London')).toBe('Europe/London');
    expect(resolveZone('Mars/Olympus')).toBe('Asia/Tokyo');
  });
});
