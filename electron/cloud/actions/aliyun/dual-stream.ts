import { z } from 'zod';
import type { DualIngestChange, DualIngestStream, DualIngestUpstream, SwitchReason } from '../../../../shared/domain/live-streams';
import type { CloudClient } from '../../cloud-client';
import { defineAction } from '../action-definition';
import type { Page } from '../paging';
import { listAllPages, type ListingOptions } from './list-all-pages';
import { DomainName, PageNumber, StreamPart, UpstreamSequence, intInRange, optionalFilter } from './live-request-fields';
import { CloudTime, RequestTime } from './time-formats';

/**
 * The dual-stream (active/standby ingest) actions the failover board runs on, aliyun-live.md §2:
 * read which encoder is on air, switch to the other, and turn the cloud's automatic switching on
 * or off per stream. The domain-wide switch is in dual-stream-config.ts.
 */

/** The longest StartTime–EndTime window QueryLiveDomainMultiStreamList accepts (§2.1). */
const maxWindowDays = 7;
/** The largest page QueryLiveDomainMultiStreamList serves (§2.1); a full walk asks for this. */
const maxPageSize = 100;

const DualIngestQueryInput = z
  .strictObject({
    domain: DomainName,
    /** Only this stream (exact match). */
    stream: optionalFilter(z.string().trim().max(255)),
    /** Both or neither; when neither, the cloud looks at the last 24 hours. */
    start: RequestTime.optional(),
    end: RequestTime.optional(),
    pageNumber: PageNumber.optional(),
    pageSize: intInRange(1, maxPageSize).optional(),
  })
  .superRefine(({ start, end }, context) => {
    if (start === undefined && end === undefined) return;
    if (start === undefined || end === undefined) {
      context.addIssue({ code: 'custom', message: 'required', path: [start === undefined ? 'start' : 'end'] });
      return;
    }
    const spanMs = Date.parse(end) - Date.parse(start);
    if (spanMs <= 0) context.addIssue({ code: 'custom', message: 'endBeforeStart', path: ['end'] });
    else if (spanMs > maxWindowDays * 86_400_000) context.addIssue({ code: 'custom', message: 'windowTooLong', params: { days: maxWindowDays }, path: ['end'] });
  });

/** What the board may ask QueryLiveDomainMultiStreamList, before validation. */
export type DualIngestQuery = z.input<typeof DualIngestQueryInput>;

const Upstream = z.object({
  UpstreamSequence: z.string().min(1),
  UpstreamIp: z.string(),
  UpstreamTime: CloudTime,
  MasterFlag: z.boolean(),
});

const ChangeLog = z.object({
  ChangeTime: CloudTime,
  ChangeReason: z.string(),
  UpstreamSequence: z.string(),
  UpstreamIp: z.string(),
});

const MultiStream = z.object({
  Domain: z.string(),
  AppName: z.string(),
  StreamName: z.string(),
  OptimalMode: z.enum(['on', 'off']),
  UpstreamList: z.array(Upstream),
  // A stream that never switched may come without a history; that is an empty one.
  ChangeLogs: z.array(ChangeLog).default([]),
});

// `OnlineStreams` is a bare array (§2.1). An empty page may leave it out, but only an empty one:
// a missing list with streams reported would silently drop them.
const MultiStreamPage = z
  .object({ RequestId: z.string(), TotalCount: z.int().nonnegative(), OnlineStreams: z.array(MultiStream).optional() })
  .refine((page) => page.OnlineStreams !== undefined || page.TotalCount === 0, { error: 'missing while TotalCount > 0', path: ['OnlineStreams'] });

const reasons: Readonly<Record<string, SwitchReason>> = {
  'merge cut manually': 'manual',
  'master stream no data': 'noData',
  'master stream low quality': 'lowQuality',
};

/**
 * Reads a `ChangeReason` (§2.1 documents three texts). Case and surrounding spaces are ignored;
 * any other text is `other`, its words kept in `rawReason`.
 */
export function switchReasonOf(rawReason: string): SwitchReason {
  return reasons[rawReason.trim().toLowerCase()] ?? 'other';
}

