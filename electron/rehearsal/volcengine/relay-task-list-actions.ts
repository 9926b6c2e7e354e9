import type { RelayTask } from '../world/volcengine-world';
import type { VolcengineAction } from './volcengine-action';
import { invalidParam, optionalInt, optionalString, optionalStringList, queryInt, type VolcengineInput } from './volcengine-input';
import { beijingRfc3339, relayTaskStatus } from './relay-task-status';

// The two task lists (volcengine-live.md §5.3, §5.4): the GET `ListPullToPushTask`, whose query
// values arrive as text, and the POST `ListPullToPushTaskV2`, which filters by several groups and
// names each item's group. Both answer `{List, Pagination}` with times in RFC 3339 Beijing time
// and the status as the cloud's Chinese string, worked out from the clock at the moment of asking.
// Where the reference is silent: tasks are listed oldest first; a page or size of 0 means the
// default (a Go binding cannot tell 0 from absent); a negative page or a size over 500 is
// `InvalidParam`; a page past the end is an empty list with the true totals.

const defaultPageSize = 20;
const maxPageSize = 500;

interface ListQuery {
  page: number;
  size: number;
  title: string;
  groups: readonly string[];
}

function pageOf(page: number | undefined, size: number | undefined): Pick<ListQuery, 'page' | 'size'> {
  if (page !== undefined && page < 0) throw invalidParam('Page must be at least 1');
  if (size !== undefined && (size < 0 || size > maxPageSize)) throw invalidParam(`Size must be between 1 and ${maxPageSize}`);
  return { page: page || 1, size: size || defaultPageSize };
}

function taskItem(task: RelayTask, nowMs: number, withGroup: boolean): Record<string, unknown> {
  const source =
    task.type === 0
      ? { SrcAddr: task.srcAddr }
      : { VodSrcAddrs: (task.vodSrcAddrs ?? []).map((file) => ({ ...file })), CycleMode: task.cycleMode, ...(task.cycleMode === 0 ? { PlayTimes: task.playTimes } : {}) };
  return {
    TaskId: task.taskId,
    Title: task.title,
    ...(withGroup ? { GroupName: task.groupName } : {}),
    StartTime: beijingRfc3339(task.startTime),
    EndTime: beijingRfc3339(task.endTime),
    Type: task.type,
    ...source,
    DstAddr: task.dstAddr,
    DstAddrType: task.dstAddrType,
    ...(task.callbackUrl ? { CallbackURL: task.callbackUrl } : {}),
    Status: relayTaskStatus(task, nowMs),
  };
}

function listTasks(tasks: readonly RelayTask[], query: ListQuery, nowMs: number, withGroup: boolean) {
  const title = query.title.toLowerCase();
  const matching = tasks.filter(
    (task) => task.title.toLowerCase().includes(title) && (query.groups.length === 0 || query.groups.includes(task.groupName)),
  );
  const start = (query.page - 1) * query.size;
  return {
    List: matching.slice(start, start + query.size).map((task) => taskItem(task, nowMs, withGroup)),
    Pagination: { PageCur: query.page, PageSize: query.size, PageTotal: Math.ceil(matching.length / query.size), TotalCount: matching.length },
  };
}

function readGroupFilter(input: VolcengineInput): string[] {
  const groupName = optionalString(input, 'GroupName');
  return groupName ? [groupName] : [];
}

/**
 * ListPullToPushTask (GET, §5.3): `Page` (default 1), `Size` (default 20, at most 500), `Title`
 * (case-insensitive substring) and `GroupName`, all read from query text. Items carry no group.
 */
export const listPullToPushTask: VolcengineAction = ({ account, input, now }) => {
  const query = { ...pageOf(queryInt(input, 'Page'), queryInt(input, 'Size')), title: optionalString(input, 'Title') ?? '', groups: readGroupFilter(input) };
  return listTasks(account.tasks, query, now, false);
};

/**
 * ListPullToPushTaskV2 (POST, §5.4): the same page rules on a JSON body, `GroupNames` (none or
 * empty: every group), and each item names its group.
 */
export const listPullToPushTaskV2: VolcengineAction = ({ account, input, now }) => {
  const query = {
    ...pageOf(optionalInt(input, 'Page'), optionalInt(input, 'Size')),
    title: optionalString(input, 'Title') ?? '',
    groups: optionalStringList(input, 'GroupNames') ?? [],
  };
  return listTasks(account.tasks, query, now, true);
};
