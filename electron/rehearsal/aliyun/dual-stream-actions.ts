import { CloudFault } from '../cloud-fault';
import type { AliyunAccountWorld, LiveDomain, OnlineStream } from '../world/aliyun-world';
import type { AliyunAction } from './aliyun-action';
import { utcText } from './aliyun-times';
import { intParam, invalidParameter, optionalParam, pageOf, requiredEnumParam, requiredParam, requireParams, utcTimeParam, type RpcParams } from './param-rules';
import { connectedUpstreams, hasDualIngestTask, masterOf, takeOverAutomatically } from './stream-drills';

/**
 * The five dual-stream (active/standby ingest) actions, aliyun-live.md §2. They take `Domain`
 * (not `DomainName`), which must be one of the account's streaming (`liveVideo`) domains; any
 * other is `InvalidParameter`, the only domain refusal their error tables document.
 */

const taskNotExist = () => new CloudFault(400, 'CodeTaskNotExist', 'Task does not exist.');
const switches = ['on', 'off'] as const;
/** The longest StartTime–EndTime window (§2.1). */
const maxWindowMs = 7 * 24 * 3_600_000;

function streamingDomain(account: AliyunAccountWorld, params: RpcParams): LiveDomain {
  const name = requiredParam(params, 'Domain');
  const domain = account.domains.find((candidate) => candidate.name === name && candidate.type === 'liveVideo');
  if (!domain) throw invalidParameter('Domain', `${name} is not a streaming domain of this account.`);
  return domain;
}

/** The config calls need the domain's ingest mapping (§2.3). */
function mappedDomain(account: AliyunAccountWorld, params: RpcParams): LiveDomain {
  const domain = streamingDomain(account, params);
  if (domain.ingestDomain === null) {
    throw new CloudFault(400, 'CodeGetPushbackDomainError', 'Unable to get the push domain name, please check the domain name mapping configuration.');
  }
  return domain;
}

/**
 * The DR task of `Domain`/`AppName`/`StreamName`: a dual-ingest stream, with DR on for its domain,
 * that at least one encoder is pushing. Anything else is `CodeTaskNotExist` (§2.2).
 */
function dualIngestTask(account: AliyunAccountWorld, params: RpcParams): OnlineStream {
  const domain = streamingDomain(account, params);
  const app = requiredParam(params, 'AppName');
  const name = requiredParam(params, 'StreamName');
  const stream = account.streams.find((candidate) => candidate.domain === domain.name && candidate.app === app && candidate.stream === name);
  if (!stream || !hasDualIngestTask(account, stream) || connectedUpstreams(stream).length === 0) throw taskNotExist();
  return stream;
}

/** The `StartTime`/`EndTime` window (both or neither, ≤ 7 days, UTC); the last 24 hours by default. */
function queryWindow(params: RpcParams, now: number): { start: number; end: number } {
  const start = utcTimeParam(params, 'StartTime');
  const end = utcTimeParam(params, 'EndTime');
  if (start === undefined && end === undefined) return { start: now - 24 * 3_600_000, end: now };
  if (start === undefined) throw invalidParameter('StartTime', 'Give StartTime with EndTime.');
  if (end === undefined) throw invalidParameter('EndTime', 'Give EndTime with StartTime.');
  if (end <= start || end - start > maxWindowMs) throw invalidParameter('EndTime', 'It must be after StartTime and at most 7 days later.');
  return { start, end };
}

function ingestUrl(domain: LiveDomain, app: string, sequence: string): string {
  return `rtmp://${domain.ingestDomain ?? domain.name}/${app}/${sequence}?vhost=${domain.name}`;
}

function onlineStreamAnswer(stream: OnlineStream, domain: LiveDomain) {
  return {
    Domain: stream.domain,
    AppName: stream.app,
    StreamName: stream.stream,
    OptimalMode: stream.optimalMode,
    UpstreamList: connectedUpstreams(stream).map((upstream) => ({
      UpstreamSequence: upstream.sequence,
      UpstreamIp: upstream.ip,
      UpstreamTime: utcText(upstream.since),
      MasterFlag: upstream.master,
    })),
    ChangeLogs: stream.changeLogs.map((log) => ({
      ChangeTime: utcText(log.at),
      ChangeReason: log.reason,
      UpstreamSequence: log.sequence,
      UpstreamIp: log.ip,
      MasterUpstream: ingestUrl(domain, stream.app, log.sequence),
    })),
  };
}

