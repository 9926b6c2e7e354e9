import { CloudFault } from '../cloud-fault';
import type { RelayGroup, RelayTag } from '../world/volcengine-world';
import type { VolcengineAction } from './volcengine-action';
import {
  checkLength,
  checkRelayName,
  invalidParam,
  optionalIntList,
  optionalObjectList,
  optionalString,
  requiredInt,
  requiredString,
  type VolcengineInput,
} from './volcengine-input';
import { findUsableGroup, usableGroup } from './relay-resources';

// Pull-to-push task groups (volcengine-live.md §4). Choices where the reference is silent:
// - A `System` tag in a request is refused (400 `InvalidParam`): system tags are the cloud's own,
//   so a client that hands back what it listed learns it at once, not after a tag was overwritten.
// - On create `Category` may be left out (meaning `Custom`, as the current SDK no longer sends it);
//   on update all three tag fields are required, as §4.3 says.
// - Update replaces the group's `Custom` tags with the ones sent (its `System` tags stay); leaving
//   `Tags` out changes nothing, `[]` removes every custom tag.
// - Deleting a group that still has tasks is refused with 400 `InvalidParam`.
// - Tag keys are 1–128 characters and values at most 256 (Volcengine's resource-tag limits), and
//   one request may not give the same key twice.

const pageMax = 1000;
const tagKeyLength = 128;
const tagValueLength = 256;
const existsMessage = 'the resource requested to be created already exists, please rename it';

function readTag(item: VolcengineInput, label: string, categoryRequired: boolean): RelayTag {
  const key = requiredString(item, 'Key', `${label}.Key`);
  checkLength(key, tagKeyLength, `${label}.Key`);
  const value = optionalString(item, 'Value');
  if (value === undefined && categoryRequired) throw invalidParam(`${label}.Value is required`);
  checkLength(value ?? '', tagValueLength, `${label}.Value`);
  const category = categoryRequired ? requiredString(item, 'Category', `${label}.Category`) : (optionalString(item, 'Category') ?? 'Custom');
  if (category === 'System') throw invalidParam(`${label}: System tags are set by the cloud and cannot be given`);
  if (category !== 'Custom') throw invalidParam(`${label}.Category must be Custom or System`);
  return { Key: key, Value: value ?? '', Category: 'Custom' };
}

/** The custom tags a request gives; undefined when it gives no `Tags`. */
function readTags(input: VolcengineInput, categoryRequired: boolean): RelayTag[] | undefined {
  const tags = optionalObjectList(input, 'Tags')?.map((item, index) => readTag(item, `Tags[${index}]`, categoryRequired));
  const keys = new Set<string>();
  for (const tag of tags ?? []) {
    if (keys.has(tag.Key)) throw invalidParam(`tag key ${tag.Key} is given twice`);
    keys.add(tag.Key);
  }
  return tags;
}

/**
 * CreatePullToPushGroup (§4.1): a name of 1–20 Chinese characters, letters or digits that no
 * usable group has (else HTTP 429 `RequestLimitExceeded.Exist`), bound to a project for good.
 */
export const createPullToPushGroup: VolcengineAction = ({ account, input }) => {
  const name = requiredString(input, 'Name');
  checkRelayName(name, 'Name');
  const projectName = requiredString(input, 'ProjectName');
  const tags = readTags(input, false) ?? [];
  if (findUsableGroup(account, name)) throw new CloudFault(429, 'RequestLimitExceeded.Exist', existsMessage);
  account.groups.push({ name, projectName, status: 0, tags });
  return undefined;
};

function pageBound(input: VolcengineInput, field: string): number {
  const value = requiredInt(input, field);
  if (value < 1 || value > pageMax) throw invalidParam(`${field} must be between 1 and ${pageMax}`);
  return value;
}

function groupItem(group: RelayGroup) {
  return { Name: group.name, ProjectName: group.projectName, Status: group.status, Tags: group.tags.map((tag) => ({ ...tag })) };
}

/**
 * ListPullToPushGroup (§4.2): one page of the groups whose status is in `StatusList` (usable ones
 * only by default), oldest first, with the total that matched.
 */
export const listPullToPushGroup: VolcengineAction = ({ account, input }) => {
  const pageNum = pageBound(input, 'PageNum');
  const pageSize = pageBound(input, 'PageSize');
  const statusList = optionalIntList(input, 'StatusList') ?? [];
  if (statusList.some((status) => status !== 0 && status !== 1)) throw invalidParam('StatusList may hold only 0 (usable) and 1 (deleted)');
  const statuses: readonly number[] = statusList.length > 0 ? statusList : [0];
  const matching = account.groups.filter((group) => statuses.includes(group.status));
  const start = (pageNum - 1) * pageSize;
  return { List: matching.slice(start, start + pageSize).map(groupItem), Total: matching.length };
};

/** UpdatePullToPushGroup (§4.3): the named usable group's custom tags become the ones sent. */
export const updatePullToPushGroup: VolcengineAction = ({ account, input }) => {
  const name = requiredString(input, 'Name');
  const tags = readTags(input, true);
  const group = usableGroup(account, name);
  if (tags) group.tags = [...group.tags.filter((tag) => tag.Category === 'System'), ...tags];
  return undefined;
};

/**
 * DeletePullToPushGroup (§4.4): the group is marked deleted and stays listed with `Status` 1.
 * Refused while any task is still in it, so no task is left pointing at a group that is gone.
 */
export const deletePullToPushGroup: VolcengineAction = ({ account, input }) => {
  const name = requiredString(input, 'Name');
  const group = usableGroup(account, name);
  const tasks = account.tasks.filter((task) => task.groupName === name).length;
  if (tasks > 0) throw invalidParam(`group ${name} still has ${tasks} task(s); delete them before the group`);
  group.status = 1;
  return undefined;
};
