import { describe, expect, it } from 'vitest';
import { formatLocal, formatUtc, isoToLocalInput, localInputToIso } from '../../../../renderer/time/local-datetime';
import { useTimeZone } from '../../support/time-zone';

// The operator's time zone is the process's here: Shanghai (UTC+8, no daylight saving) so the
// expected instants are fixed, then New York to cross a daylight-saving change.
const inZone = useTimeZone('Asia/Shanghai');

describe('datetime-local ⇄ ISO 8601 UTC', () => {

  it('reads the local input in the operator\'s time zone and answers UTC', () => {
    inZone('Asia/Shanghai');
    expect(localInputToIso('2025-06-01T16:30')).toBe('2025-06-01T08:30:00.000Z');
    expect(localInputToIso('2025-01-01T07:59:30')).toBe('2024-12-31T23:59:30.000Z');
  });

  it('follows daylight saving time in zones that have it', () => {
    inZone('America/New_York');
    expect(localInputToIso('2025-01-15T12:00')).toBe('2025-01-15T17:00:00.000Z');
    expect(localInputToIso('2025-07-15T12:00')).toBe('2025-07-15T16:00:00.000Z');
    expect(isoToLocalInput('2025-07-15T16:00:00Z')).toBe('2025-07-15T12:00');
    inZone('Asia/Shanghai');
  });

  it('keeps empty as empty and passes anything else on for validation to name', () => {
    expect(localInputToIso('')).toBe('');
    expect(localInputToIso('   ')).toBe('');
    expect(localInputToIso('tomorrow')).toBe('tomorrow');
    expect(localInputToIso('2025-13-45T99:99')).toBe('2025-13-45T99:99');
  });

  it('turns a stored instant back into the local input, to the minute', () => {
    expect(isoToLocalInput('2025-06-01T08:30:45.123Z')).toBe('2025-06-01T16:30');
    expect(isoToLocalInput('2024-12-31T23:59:00Z')).toBe('2025-01-01T07:59');
    expect(isoToLocalInput(null)).toBe('');
    expect(isoToLocalInput('not a date')).toBe('');
  });

  it('round-trips every minute-precise value', () => {
    for (const value of ['2025-03-09T01:15', '2025-06-01T00:00', '2025-12-31T23:59']) {
      expect(isoToLocalInput(localInputToIso(value))).toBe(value);
    }
  });

  it('prints the UTC value shown beside the input', () => {
    expect(formatUtc('2025-06-01T08:30:00.000Z')).toBe('2025-06-01 08:30');
    expect(formatUtc(localInputToIso('2025-06-01T16:30'))).toBe('2025-06-01 08:30');
    expect(formatUtc('')).toBeNull();
    expect(formatUtc('nonsense')).toBeNull();
  });

  it('prints the local value in the same form as the UTC one, to read side by side', () => {
    expect(formatLocal('2025-06-01T08:30:00.000Z')).toBe('2025-06-01 16:30');
    expect(formatLocal('2025-06-01T16:30:00+08:00')).toBe('2025-06-01 16:30');
    expect(formatLocal('')).toBeNull();
    expect(formatLocal('nonsense')).toBeNull();
  });
});
