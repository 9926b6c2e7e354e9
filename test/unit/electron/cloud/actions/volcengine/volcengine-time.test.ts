import { describe, expect, it } from 'vitest';
import { unixSeconds, volcengineTimeToIso } from '../../../../../../electron/cloud/actions/volcengine/volcengine-time';

describe('volcengineTimeToIso', () => {
  it('reads Unix seconds, as a number or a digit string', () => {
    expect(volcengineTimeToIso(1718780000)).toBe('2024-06-19T06:53:20Z');
    expect(volcengineTimeToIso('1718780000')).toBe('2024-06-19T06:53:20Z');
  });

  it('reads RFC 3339 with an offset or Z, fractions dropped, into UTC', () => {
    expect(volcengineTimeToIso('2022-04-01T00:00:00+08:00')).toBe('2022-03-31T16:00:00Z');
    expect(volcengineTimeToIso('2022-04-01T00:00:00.789+08:00')).toBe('2022-03-31T16:00:00Z');
    expect(volcengineTimeToIso('2022-03-31T16:00:00Z')).toBe('2022-03-31T16:00:00Z');
    expect(volcengineTimeToIso('2022-03-31T20:30:00-04:30')).toBe('2022-04-01T01:00:00Z');
  });

  it('tolerates a space for T and an offset without its colon', () => {
    expect(volcengineTimeToIso('2022-04-01 00:00:00+08:00')).toBe('2022-03-31T16:00:00Z');
    expect(volcengineTimeToIso('2022-04-01T00:00:00+0800')).toBe('2022-03-31T16:00:00Z');
  });

  it('is null for no time and for one it cannot be sure of', () => {
    for (const value of [null, undefined, '', '  ', 0, -5, Number.NaN, 1e20, '2022-04-01T00:00:00', '2022-02-30T00:00:00Z', '2022-04-01T24:00:00Z', 'April 1']) {
      expect(volcengineTimeToIso(value)).toBeNull();
    }
  });
});

describe('unixSeconds', () => {
  it('turns a checked RFC 3339 instant into the seconds create/update send', () => {
    expect(unixSeconds('2024-06-19T20:00:00+08:00')).toBe(1718798400);
    expect(unixSeconds('2024-06-19T12:00:00.999Z')).toBe(1718798400);
  });

  it('throws on anything unchecked', () => {
    expect(() => unixSeconds('tomorrow')).toThrow(RangeError);
  });
});
