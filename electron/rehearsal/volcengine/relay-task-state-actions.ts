import type { VolcengineAction } from './volcengine-action';
import { invalidParam } from './volcengine-input';
import { namedTask } from './relay-resources';
import { relayTaskStatus } from './relay-task-status';

// Stopping, continuing and deleting a task (volcengine-live.md §5.5), each with a body of
// `{TaskId, GroupName?}` and a metadata-only answer. A call the task's current status does not
// allow is refused with 400 `InvalidParam` naming the status (the reference gives no code for it).

/** StopPullToPushTask: a task that is 未开始 or 生效中 becomes 停用 and stops pushing. */
export const stopPullToPushTask: VolcengineAction = ({ account, input, now }) => {
  const task = namedTask(account, input);
  const status = relayTaskStatus(task, now);
  if (status !== '未开始' && status !== '生效中') {
    throw invalidParam(`task ${task.taskId} is ${status}; only a task that is 未开始 or 生效中 can be stopped`);
  }
  task.stopped = true;
  return undefined;
};

/** ContinuePullToPushTask: a 停用 task is enabled again and follows its window. */
export const continuePullToPushTask: VolcengineAction = ({ account, input, now }) => {
  const task = namedTask(account, input);
  const status = relayTaskStatus(task, now);
  if (status !== '停用') throw invalidParam(`task ${task.taskId} is ${status}; only a task that is 停用 can be continued`);
  task.stopped = false;
  return undefined;
};

/** DeletePullToPushTask: the task is gone, whatever its status; a running relay stops with it. */
export const deletePullToPushTask: VolcengineAction = ({ account, input }) => {
  const task = namedTask(account, input);
  account.tasks = account.tasks.filter((candidate) => candidate !== task);
  return undefined;
};
