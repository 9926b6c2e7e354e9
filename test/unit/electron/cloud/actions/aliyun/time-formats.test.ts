import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CloudTime, RequestTime, normaliseCloudTime } from '../../../../../../electron/cloud/actions/aliyun/time-formats';

describe('normaliseCloudTime', () => {
  it.each([
    // §2.1 UpstreamTime / ChangeTime, §4.1 GmtCreated, §4.2 PublishTime: UTC, whole seconds.
    ['2024-11-13T09:20:47Z', '2024-11-13T09:20:47.000Z'],
    ['2021-08-09T02:37:59Z', '2021-08-09T02:37:59.000Z'],
    // Minute precision.
    ['2024-11-13T09:20Z', '2024-11-13T09:20:00.000Z'],
    // Fractions, kept to the millisecond.
    ['2024-11-13T09:20:47.5Z', '2024-11-13T09:20:47.500Z'],
    ['2024-11-13T09:20:47.123456Z', '2024-11-13T09:20:47.123Z'],
    // A stated offset is honoured (volcengine-live.md's RFC 3339 form).
    ['2022-04-01T00:00:00+08:00', '2022-03-31T16:00:00.000Z'],
    ['2024-11-13T09:20:47-05:30', '2024-11-13T14:50:47.000Z'],
    // §3.3 studio times without a zone: read as Beijing time (UTC+8).
    ['2017-08-30 12:02:57.0', '2017-08-30T04:02:57.000Z'],
    ['2017-08-30 12:02:57', '2017-08-30T04:02:57.000Z'],
    ['2017-08-30 03:00:00', '2017-08-29T19:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(normaliseCloudTime(text)).toBe(iso);
  });

  it.each([
    '',
    '2024-11-13',
    '2024-11-13T09:20:47',
    '2024-02-30T00:00:00Z',
    '2024-11-13T24:00:00Z',
    '2024-11-13T09:60:00Z',
    '2024-11-13T09:20:47+15:00',
    '2024-11-13 09:20',
    '13/11/2024 09:20:47',
    '1731489647',
    ' 2024-11-13T09:20:47Z',
  ])('refuses %j rather than guessing', (text) => {
    expect(normaliseCloudTime(text)).toBeNull();
  });

  it('knows leap days', () => {
    expect(normaliseCloudTime('2024-02-29T12:00:00Z')).toBe('2024-02-29T12:00:00.000Z');
    expect(normaliseCloudTime('2023-02-29T12:00:00Z')).toBeNull();
  });
});

describe('CloudTime', () => {
  it('turns an answer time into ISO UTC and fails the answer on an undocumented one', () => {
    const answer = z.object({ At: CloudTime });
    expect(answer.parse({ At: '2017-08-30 12:02:57.0' })).toEqual({ At: '2017-08-30T04:02:57.000Z' });
    const refused = answer.safeParse({ At: 'yesterday' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ['At'], message: expect.stringContaining('yesterday') });
  });
});

describe('RequestTime', () => {
  it('sends whole UTC seconds, converting a stated offset', () => {
    expect(RequestTime.parse('2024-11-13T09:20:47Z')).toBe('2024-11-13T09:20:47Z');
    expect(RequestTime.parse(' 2024-11-13T17:20:47.900+08:00 ')).toBe('2024-11-13T09:20:47Z');
    expect(RequestTime.parse('2024-11-13T09:20Z')).toBe('2024-11-13T09:20:00Z');
  });

  it('refuses a time without a zone, naming the rule', () => {
    for (const text of ['2017-08-30 12:02:57', '2024-11-13T09:20:47', 'soon']) {
      expect(RequestTime.safeParse(text).error?.issues[0]?.message).toBe('invalidDate');
    }
  });
});