/**
 * QueryLiveDomainMultiStreamList (§2.1): the domain's streams with a DR task and at least one
 * encoder pushing, that were ingesting within the window; cut upstreams are not listed.
 * `StreamName` matches exactly. `OnlineStreams` is a bare array, paged by `PageNumber`/`PageSize`
 * (1–100, default 10) with `TotalCount`.
 */
export const queryLiveDomainMultiStreamList: AliyunAction = ({ account, params, now }) => {
  const domain = streamingDomain(account, params);
  const name = optionalParam(params, 'StreamName');
  const { start, end } = queryWindow(params, now);
  const pageNumber = intParam(params, 'PageNumber', 1, 100_000) ?? 1;
  const pageSize = intParam(params, 'PageSize', 1, 100) ?? 10;
  // A listed stream is online now, so it was ingesting within the window if it started by its end.
  const ingestingWithin = (stream: OnlineStream) => now >= start && connectedUpstreams(stream).some((upstream) => upstream.since <= end);
  const listed = account.streams.filter(
    (stream) => stream.domain === domain.name && (name === undefined || stream.stream === name) && hasDualIngestTask(account, stream) && ingestingWithin(stream),
  );
  return {
    PageNumber: pageNumber,
    PageSize: pageSize,
    TotalCount: listed.length,
    OnlineStreams: pageOf(listed, pageNumber, pageSize).map((stream) => onlineStreamAnswer(stream, domain)),
  };
};

/**
 * SetLiveDomainMultiStreamMaster (§2.2): puts the named upstream on air, logging `merge cut
 * manually`. The upstream must be one the stream lists (connected), else `InvalidParameter`.
 * Naming the upstream already on air is accepted and changes nothing — no ChangeLog — so a retry
 * of a switch that went through is harmless.
 */
export const setLiveDomainMultiStreamMaster: AliyunAction = ({ account, params, now }) => {
  requireParams(params, 'Domain', 'AppName', 'StreamName');
  const sequence = requiredParam(params, 'UpstreamSequence');
  const stream = dualIngestTask(account, params);
  const target = connectedUpstreams(stream).find((upstream) => upstream.sequence === sequence);
  if (!target) throw invalidParameter('UpstreamSequence', `No upstream ${sequence} is ingesting ${stream.stream}.`);
  if (masterOf(stream) === target) return {};
  for (const upstream of stream.upstreams) upstream.master = upstream === target;
  stream.changeLogs.push({ at: now, reason: 'merge cut manually', sequence: target.sequence, ip: target.ip });
  return {};
};

/** DescribeLiveDomainMultiStreamConfig (§2.3): the domain's DR switch, `on` or `off`. */
export const describeLiveDomainMultiStreamConfig: AliyunAction = ({ account, params }) => ({ Switch: mappedDomain(account, params).dualStream });

/**
 * SetLiveDomainMultiStreamConfig (§2.3): turns DR on or off for the domain. Off suspends its
 * streams' DR tasks (they leave the multi-stream list and refuse switches, and a master lost
 * meanwhile is not replaced); on brings them back, automatic mode putting an upstream on air
 * where nothing is.
 */
export const setLiveDomainMultiStreamConfig: AliyunAction = ({ account, params, now }) => {
  const domain = mappedDomain(account, params);
  domain.dualStream = requiredEnumParam(params, 'Switch', switches);
  domain.modifiedAt = now;
  for (const stream of account.streams) {
    if (stream.domain === domain.name && stream.optimalMode === 'on' && hasDualIngestTask(account, stream) && !masterOf(stream)) takeOverAutomatically(stream, now);
  }
  return {};
};

/**
 * SetLiveDomainMultiStreamOptimalMode (§2.3): automatic switching on or off for one stream.
 * Turning it on while nothing is on air (a master cut in manual mode) lets automatic mode pick at
 * once, as it would have at the cut.
 */
export const setLiveDomainMultiStreamOptimalMode: AliyunAction = ({ account, params, now }) => {
  requireParams(params, 'Domain', 'AppName', 'StreamName');
  const mode = requiredEnumParam(params, 'OptimalMode', switches);
  const stream = dualIngestTask(account, params);
  stream.optimalMode = mode;
  if (mode === 'on' && !masterOf(stream)) takeOverAutomatically(stream, now);
  return {};
};
