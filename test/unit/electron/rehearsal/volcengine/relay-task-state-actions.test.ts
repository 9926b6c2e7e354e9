import { describe, expect, it } from 'vitest';
import { relayTaskStatus } from '../../../../../electron/rehearsal/volcengine/relay-task-status';
import { emptyAccount, faultOf, liveTask, run, t0, t0s } from './volcengine-rehearsal';

const invalid = { status: 400, code: 'InvalidParam' };

// T1 running, T2 scheduled for tomorrow, T3 stopped, T4 ended — at t0.
function accountWithTasks() {
  const account = emptyAccount();
  account.groups.push({ name: 'Sports', projectName: 'sports', status: 0, tags: [] });
  account.tasks.push(
    liveTask('T1', { groupName: 'Sports' }),
    liveTask('T2', { startTime: t0s + 86_400, endTime: t0s + 90_000 }),
    liveTask('T3', { stopped: true }),
    liveTask('T4', { startTime: t0s - 7200, endTime: t0s - 3600 }),
  );
  return account;
}

const statusOf = (account: ReturnType<typeof emptyAccount>, taskId: string, now = t0) => {
  const task = account.tasks.find((candidate) => candidate.taskId === taskId);
  return task ? relayTaskStatus(task, now) : 'deleted';
};

describe('StopPullToPushTask', () => {
  it('turns a running or a scheduled task into 停用, answering metadata only', () => {
    const account = accountWithTasks();
    expect(run('StopPullToPushTask', account, { TaskId: 'T1', GroupName: 'Sports' })).toBeUndefined();
    run('StopPullToPushTask', account, { TaskId: 'T2' });
    expect([statusOf(account, 'T1'), statusOf(account, 'T2')]).toStrictEqual(['停用', '停用']);
  });

  it('refuses a task that is already stopped or has ended, with InvalidParam naming its status', () => {
    const account = accountWithTasks();
    expect(faultOf(() => run('StopPullToPushTask', account, { TaskId: 'T3' }))).toMatchObject({
      ...invalid,
      message: 'task T3 is 停用; only a task that is 未开始 or 生效中 can be stopped',
    });
    expect(faultOf(() => run('StopPullToPushTask', account, { TaskId: 'T4' }))).toMatchObject({ ...invalid, message: expect.stringContaining('已结束') });
  });
});

describe('ContinuePullToPushTask', () => {
  it('enables a stopped task again, which then follows its window', () => {
    const account = accountWithTasks();
    run('StopPullToPushTask', account, { TaskId: 'T2' });
    run('ContinuePullToPushTask', account, { TaskId: 'T2' });
    run('ContinuePullToPushTask', account, { TaskId: 'T3' });
    expect([statusOf(account, 'T2'), statusOf(account, 'T3')]).toStrictEqual(['未开始', '生效中']);
  });

  it('refuses a task that is not 停用, and one whose window passed while it was stopped', () => {
    const account = accountWithTasks();
    for (const TaskId of ['T1', 'T2', 'T4']) expect(faultOf(() => run('ContinuePullToPushTask', account, { TaskId }))).toMatchObject(invalid);
    expect(faultOf(() => run('ContinuePullToPushTask', account, { TaskId: 'T3' }, t0 + 86_400_000))).toMatchObject({
      ...invalid,
      message: 'task T3 is 已结束; only a task that is 停用 can be continued',
    });
  });
});

describe('DeletePullToPushTask', () => {
  it('removes the task whatever its status', () => {
    const account = accountWithTasks();
    for (const TaskId of ['T1', 'T2', 'T3', 'T4']) expect(run('DeletePullToPushTask', account, { TaskId })).toBeUndefined();
    expect(account.tasks).toStrictEqual([]);
  });
});

describe('state calls — naming the task', () => {
  const actions = ['StopPullToPushTask', 'ContinuePullToPushTask', 'DeletePullToPushTask'];

  it('answer 404 ResourceNotFound for an unknown task, also one just deleted', () => {
    const account = accountWithTasks();
    run('DeletePullToPushTask', account, { TaskId: 'T3' });
    for (const action of actions) {
      expect(faultOf(() => run(action, account, { TaskId: 'T3' }))).toMatchObject({ status: 404, code: 'ResourceNotFound' });
    }
  });

  it('answer 403 RequestForbidden when GroupName is not the task’s, and change nothing', () => {
    const account = accountWithTasks();
    for (const action of actions) {
      expect(faultOf(() => run(action, account, { TaskId: 'T3', GroupName: 'Sports' }))).toMatchObject({ status: 403, code: 'RequestForbidden' });
    }
    expect(statusOf(account, 'T3')).toBe('停用');
  });

  it('require TaskId, as a string', () => {
    for (const action of actions) {
      expect(faultOf(() => run(action, accountWithTasks(), {}))).toMatchObject({ ...invalid, message: 'TaskId is required' });
      expect(faultOf(() => run(action, accountWithTasks(), { TaskId: 1 }))).toMatchObject({ status: 400, code: 'InvalidParam.BindError' });
    }
  });
});
