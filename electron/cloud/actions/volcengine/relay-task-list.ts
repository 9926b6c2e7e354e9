import { z } from 'zod';
import type { RelayFileOffsets, RelayLoops, RelayTask, RelayTaskStatus } from '../../../../shared/domain/relays';
import type { CloudClient } from '../../cloud-client';
import { defineAction, runAction } from '../action-definition';
import { walkPages, type Page } from '../paging';
import { GroupName } from '../../../../shared/domain/relay-desk';
import { pageParam, type WalkOptions } from './relay-paging';
import { withResult } from './volcengine-envelope';
import { volcengineTimeToIso } from './volcengine-time';

// Listing relay tasks with ListPullToPushTaskV2 (volcengine-live.md §5.4): a POST that filters by
// several groups at once. The older ListPullToPushTask is a GET that lost its group filter, so
// the product does not use it.

/** The largest page the task lists serve (§5.3, §5.4); page numbers stop at the walk's ceiling. */
const maxTaskPageSize = 500;
const maxTaskPage = 10_000;
const defaultTaskPageSize = 100;

// §5.6: the status is a Chinese string. Anything else stays `unknown`, never a guess.
const statuses: ReadonlyMap<string, RelayTaskStatus> = new Map([
  ['停用', 'stopped'],
  ['未开始', 'scheduled'],
  ['生效中', 'active'],
  ['已结束', 'ended'],
]);

/** A task's state from the cloud's status string (`生效中` → `active`); `unknown` when unheard of. */
export function relayTaskStatusFrom(raw: string): RelayTaskStatus {
  return statuses.get(raw.trim()) ?? 'unknown';
}

const Time = z.union([z.string(), z.number()]).nullish();

// Every field is optional in the SDK model (§5.4), so only the id is required to show a row.
const TaskItem = z.object({
  TaskId: z.string(),
  Title: z.string().nullish(),
  GroupName: z.string().nullish(),
  StartTime: Time,
  EndTime: Time,
  Type: z.number().nullish(),
  SrcAddr: z.string().nullish(),
  SrcAddrS: z.array(z.string()).nullish(),
  VodSrcAddrs: z.array(z.object({ SrcAddr: z.string(), StartOffset: z.number().nullish(), EndOffset: z.number().nullish() })).nullish(),
  CycleMode: z.number().nullish(),
  PlayTimes: z.number().nullish(),
  DstAddr: z.string().nullish(),
  DstAddrType: z.number().nullish(),
  CallbackURL: z.string().nullish(),
  Status: z.string().nullish(),
});
type TaskItem = z.infer<typeof TaskItem>;

const sourceTypes = { 0: 'live', 1: 'vod' } as const;
const destinationKinds = { 1: 'live', 2: 'thirdParty' } as const;

function sourcesOf(item: TaskItem): string[] {
  const files = item.VodSrcAddrs?.length ? item.VodSrcAddrs.map((file) => file.SrcAddr) : (item.SrcAddrS ?? []);
  return item.Type !== 1 && item.SrcAddr ? [item.SrcAddr] : files;
}

// Offsets come only with `VodSrcAddrs`; a playlist where no file has one has none to keep.
function offsetsOf(item: TaskItem): RelayFileOffsets[] {
  const files = item.Type === 1 ? (item.VodSrcAddrs ?? []) : [];
  const offsets = files.map((file) => ({ start: file.StartOffset ?? null, end: file.EndOffset ?? null }));
  return offsets.some(({ start, end }) => start !== null || end !== null) ? offsets : [];
}

// CycleMode -1 plays until the task ends, n > 0 that many times, 0 `PlayTimes` times (§5.1).
function loopsOf(item: TaskItem): RelayLoops | null {
  if (item.Type !== 1 || item.CycleMode === null || item.CycleMode === undefined) return null;
  if (item.CycleMode === -1) return 'untilEnd';
  const times = item.CycleMode === 0 ? item.PlayTimes : item.CycleMode;
  return times !== null && times !== undefined && Number.isInteger(times) && times > 0 ? times : null;
}

function lookup<K extends number, V>(table: Readonly<Record<K, V>>, key: number | null | undefined): V | null {
  return key !== null && key !== undefined && Object.hasOwn(table, key) ? table[key as K] : null;
}

// A listed task as the screens show it: times in ISO UTC, status mapped, raw status kept.
function relayTaskFrom(item: TaskItem): RelayTask {
  const rawStatus = item.Status ?? '';
  return {
    id: item.TaskId,
    title: item.Title ?? '',
    group: item.GroupName || null,
    sourceType: lookup(sourceTypes, item.Type),
    sources: sourcesOf(item),
    offsets: offsetsOf(item),
    loops: loopsOf(item),
    destination: item.DstAddr || null,
    destinationKind: lookup(destinationKinds, item.DstAddrType),
    start: volcengineTimeToIso(item.StartTime),
    end: volcengineTimeToIso(item.EndTime),
    status: relayTaskStatusFrom(rawStatus),
    rawStatus,
    callbackUrl: item.CallbackURL || null,
  };
}

/** What to list: some groups (none = all), titles containing a text (case-insensitive). */
export interface RelayTaskQuery {
  groups?: string[];
  title?: string;
}

/** One page of tasks. */
export const listRelayTasksPage = defineAction({
  provider: 'volcengine',
  action: 'ListPullToPushTaskV2',
  input: z.strictObject({
    groups: z.array(GroupName).max(1000).optional(),
    title: z.string().max(64).optional(),
    pageNumber: pageParam(1, maxTaskPage),
    pageSize: pageParam(1, maxTaskPageSize),
  }),
  params: ({ groups, title, pageNumber, pageSize }) => ({
    ...(groups?.length ? { GroupNames: groups } : {}),
    ...(title ? { Title: title } : {}),
    Page: pageNumber,
    Size: pageSize,
  }),
  response: withResult(z.object({ List: z.array(TaskItem).nullish(), Pagination: z.object({ TotalCount: z.number() }).nullish() })),
  result: ({ Result }): Page<RelayTask> => ({ items: (Result.List ?? []).map(relayTaskFrom), total: Result.Pagination?.TotalCount ?? null }),
});

/**
 * Every task matching a query, page after page within the list's rate budget — a schedule with
 * a task missing is a show that silently does not go out.
 */
export function listAllRelayTasks(client: CloudClient, query: RelayTaskQuery = {}, options: WalkOptions = {}): Promise<RelayTask[]> {
  const { pageSize = defaultTaskPageSize, onProgress, ...callOptions } = options;
  return walkPages((pageNumber) => runAction(client, listRelayTasksPage, { ...query, pageNumber, pageSize }, callOptions), {
    pageSize,
    maxPages: maxTaskPage,
    onProgress,
    signal: options.signal,
  });
}
