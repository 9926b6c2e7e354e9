import { z } from 'zod';
import { IngestPoint, LiveDomainStatus, LiveDomainType, type LiveDomain, type OnlineStream } from '../../../../shared/domain/live-streams';
import type { CloudClient } from '../../cloud-client';
import { defineAction } from '../action-definition';
import type { Page } from '../paging';
import { listAllPages, type ListingOptions } from './list-all-pages';
import { DomainName, PageNumber, intInRange, optionalFilter } from './live-request-fields';
import { CloudTime } from './time-formats';

/**
 * The discovery calls behind the domain picker and the "what is live now" list, aliyun-live.md §4.
 * Read-only; the failover board offers only `liveVideo` domains, since that is what the
 * dual-stream actions and the online list take.
 */

/** The largest page of each list (§4.1 max 50; §4.2's documented default of 2000, well under its 3000 ceiling). */
const domainPageSize = 50;
const onlinePageSize = 2000;

const searchTypes = { fuzzy: 'fuzzy_match', prefix: 'pre_match', suffix: 'suf_match', exact: 'full_match' } as const;

const DomainQueryInput = z.strictObject({
  /** Only streaming (`liveVideo`) or only ingest (`liveEdge`) domains; both when omitted. */
  type: z.enum(['liveVideo', 'liveEdge'], { error: 'invalid' }).optional(),
  /** A name or pattern (`*.example.com`), matched as `match` says (fuzzy by default). */
  name: optionalFilter(z.string().trim().max(253).regex(/^[A-Za-z0-9.*-]*$/, { error: 'invalid' })),
  match: z.enum(['fuzzy', 'prefix', 'suffix', 'exact'], { error: 'invalid' }).optional(),
  status: z.enum(['online', 'offline', 'configuring'], { error: 'invalid' }).optional(),
  pageNumber: intInRange(1, 100_000).optional(),
  pageSize: intInRange(1, domainPageSize).optional(),
});

/** What the domain picker may ask DescribeLiveUserDomains, before validation. */
export type DomainQuery = z.input<typeof DomainQueryInput>;

const UserDomain = z.object({
  DomainName: z.string().min(1),
  // A kind or state the reference does not document reads as `other` rather than failing discovery.
  LiveDomainType: z.string().pipe(LiveDomainType.catch('other')),
  LiveDomainStatus: z.string().pipe(LiveDomainStatus.catch('other')),
  Cname: z.string().optional(),
  RegionName: z.string().optional(),
  Description: z.string().optional(),
  GmtCreated: CloudTime.optional(),
});

// Wrapped: `Domains.PageData[]` (§4.1). An empty page may leave the list out, but only an empty one.
const UserDomainPage = z
  .object({
    RequestId: z.string(),
    TotalCount: z.int().nonnegative(),
    Domains: z.object({ PageData: z.array(UserDomain).optional() }).optional(),
  })
  .refine((page) => page.Domains?.PageData !== undefined || page.TotalCount === 0, { error: 'missing while TotalCount > 0', path: ['Domains', 'PageData'] });

function toLiveDomain(domain: z.infer<typeof UserDomain>): LiveDomain {
  return {
    name: domain.DomainName,
    type: domain.LiveDomainType,
    status: domain.LiveDomainStatus,
    region: domain.RegionName || null,
    cname: domain.Cname || null,
    description: domain.Description ?? '',
    createdAt: domain.GmtCreated ?? null,
  };
}

/**
 * One page of the account's Live domains with their kind and state (DescribeLiveUserDomains,
 * §4.1). `PageNumber`/`PageSize`/`TotalCount`; at most 50 a page.
 */
export const queryLiveDomains = defineAction({
  provider: 'aliyun',
  action: 'DescribeLiveUserDomains',
  input: DomainQueryInput,
  params: (input) => ({
    LiveDomainType: input.type,
    DomainName: input.name,
    DomainSearchType: input.match && searchTypes[input.match],
    DomainStatus: input.status,
    PageNumber: input.pageNumber,
    PageSize: input.pageSize,
  }),
  response: UserDomainPage,
  result: (page): Page<LiveDomain> => ({ items: (page.Domains?.PageData ?? []).map(toLiveDomain), total: page.TotalCount }),
});

/** Every Live domain of the account matching the query, all pages, 50 at a time. */
export function listLiveDomains(client: CloudClient, query: Omit<DomainQuery, 'pageNumber' | 'pageSize'> = {}, options?: ListingOptions): Promise<LiveDomain[]> {
  return listAllPages(client, queryLiveDomains, query, domainPageSize, options);
}

const streamTypes = { all: 'all', source: 'raw', transcoded: 'trans' } as const;

