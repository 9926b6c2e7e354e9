import type { VolcengineAction } from './volcengine-action';
import { invalidParam, optionalString, requiredString } from './volcengine-input';
import { defaultGroupName, findUsableGroup, resourceNotFound, usableGroup } from './relay-resources';
import { readTaskSettings } from './relay-task-settings';

// Creating and changing pull-to-push tasks (volcengine-live.md §5.1, §5.2). Choices where the
// reference is silent:
// - A `GroupName` that names no usable group (unknown or deleted) is 404 `ResourceNotFound`; no
//   group is created for it. Only `default` (named, or used when the name is left out) is
//   auto-created.
// - An update replaces every setting: a `Title` or `CallbackURL` left out is cleared, as the
//   reference requires the window and type on every update. A stopped task stays stopped.
// - A window already in the past is accepted (the task is simply 已结束), and so is one on a
//   task that has ended: the reference names no rule against either.

/**
 * CreatePullToPushTask (§5.1): checks every setting, then adds the task to the named group (or to
 * `default`, created with project `default` when missing) and answers `{TaskId}`.
 */
export const createPullToPushTask: VolcengineAction = ({ account, input, newId }) => {
  const groupName = optionalString(input, 'GroupName') || defaultGroupName;
  const settings = readTaskSettings(account, input);
  if (groupName !== defaultGroupName) usableGroup(account, groupName);
  else if (!findUsableGroup(account, groupName)) account.groups.push({ name: defaultGroupName, projectName: 'default', status: 0, tags: [] });
  const taskId = newId();
  account.tasks.push({ taskId, groupName, ...settings, stopped: false });
  return { TaskId: taskId };
};

/**
 * UpdatePullToPushTask (§5.2): `TaskId`, `StartTime`, `EndTime` and `Type` are required and the
 * settings obey the create rules. The group cannot change: a `GroupName` other than the task's is
 * `InvalidParam`.
 */
export const updatePullToPushTask: VolcengineAction = ({ account, input }) => {
  const taskId = requiredString(input, 'TaskId');
  const groupName = optionalString(input, 'GroupName');
  const settings = readTaskSettings(account, input);
  const index = account.tasks.findIndex((task) => task.taskId === taskId);
  const task = account.tasks[index];
  if (!task) throw resourceNotFound(`task ${taskId}`);
  if (groupName && groupName !== task.groupName) {
    throw invalidParam(`GroupName cannot be changed: task ${taskId} is in group ${task.groupName}`);
  }
  account.tasks[index] = { taskId, groupName: task.groupName, ...settings, stopped: task.stopped };
  return undefined;
};
