import type { RelayTask } from '../world/volcengine-world';

// A task's status is never stored: it is read off the cloud's clock and the stopped flag each
// time it is asked for, so a task scheduled for 20:00 is 生效中 at 20:00 without anyone touching it
// (volcengine-live.md §5.6). Where the reference is silent: once the window is over the task is
// 已结束 even if it was stopped — there is nothing left to stop or continue.

/** The four status strings the task lists answer with, in the cloud's words. */
export type RelayTaskStatusText = '停用' | '未开始' | '生效中' | '已结束';

/** The task's status at `nowMs` (epoch ms): its window is `[StartTime, EndTime)` in Unix seconds. */
export function relayTaskStatus(task: RelayTask, nowMs: number): RelayTaskStatusText {
  if (nowMs >= task.endTime * 1000) return '已结束';
  if (task.stopped) return '停用';
  return nowMs < task.startTime * 1000 ? '未开始' : '生效中';
}

const beijingOffsetSeconds = 8 * 3600;

/**
 * Unix seconds as the task lists write them: RFC 3339 in Beijing time, e.g.
 * `2022-04-01T00:00:00+08:00` for 1648742400 (§5.4) — while create and update take the seconds.
 */
export function beijingRfc3339(unixSeconds: number): string {
  return `${new Date((unixSeconds + beijingOffsetSeconds) * 1000).toISOString().slice(0, 19)}+08:00`;
}
