import { describe, expect, it } from 'vitest';
import { volcengineTimeToIso } from '../../../../../electron/cloud/actions/volcengine/volcengine-time';
import { beijingRfc3339, relayTaskStatus } from '../../../../../electron/rehearsal/volcengine/relay-task-status';
import { liveTask, t0, t0s } from './volcengine-rehearsal';

describe('relayTaskStatus', () => {
  const task = liveTask('T1', { startTime: t0s, endTime: t0s + 3600 });

  it('moves from 未开始 to 生效中 at StartTime and to 已结束 at EndTime, with nobody touching the task', () => {
    expect(relayTaskStatus(task, t0 - 1)).toBe('未开始');
    expect(relayTaskStatus(task, t0)).toBe('生效中');
    expect(relayTaskStatus(task, t0 + 3_599_999)).toBe('生效中');
    expect(relayTaskStatus(task, t0 + 3_600_000)).toBe('已结束');
  });

  it('is 停用 while stopped, before and during the window, and 已结束 once the window is over', () => {
    const stopped = { ...task, stopped: true };
    expect(relayTaskStatus(stopped, t0 - 60_000)).toBe('停用');
    expect(relayTaskStatus(stopped, t0 + 60_000)).toBe('停用');
    expect(relayTaskStatus(stopped, t0 + 3_600_000)).toBe('已结束');
  });
});

describe('beijingRfc3339', () => {
  it('writes Unix seconds the way the task lists do, e.g. 2022-04-01T00:00:00+08:00', () => {
    expect(beijingRfc3339(1648742400)).toBe('2022-04-01T00:00:00+08:00');
    expect(beijingRfc3339(t0s)).toBe('2024-06-19T20:00:00+08:00');
    expect(beijingRfc3339(t0s + 4 * 3600 + 59)).toBe('2024-06-20T00:00:59+08:00');
  });

  it('is read back by the app as the same instant', () => {
    expect(volcengineTimeToIso(beijingRfc3339(1648742400))).toBe('2022-03-31T16:00:00Z');
    expect(volcengineTimeToIso(beijingRfc3339(t0s))).toBe(new Date(t0).toISOString().replace('.000Z', 'Z'));
  });
});
