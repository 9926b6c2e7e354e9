import { describe, expect, it } from 'vitest';
import { createCloudClock } from '../../../../../electron/cloud/transport/clock';

describe('cloud clock', () => {
  it('signs with local time until told otherwise', () => {
    const clock = createCloudClock(() => Date.parse('2026-11-22T20:00:00Z'));
    expect(clock.now('aliyun').toISOString()).toBe('2026-11-22T20:00:00.000Z');
    expect(clock.offsetMs('aliyun')).toBe(0);
  });

  it('learns the offset from the Date header, per provider, against the middle of the round trip', () => {
    const local = Date.parse('2026-11-22T20:00:00Z');
    const clock = createCloudClock(() => local);
    expect(clock.learn('aliyun', 'Sun, 22 Nov 2026 20:20:00 GMT', local - 200, local)).toBe(true);
    expect(clock.offsetMs('aliyun')).toBe(20 * 60_000 + 600);
    expect(clock.now('aliyun').getTime()).toBe(local + 20 * 60_000 + 600);
    expect(clock.offsetMs('volcengine')).toBe(0);
  });

  it('ignores a missing or unreadable Date header', () => {
    const clock = createCloudClock();
    expect(clock.learn('volcengine', undefined, 0, 0)).toBe(false);
    expect(clock.learn('volcengine', 'yesterday-ish', 0, 0)).toBe(false);
    expect(clock.offsetMs('volcengine')).toBe(0);
  });
});
