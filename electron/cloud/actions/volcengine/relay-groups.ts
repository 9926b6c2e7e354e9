import { z } from 'zod';
import { GroupName } from '../../../../shared/domain/relay-desk';
import { RelayGroupDraft, RelayTagDraft, type RelayGroup, type RelayTag } from '../../../../shared/domain/relays';
import { validateRelayGroupDraft, validateRelayTags } from '../../../../shared/domain/relay-validation';
import type { CloudClient } from '../../cloud-client';
import { defineAction, runAction } from '../action-definition';
import { walkPages, type Page } from '../paging';
import { withFieldRules } from './field-rules';
import { pageParam, type WalkOptions } from './relay-paging';
import { Ack, ackOf, withResult } from './volcengine-envelope';

// Pull-to-push task groups, Volcengine Live 2023-01-01 (volcengine-live.md §4). Every call is a
// POST with a JSON body; a group is known by its name only.

/** The largest page ListPullToPushGroup serves, and the last page number it accepts (§4.2). */
const maxGroupPage = 1000;
const defaultGroupPageSize = 100;

/**
 * Tags as sent: only the operator's own, each marked `Custom` (the reference's advice: whether the
 * server needs the category is unconfirmed, and sending it is what the docs show). `System` tags
 * are the cloud's; handing them back could only fail or overwrite what the cloud manages.
 */
function sentTags(tags: readonly RelayTagDraft[]) {
  return tags.filter((tag) => tag.category !== 'System').map((tag) => ({ Key: tag.key, Value: tag.value, Category: 'Custom' }));
}

/** Creates a group bound for good to an IAM project (§4.1). A taken name is `relay.groupExists`. */
export const createRelayGroup = defineAction({
  provider: 'volcengine',
  action: 'CreatePullToPushGroup',
  input: withFieldRules(RelayGroupDraft, validateRelayGroupDraft),
  params: ({ name, project, tags = [] }) => {
    const sent = sentTags(tags);
    return { Name: name, ProjectName: project, ...(sent.length > 0 ? { Tags: sent } : {}) };
  },
  response: Ack,
  result: ackOf,
  target: ({ name }) => name,
});

const TagItem = z.object({ Key: z.string(), Value: z.string().nullish(), Category: z.string().nullish() });

const GroupItem = z.object({
  Name: z.string(),
  ProjectName: z.string().nullish(),
  Status: z.number().nullish(),
  Tags: z.array(TagItem).nullish(),
});

// A tag without a category was set through an API that no longer sends one: the operator's. Any
// category but `Custom` is treated as the cloud's, so it is shown but never sent back.
function tagFrom(item: z.infer<typeof TagItem>): RelayTag {
  const custom = item.Category === undefined || item.Category === null || item.Category === '' || item.Category === 'Custom';
  return { key: item.Key, value: item.Value ?? '', category: custom ? 'Custom' : 'System' };
}

function groupFrom(item: z.infer<typeof GroupItem>): RelayGroup {
  return { name: item.Name, project: item.ProjectName ?? '', tags: (item.Tags ?? []).map(tagFrom), deleted: item.Status === 1 };
}

/** One page of groups (§4.2); deleted ones only when asked for. */
export const listRelayGroupsPage = defineAction({
  provider: 'volcengine',
  action: 'ListPullToPushGroup',
  input: z.strictObject({
    pageNumber: pageParam(1, maxGroupPage),
    pageSize: pageParam(1, maxGroupPage),
    includeDeleted: z.boolean().optional(),
  }),
  params: ({ pageNumber, pageSize, includeDeleted }) => ({
    PageNum: pageNumber,
    PageSize: pageSize,
    ...(includeDeleted ? { StatusList: [0, 1] } : {}),
  }),
  response: withResult(z.object({ List: z.array(GroupItem).nullish(), Total: z.number().nullish() })),
  result: ({ Result }): Page<RelayGroup> => ({ items: (Result.List ?? []).map(groupFrom), total: Result.Total ?? null }),
});

/**
 * Every group of the account, page after page within the list's rate budget — the relay screen
 * shows all groups, and a partial list would hide one an operator is looking for.
 */
export function listAllRelayGroups(client: CloudClient, query: { includeDeleted?: boolean } = {}, options: WalkOptions = {}): Promise<RelayGroup[]> {
  const { pageSize = defaultGroupPageSize, onProgress, ...callOptions } = options;
  return walkPages((pageNumber) => runAction(client, listRelayGroupsPage, { ...query, pageNumber, pageSize }, callOptions), {
    pageSize,
    maxPages: maxGroupPage,
    onProgress,
    signal: options.signal,
  });
}

/**
 * Sets a group's tags (§4.3) — the only thing about a group that can change. The list sent is
 * the operator's whole set of tags (assumed to replace, as the reference advises); the group's
 * `System` tags may be handed back as read and are left out.
 */
export const updateRelayGroup = defineAction({
  provider: 'volcengine',
  action: 'UpdatePullToPushGroup',
  input: withFieldRules(z.strictObject({ name: GroupName, tags: z.array(RelayTagDraft).max(200) }), ({ tags }) => validateRelayTags(tags)),
  params: ({ name, tags }) => ({ Name: name, Tags: sentTags(tags) }),
  response: Ack,
  result: ackOf,
  target: ({ name }) => name,
});

/** Deletes a group (§4.4); one that does not exist is `relay.notFound`. */
export const deleteRelayGroup = defineAction({
  provider: 'volcengine',
  action: 'DeletePullToPushGroup',
  input: z.strictObject({ name: GroupName }),
  params: ({ name }) => ({ Name: name }),
  response: Ack,
  result: ackOf,
  target: ({ name }) => name,
});
