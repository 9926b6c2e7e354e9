import { CloudFault } from '../cloud-fault';
import { defaultResourceGroupId } from '../world/aliyun-seed';
import type { AliyunAccountWorld, LiveDomain, OnlineStream } from '../world/aliyun-world';
import type { AliyunAction } from './aliyun-action';
import { utcText } from './aliyun-times';
import { enumParam, intParam, optionalParam, pageOf, requiredParam } from './param-rules';
import { connectedUpstreams, masterOf } from './stream-drills';

/**
 * The discovery calls behind the domain picker and the "live now" list, aliyun-live.md §4. Note
 * their different paging: `PageNumber`/`PageSize`/`TotalCount` with the list wrapped as
 * `Domains.PageData[]` (§4.1), `PageNum`/`PageSize`/`TotalNum`/`TotalPage` with
 * `OnlineInfo.LiveStreamOnlineInfo[]` (§4.2).
 */

const searchTypes = ['fuzzy_match', 'pre_match', 'suf_match', 'full_match'] as const;

/**
 * How `DomainName` matches for each `DomainSearchType`: contained (the default), at the start, at
 * the end, or whole. `*` stands for any characters (`*.aliyundoc.com`); case is ignored.
 */
function domainMatcher(keyword: string, searchType: (typeof searchTypes)[number]): (name: string) => boolean {
  const pattern = keyword
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const anchored = { fuzzy_match: pattern, pre_match: `^${pattern}`, suf_match: `${pattern}$`, full_match: `^${pattern}$` }[searchType];
  const expression = new RegExp(anchored, 'i');
  return (name) => expression.test(name);
}

function domainAnswer(domain: LiveDomain, account: AliyunAccountWorld) {
  return {
    DomainName: domain.name,
    LiveDomainType: domain.type,
    LiveDomainStatus: domain.status,
    Cname: domain.cname,
    RegionName: domain.region,
    Description: '',
    GmtCreated: utcText(domain.createdAt),
    GmtModified: utcText(domain.modifiedAt),
    ResourceGroupId: defaultResourceGroupId(account.accountId),
  };
}

/**
 * DescribeLiveUserDomains (§4.1): the account's domains, filtered by `LiveDomainType`,
 * `DomainName` (with `DomainSearchType`), `DomainStatus`, `RegionName` and `ResourceGroupId`.
 * `PageSize` defaults to 20 and may not exceed 50 (`InvalidParameter` beyond).
 */
export const describeLiveUserDomains: AliyunAction = ({ account, params }) => {
  const type = enumParam(params, 'LiveDomainType', ['liveVideo', 'liveEdge'] as const);
  const keyword = optionalParam(params, 'DomainName');
  const matches = domainMatcher(keyword ?? '', enumParam(params, 'DomainSearchType', searchTypes) ?? 'fuzzy_match');
  const status = enumParam(params, 'DomainStatus', ['online', 'offline', 'configuring'] as const);
  const region = optionalParam(params, 'RegionName');
  const group = optionalParam(params, 'ResourceGroupId');
  const pageNumber = intParam(params, 'PageNumber', 1, 100_000) ?? 1;
  const pageSize = intParam(params, 'PageSize', 1, 50) ?? 20;
  const listed = account.domains.filter(
    (domain) =>
      (type === undefined || domain.type === type) &&
      (keyword === undefined || matches(domain.name)) &&
      (status === undefined || domain.status === status) &&
      (region === undefined || domain.region === region) &&
      (group === undefined || group === defaultResourceGroupId(account.accountId)),
  );
  return {
    PageNumber: pageNumber,
    PageSize: pageSize,
    TotalCount: listed.length,
    Domains: { PageData: pageOf(listed, pageNumber, pageSize).map((domain) => domainAnswer(domain, account)) },
  };
};

/** A stable edge-node address for a stream, so repeated listings agree. */
function serverIpOf(path: string): string {
  let hash = 0x811c9dc5;
  for (const char of path) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `47.${96 + (hash % 8)}.${(hash >>> 8) & 255}.${(hash >>> 16) & 255}`;
}

function onlineAnswer(stream: OnlineStream, domain: LiveDomain, namesOnly: boolean) {
  const connected = connectedUpstreams(stream);
  const publishTime = utcText(Math.min(...connected.map((upstream) => upstream.since)));
  const names = { DomainName: stream.domain, AppName: stream.app, StreamName: stream.stream, PublishTime: publishTime };
  if (namesOnly) return names;
  const publishDomain = domain.ingestDomain ?? domain.name;
  return {
    ...names,
    PublishUrl: `rtmp://${publishDomain}/${stream.app}/${stream.stream}`,
    PublishDomain: publishDomain,
    // Without an ingest domain the encoder pushes to the live centre on the streaming domain (§4.2).
    PublishType: domain.ingestDomain === null ? 'center' : 'edge',
    ClientIp: (masterOf(stream) ?? connected[0])?.ip ?? '',
    ServerIp: serverIpOf(`${stream.domain}/${stream.app}/${stream.stream}`),
    Transcoded: 'no',
    Width: 1920,
    Height: 1080,
    FrameRate: 30,
    VideoCodecId: 7,
    AudioCodecId: 10,
  };
}

/**
 * DescribeLiveStreamsOnlineList (§4.2): every stream of `DomainName` with at least one encoder
 * pushing — dual ingest or not — filtered by `AppName` (exact) and `StreamName` (`QueryType`
 * `fuzzy`, the default, matches a part; `strict` the whole). The rehearsal cloud transcodes
 * nothing, so `StreamType=trans` lists none. `PublishTime` is the earliest connected upstream's
 * start; `ClientIp` the master's address (the first connected upstream's when none is on air). A
 * domain the account does not have is 404 `InvalidDomainName.NotFound` (this action's error table
 * is not in the reference; that is the Live family's code for an unknown domain).
 */
export const describeLiveStreamsOnlineList: AliyunAction = ({ account, params }) => {
  const name = requiredParam(params, 'DomainName');
  const domain = account.domains.find((candidate) => candidate.name === name);
  if (!domain) throw new CloudFault(404, 'InvalidDomainName.NotFound', `The domain ${name} does not exist in this account.`);
  const app = optionalParam(params, 'AppName');
  const streamName = optionalParam(params, 'StreamName');
  const strict = (enumParam(params, 'QueryType', ['fuzzy', 'strict'] as const) ?? 'fuzzy') === 'strict';
  const transcodedOnly = enumParam(params, 'StreamType', ['all', 'raw', 'trans'] as const) === 'trans';
  const namesOnly = enumParam(params, 'OnlyStream', ['yes', 'no'] as const) === 'yes';
  const pageNumber = intParam(params, 'PageNum', 1, Number.MAX_SAFE_INTEGER) ?? 1;
  const pageSize = intParam(params, 'PageSize', 1, 3000) ?? 2000;
  const listed = account.streams.filter(
    (stream) =>
      stream.domain === domain.name &&
      !transcodedOnly &&
      connectedUpstreams(stream).length > 0 &&
      (app === undefined || stream.app === app) &&
      (streamName === undefined || (strict ? stream.stream === streamName : stream.stream.includes(streamName))),
  );
  return {
    PageNum: pageNumber,
    PageSize: pageSize,
    TotalNum: listed.length,
    TotalPage: Math.ceil(listed.length / pageSize),
    OnlineInfo: { LiveStreamOnlineInfo: pageOf(listed, pageNumber, pageSize).map((stream) => onlineAnswer(stream, domain, namesOnly)) },
  };
};
