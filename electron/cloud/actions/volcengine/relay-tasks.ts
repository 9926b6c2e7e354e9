import { z } from 'zod';
import { RelayTaskDraft } from '../../../../shared/domain/relays';
import { parseRelayDestination, validateRelayTaskDraft } from '../../../../shared/domain/relay-validation';
import type { RpcValue } from '../../aliyun/rpc-params';
import { defineAction } from '../action-definition';
import { withFieldRules } from './field-rules';
import { GroupName, splitAddress } from '../../../../shared/domain/relay-desk';
import { Ack, ackOf, withResult } from './volcengine-envelope';
import { unixSeconds } from './volcengine-time';

// Pull-to-push tasks, Volcengine Live 2023-01-01 (volcengine-live.md §5.1, §5.2, §5.5): every
// call is a POST whose JSON body uses the documented PascalCase names (`SrcAddrS`, `CallbackURL`),
// and an optional field left empty is omitted, never sent as null.

/** A task id as the cloud issued it. */
const TaskId = z.string().min(1).max(128);

const taskDraftInput = withFieldRules(RelayTaskDraft, validateRelayTaskDraft);

// A live source is one pull URL; a VOD playlist is the plain list `SrcAddrS` with its loop mode
// (-1 until the task ends, n > 0 that many times) — or `VodSrcAddrs` when the files carry offsets
// handed back from the listing, each kept with its file.
function sourceFields(draft: RelayTaskDraft): Record<string, RpcValue> {
  if (draft.sourceType === 'live') return { Type: 0, SrcAddr: draft.sources[0] };
  const cycle = { CycleMode: draft.loops === undefined || draft.loops === 'untilEnd' ? -1 : draft.loops };
  const offsets = draft.offsets ?? [];
  if (offsets.length === 0) return { Type: 1, SrcAddrS: draft.sources, ...cycle };
  const files = draft.sources.map((url, index) => {
    const { start = null, end = null } = offsets[index] ?? {};
    return { SrcAddr: url, ...(start === null ? {} : { StartOffset: start }), ...(end === null ? {} : { EndOffset: end }) };
  });
  return { Type: 1, VodSrcAddrs: files, ...cycle };
}

// A URL goes in `DstAddr`; `domain/app/stream` in `Domain`/`App`/`Stream` (used when DstAddr is empty).
function destinationFields(text: string): Record<string, RpcValue> {
  const destination = parseRelayDestination(text) ?? { url: text };
  return 'url' in destination ? { DstAddr: destination.url } : { Domain: destination.domain, App: destination.app, Stream: destination.stream };
}

/** The JSON body shared by create and update, in the reference's field order. */
function taskBody(draft: RelayTaskDraft): Record<string, RpcValue> {
  return {
    ...(draft.group ? { GroupName: draft.group } : {}),
    ...(draft.title ? { Title: draft.title } : {}),
    StartTime: unixSeconds(draft.start),
    EndTime: unixSeconds(draft.end),
    ...sourceFields(draft),
    ...destinationFields(draft.destination),
    ...(draft.callbackUrl ? { CallbackURL: draft.callbackUrl } : {}),
  };
}

// For the journal: where the task pushes, without a query string — push URLs carry auth keys there.
const destinationTarget = (destination: string): string => splitAddress(destination).address;

/**
 * Creates a relay task (§5.1) and returns its id. There is no idempotency token: after a call
 * that got no answer, list the tasks before creating again.
 */
export const createRelayTask = defineAction({
  provider: 'volcengine',
  action: 'CreatePullToPushTask',
  input: taskDraftInput,
  params: taskBody,
  response: withResult(z.object({ TaskId: z.string() })),
  result: ({ ResponseMetadata, Result }) => ({ id: Result.TaskId, requestId: ResponseMetadata.RequestId }),
  target: ({ destination }) => destinationTarget(destination),
});

/**
 * Replaces a task's settings (§5.2): the whole draft is sent, as the cloud requires the window
 * and source type on every update. The group cannot move; it is only checked by the cloud.
 */
export const updateRelayTask = defineAction({
  provider: 'volcengine',
  action: 'UpdatePullToPushTask',
  input: withFieldRules(RelayTaskDraft.extend({ id: TaskId }), validateRelayTaskDraft),
  params: ({ id, ...draft }) => ({ TaskId: id, ...taskBody(draft) }),
  response: Ack,
  result: ackOf,
  target: ({ id }) => id,
});

/** Which task a state change is for; the group is needed when calling as a sub-account (§4). */
const TaskRef = z.strictObject({ id: TaskId, group: GroupName.optional() });
type TaskRef = z.infer<typeof TaskRef>;

const taskRefBody = ({ id, group }: TaskRef): Record<string, RpcValue> => ({ TaskId: id, ...(group ? { GroupName: group } : {}) });

/** Disables a scheduled or running task (§5.5: 未开始/生效中 → 停用); the relay stops pushing. */
export const stopRelayTask = defineAction({
  provider: 'volcengine',
  action: 'StopPullToPushTask',
  input: TaskRef,
  params: taskRefBody,
  response: Ack,
  result: ackOf,
  target: ({ id }) => id,
});

/** Re-enables a stopped task (§5.5), the current API for what the legacy Restart did. */
export const continueRelayTask = defineAction({
  provider: 'volcengine',
  action: 'ContinuePullToPushTask',
  input: TaskRef,
  params: taskRefBody,
  response: Ack,
  result: ackOf,
  target: ({ id }) => id,
});

/** Deletes a task (§5.5); one that does not exist is `relay.notFound`. */
export const deleteRelayTask = defineAction({
  provider: 'volcengine',
  action: 'DeletePullToPushTask',
  input: TaskRef,
  params: taskRefBody,
  response: Ack,
  result: ackOf,
  target: ({ id }) => id,
});
