import { CloudFault } from '../cloud-fault';
import type { RelayGroup, RelayTask, VolcengineAccountWorld } from '../world/volcengine-world';
import { optionalString, requiredString, type VolcengineInput } from './volcengine-input';

// Finding the groups and tasks a request names, with the refusals the reference documents for a
// resource that is not there (volcengine-live.md §6.1: 404 `ResourceNotFound`) or not the caller's
// to touch that way (403 `RequestForbidden`).

/** The group a task is put in when the request names none (§4: auto-created, project `default`). */
export const defaultGroupName = 'default';

/** A named resource this account does not have. */
export function resourceNotFound(what: string): CloudFault {
  return new CloudFault(404, 'ResourceNotFound', `the requested resource was not found: ${what}`);
}

/**
 * The usable group of that name, if any. A deleted group (status 1) is still kept for the list
 * but can take no more calls, and its name is free again.
 */
export function findUsableGroup(account: VolcengineAccountWorld, name: string): RelayGroup | undefined {
  return account.groups.find((group) => group.status === 0 && group.name === name);
}

/** The usable group of that name, or `ResourceNotFound`. */
export function usableGroup(account: VolcengineAccountWorld, name: string): RelayGroup {
  const group = findUsableGroup(account, name);
  if (!group) throw resourceNotFound(`group ${name}`);
  return group;
}

/**
 * The task a state call (`{TaskId, GroupName?}`, §5.5) names. An unknown id is `ResourceNotFound`;
 * a `GroupName` that is not the task's is `RequestForbidden` — the way a sub-account scoped to
 * one group is kept from another group's task.
 */
export function namedTask(account: VolcengineAccountWorld, input: VolcengineInput): RelayTask {
  const taskId = requiredString(input, 'TaskId');
  const groupName = optionalString(input, 'GroupName');
  const task = account.tasks.find((candidate) => candidate.taskId === taskId);
  if (!task) throw resourceNotFound(`task ${taskId}`);
  if (groupName && groupName !== task.groupName) {
    throw new CloudFault(403, 'RequestForbidden', `task ${taskId} is not in group ${groupName}`);
  }
  return task;
}