const OnlineQueryInput = z.strictObject({
  domain: DomainName,
  /** The reference allows no wildcard in AppName. */
  app: optionalFilter(z.string().trim().max(255).regex(/^[^*]*$/, { error: 'invalid' })),
  stream: optionalFilter(z.string().trim().max(255)),
  /** Match `stream` exactly (`QueryType=strict`) rather than fuzzily (the cloud's default). */
  exactMatch: z.boolean().optional(),
  /** Source streams only, transcoded only, or both (the cloud's default). */
  streamType: z.enum(['all', 'source', 'transcoded'], { error: 'invalid' }).optional(),
  /** Names and publish time only (`OnlyStream=yes`): a lighter answer for a quick count. */
  namesOnly: z.boolean().optional(),
  pageNumber: PageNumber.optional(),
  pageSize: intInRange(1, 3000).optional(),
});

/** What the "live now" list may ask DescribeLiveStreamsOnlineList, before validation. */
export type OnlineQuery = z.input<typeof OnlineQueryInput>;

const OnlineInfo = z.object({
  DomainName: z.string(),
  AppName: z.string(),
  StreamName: z.string(),
  PublishTime: CloudTime,
  PublishUrl: z.string().optional(),
  PublishDomain: z.string().optional(),
  PublishType: z.string().pipe(IngestPoint.catch('other')).optional(),
  ClientIp: z.string().optional(),
  ServerIp: z.string().optional(),
  Transcoded: z.enum(['yes', 'no']).optional(),
  Width: z.number().optional(),
  Height: z.number().optional(),
  FrameRate: z.number().optional(),
  VideoCodecId: z.number().optional(),
  AudioCodecId: z.number().optional(),
  VideoDataRate: z.number().optional(),
  AudioDataRate: z.number().optional(),
});

// Wrapped: `OnlineInfo.LiveStreamOnlineInfo[]`, totals `TotalNum`/`TotalPage` (§4.2).
const OnlinePage = z
  .object({
    RequestId: z.string(),
    TotalNum: z.int().nonnegative(),
    OnlineInfo: z.object({ LiveStreamOnlineInfo: z.array(OnlineInfo).optional() }).optional(),
  })
  .refine((page) => page.OnlineInfo?.LiveStreamOnlineInfo !== undefined || page.TotalNum === 0, {
    error: 'missing while TotalNum > 0',
    path: ['OnlineInfo', 'LiveStreamOnlineInfo'],
  });

function toOnlineStream(info: z.infer<typeof OnlineInfo>): OnlineStream {
  return {
    domain: info.DomainName,
    app: info.AppName,
    stream: info.StreamName,
    publishedAt: info.PublishTime,
    publishUrl: info.PublishUrl || null,
    publishDomain: info.PublishDomain || null,
    ingestPoint: info.PublishType ?? null,
    clientIp: info.ClientIp || null,
    serverIp: info.ServerIp || null,
    transcoded: info.Transcoded === undefined ? null : info.Transcoded === 'yes',
    width: info.Width ?? null,
    height: info.Height ?? null,
    frameRate: info.FrameRate ?? null,
    videoCodecId: info.VideoCodecId ?? null,
    audioCodecId: info.AudioCodecId ?? null,
    videoKbps: info.VideoDataRate ?? null,
    audioKbps: info.AudioDataRate ?? null,
  };
}

/**
 * One page of the streams being ingested on a domain right now (DescribeLiveStreamsOnlineList,
 * §4.2). Note `DomainName` here, and `PageNum`/`TotalNum` (§0 "Naming traps").
 */
export const queryOnlineStreams = defineAction({
  provider: 'aliyun',
  action: 'DescribeLiveStreamsOnlineList',
  input: OnlineQueryInput,
  params: (input) => ({
    DomainName: input.domain,
    AppName: input.app,
    StreamName: input.stream,
    QueryType: input.exactMatch === undefined ? undefined : input.exactMatch ? 'strict' : 'fuzzy',
    StreamType: input.streamType && streamTypes[input.streamType],
    OnlyStream: input.namesOnly === undefined ? undefined : input.namesOnly ? 'yes' : 'no',
    PageNum: input.pageNumber,
    PageSize: input.pageSize,
  }),
  response: OnlinePage,
  result: (page): Page<OnlineStream> => ({ items: (page.OnlineInfo?.LiveStreamOnlineInfo ?? []).map(toOnlineStream), total: page.TotalNum }),
});

/** Every stream being ingested on a domain, all pages, 2000 at a time. */
export function listOnlineStreams(client: CloudClient, query: Omit<OnlineQuery, 'pageNumber' | 'pageSize'>, options?: ListingOptions): Promise<OnlineStream[]> {
  return listAllPages(client, queryOnlineStreams, query, onlinePageSize, options);
}