function toUpstream(upstream: z.infer<typeof Upstream>): DualIngestUpstream {
  return { sequence: upstream.UpstreamSequence, ip: upstream.UpstreamIp, since: upstream.UpstreamTime, master: upstream.MasterFlag };
}

function toChange(log: z.infer<typeof ChangeLog>): DualIngestChange {
  return { at: log.ChangeTime, reason: switchReasonOf(log.ChangeReason), rawReason: log.ChangeReason, sequence: log.UpstreamSequence, ip: log.UpstreamIp };
}

function toDualIngestStream(item: z.infer<typeof MultiStream>): DualIngestStream {
  const upstreams = item.UpstreamList.map(toUpstream).sort((a, b) => a.since.localeCompare(b.since) || a.sequence.localeCompare(b.sequence));
  const changes = item.ChangeLogs.map(toChange).sort((a, b) => b.at.localeCompare(a.at));
  return { domain: item.Domain, app: item.AppName, stream: item.StreamName, automatic: item.OptimalMode === 'on', upstreams, changes };
}

/**
 * One page of a domain's dual-ingest streams with their upstreams, which one is on air
 * (`MasterFlag`) and the switch history (QueryLiveDomainMultiStreamList, §2.1). Note `Domain`
 * and `PageNumber`/`TotalCount` (§0 "Naming traps").
 */
export const queryDualIngestStreams = defineAction({
  provider: 'aliyun',
  action: 'QueryLiveDomainMultiStreamList',
  input: DualIngestQueryInput,
  params: (input) => ({
    Domain: input.domain,
    StreamName: input.stream,
    StartTime: input.start,
    EndTime: input.end,
    PageNumber: input.pageNumber,
    PageSize: input.pageSize,
  }),
  response: MultiStreamPage,
  result: (page): Page<DualIngestStream> => ({ items: (page.OnlineStreams ?? []).map(toDualIngestStream), total: page.TotalCount }),
});

/**
 * Every dual-ingest stream of a domain, all pages, 100 at a time (the largest page): what the
 * failover board polls.
 */
export function listDualIngestStreams(
  client: CloudClient,
  query: Omit<DualIngestQuery, 'pageNumber' | 'pageSize'>,
  options?: ListingOptions,
): Promise<DualIngestStream[]> {
  return listAllPages(client, queryDualIngestStreams, query, maxPageSize, options);
}

const StreamInput = { domain: DomainName, app: StreamPart, stream: StreamPart };
const streamTarget = ({ domain, app, stream }: { domain: string; app: string; stream: string }) => `${domain}/${app}/${stream}`;
const Ack = z.object({ RequestId: z.string() });

/**
 * Puts another upstream on air: the manual switch (SetLiveDomainMultiStreamMaster, §2.2). The
 * answer only says the request was taken; the board shows the switch as pending until a re-read
 * shows `MasterFlag` on the target. `CodeTaskNotExist` (no dual ingest for this stream) and
 * `CodeTaskNotStarted` come back as `stream.noDualIngest` / `stream.dualIngestNotStarted`.
 */
export const switchOnAirUpstream = defineAction({
  provider: 'aliyun',
  action: 'SetLiveDomainMultiStreamMaster',
  input: z.strictObject({ ...StreamInput, sequence: UpstreamSequence }),
  params: (input) => ({ Domain: input.domain, AppName: input.app, StreamName: input.stream, UpstreamSequence: input.sequence }),
  response: Ack,
  result: (response) => ({ requestId: response.RequestId }),
  target: (input) => streamTarget(input),
});

/**
 * Turns the cloud's automatic switching on or off for one stream
 * (SetLiveDomainMultiStreamOptimalMode, §2.3). An operator who takes a manual switch may turn it
 * off so the cloud does not switch back on its own (§2 step 5).
 */
export const setAutomaticSwitching = defineAction({
  provider: 'aliyun',
  action: 'SetLiveDomainMultiStreamOptimalMode',
  input: z.strictObject({ ...StreamInput, automatic: z.boolean() }),
  params: (input) => ({ Domain: input.domain, AppName: input.app, StreamName: input.stream, OptimalMode: input.automatic ? 'on' : 'off' }),
  response: Ack,
  result: (response) => ({ requestId: response.RequestId }),
  target: (input) => streamTarget(input),
});
