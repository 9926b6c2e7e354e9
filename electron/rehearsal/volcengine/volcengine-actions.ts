import type { VolcengineAction } from './volcengine-action';
import { createPullToPushGroup, deletePullToPushGroup, listPullToPushGroup, updatePullToPushGroup } from './relay-group-actions';
import { listPullToPushTask, listPullToPushTaskV2 } from './relay-task-list-actions';
import { continuePullToPushTask, deletePullToPushTask, stopPullToPushTask } from './relay-task-state-actions';
import { createPullToPushTask, updatePullToPushTask } from './relay-task-write-actions';

/**
 * Every Volcengine Live action the rehearsal cloud answers, by its `Action` name
 * (volcengine-live.md §0): the pull-to-push groups and tasks the relay screens use. The gateway
 * has already checked the signature, version and method when it looks a handler up here.
 */
export const volcengineActions: Readonly<Record<string, VolcengineAction>> = {
  CreatePullToPushGroup: createPullToPushGroup,
  ListPullToPushGroup: listPullToPushGroup,
  UpdatePullToPushGroup: updatePullToPushGroup,
  DeletePullToPushGroup: deletePullToPushGroup,
  CreatePullToPushTask: createPullToPushTask,
  UpdatePullToPushTask: updatePullToPushTask,
  ListPullToPushTask: listPullToPushTask,
  ListPullToPushTaskV2: listPullToPushTaskV2,
  StopPullToPushTask: stopPullToPushTask,
  ContinuePullToPushTask: continuePullToPushTask,
  DeletePullToPushTask: deletePullToPushTask,
};
