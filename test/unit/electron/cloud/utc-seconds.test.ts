import { describe, expect, it } from 'vitest';
import { utcSeconds } from '../../../../electron/cloud/utc-seconds';

describe('utcSeconds', () => {
  it('formats UTC without milliseconds', () => {
    expect(utcSeconds(new Date('2025-01-01T00:00:00.999Z'))).toBe('2025-01-01T00:00:00Z');
    expect(utcSeconds(new Date('2016-02-23T20:46:24+08:00'))).toBe('2016-02-23T12:46:24Z');
  });

  it('refuses an invalid date rather than signing garbage', () => {
    expect(() => utcSeconds(new Date(Number.NaN))).toThrow(RangeError);
  });
});
