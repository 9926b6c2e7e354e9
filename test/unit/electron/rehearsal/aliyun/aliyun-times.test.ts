import { describe, expect, it } from 'vitest';
import { normaliseCloudTime } from '../../../../../electron/cloud/actions/aliyun/time-formats';
import { beijingText, durationText, parseUtcText, utcText } from '../../../../../electron/rehearsal/aliyun/aliyun-times';

describe('Alibaba answer times', () => {
  it('writes UTC times as yyyy-MM-ddTHH:mm:ssZ, milliseconds dropped', () => {
    expect(utcText(Date.UTC(2024, 10, 13, 9, 20, 47, 999))).toBe('2024-11-13T09:20:47Z');
  });

  it('writes studio times in Beijing time as yyyy-MM-dd HH:mm:ss.S, the fraction as a Java Timestamp prints it', () => {
    expect(beijingText(Date.UTC(2017, 7, 30, 4, 2, 57))).toBe('2017-08-30 12:02:57.0');
    expect(beijingText(Date.UTC(2017, 7, 30, 4, 2, 57, 500))).toBe('2017-08-30 12:02:57.5');
    expect(beijingText(Date.UTC(2017, 7, 30, 4, 2, 57, 123))).toBe('2017-08-30 12:02:57.123');
    // Past 16:00 UTC it is already the next day in Beijing.
    expect(beijingText(Date.UTC(2026, 11, 31, 16, 30, 0))).toBe('2027-01-01 00:30:00.0');
  });

  it('writes times the client reads back as the same instant', () => {
    const instant = Date.UTC(2026, 2, 14, 3, 4, 5, 600);
    expect(normaliseCloudTime(beijingText(instant))).toBe(new Date(instant).toISOString());
    expect(normaliseCloudTime(utcText(instant))).toBe(new Date(Date.UTC(2026, 2, 14, 3, 4, 5)).toISOString());
  });

  it('writes durations as h:mm:ss with hours unbounded', () => {
    expect(durationText(3_753_000)).toBe('1:02:33');
    expect(durationText(0)).toBe('0:00:00');
    expect(durationText(101 * 3_600_000 + 59_999)).toBe('101:00:59');
  });

  it('reads parameter times only in the documented form and only real dates', () => {
    expect(parseUtcText('2024-11-13T09:20:47Z')).toBe(Date.UTC(2024, 10, 13, 9, 20, 47));
    expect(parseUtcText('2024-11-13T09:20:47.000Z')).toBeNull();
    expect(parseUtcText('2024-11-13T09:20:47+08:00')).toBeNull();
    expect(parseUtcText('2024-11-13 09:20:47')).toBeNull();
    expect(parseUtcText('2024-02-30T00:00:00Z')).toBeNull();
  });
});
