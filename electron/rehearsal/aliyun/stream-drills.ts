import { AppErrorException, appError, type ErrorParams } from '../../../shared/errors/app-error';
import type { ErrorCode } from '../../../shared/errors/error-codes';
import type { AliyunAccountWorld, OnlineStream, Upstream } from '../world/aliyun-world';

/** A drill that cannot be carried out: a typed, localisable code, with the detail in English as its hint. */
function refused(code: ErrorCode, params: ErrorParams, detail: string): AppErrorException {
  return new AppErrorException(appError(code, params, { hint: detail }));
}

/**
 * The encoder drills of the rehearsal cloud (`cut`, `restore`) and the failover model they and the
 * dual-stream actions share.
 *
 * The model: a stream's connected (not cut) upstreams are what every list shows; at most one of
 * them is the master (on air). When the master stops pushing:
 * - in automatic mode (`OptimalMode` on, with a dual-ingest task) the connected upstream that has
 *   pushed longest takes over at once, recorded as `master stream no data`;
 * - in manual mode nothing takes over: the stream is listed with NO master until the operator
 *   switches (SetLiveDomainMultiStreamMaster) or turns automatic mode on — which is exactly the
 *   moment a desk has to notice and act;
 * - with no upstream left the stream is off the air and leaves every list.
 * A restored encoder pushes again as a standby with a fresh ingest time; it never takes the air
 * from the operator, except when the stream was off the air, where the first to return is master.
 */

/** The upstreams still pushing, in ingest-session order. */
export function connectedUpstreams(stream: OnlineStream): Upstream[] {
  return stream.upstreams.filter((upstream) => !upstream.cut);
}

/** The upstream on air, if any. */
export function masterOf(stream: OnlineStream): Upstream | undefined {
  return stream.upstreams.find((upstream) => upstream.master && !upstream.cut);
}

/**
 * Whether the stream has a dual-stream DR task: it is ingested with dual ingest on a domain whose
 * dual-stream switch is on. Turning the domain's switch off suspends its tasks (`CodeTaskNotExist`,
 * gone from QueryLiveDomainMultiStreamList); turning it on again brings them back.
 */
export function hasDualIngestTask(account: AliyunAccountWorld, stream: OnlineStream): boolean {
  return stream.dualIngest && account.domains.some((domain) => domain.name === stream.domain && domain.dualStream === 'on');
}

/**
 * Automatic mode's pick when nothing is on air: the connected upstream that has pushed longest
 * becomes master, with a `master stream no data` ChangeLog. Returns it, or undefined when no
 * upstream is connected.
 */
export function takeOverAutomatically(stream: OnlineStream, now: number): Upstream | undefined {
  const [heir] = connectedUpstreams(stream).sort((a, b) => a.since - b.since || a.sequence.localeCompare(b.sequence));
  if (!heir) return undefined;
  heir.master = true;
  stream.changeLogs.push({ at: now, reason: 'master stream no data', sequence: heir.sequence, ip: heir.ip });
  return heir;
}

/** The rehearsal cloud's accounts, or one of them. */
export type Accounts = AliyunAccountWorld | readonly AliyunAccountWorld[];

/** A stream found by its path, with the account that owns its domain. */
export interface FoundStream {
  account: AliyunAccountWorld;
  stream: OnlineStream;
  path: string;
}

const pathOf = (stream: OnlineStream) => `${stream.domain}/${stream.app}/${stream.stream}`;

/**
 * Finds a stream by `domain/app/stream`. Domains belong to exactly one account, so the domain
 * says whose stream it is. Throws `rehearsal.unknownStream`, its hint naming what exists, when
 * the path matches nothing.
 */
export function findStream(accounts: Accounts, path: string): FoundStream {
  const worlds = 'accountId' in accounts ? [accounts] : accounts;
  const parts = path.split('/');
  const [domain, app, name] = parts;
  if (parts.length !== 3 || !domain || !app || !name) throw refused('rehearsal.unknownStream', { stream: path }, `A stream is named domain/app/stream; "${path}" is not.`);
  const account = worlds.find((world) => world.domains.some((candidate) => candidate.name === domain));
  if (!account) {
    const all = worlds.flatMap((world) => world.streams.map(pathOf));
    throw refused('rehearsal.unknownStream', { stream: path }, `No rehearsal account has the domain ${domain}. Streams: ${all.join(', ')}.`);
  }
  const stream = account.streams.find((candidate) => candidate.domain === domain && candidate.app === app && candidate.stream === name);
  if (!stream) {
    const here = account.streams.filter((candidate) => candidate.domain === domain).map(pathOf);
    throw refused('rehearsal.unknownStream', { stream: path }, `No stream ${path}. Streams on ${domain}: ${here.join(', ') || 'none'}.`);
  }
  return { account, stream, path };
}

function upstreamNamed(found: FoundStream, sequence: string): Upstream {
  const upstream = found.stream.upstreams.find((candidate) => candidate.sequence === sequence);
  if (!upstream) {
    const known = found.stream.upstreams.map((u) => u.sequence).join(', ');
    throw refused('rehearsal.unknownUpstream', { stream: found.path, upstream: sequence }, `No upstream ${sequence} on ${found.path}. Its upstreams: ${known}.`);
  }
  return upstream;
}

function cutTarget(found: FoundStream, sequence: string | undefined): Upstream {
  if (sequence !== undefined) {
    const upstream = upstreamNamed(found, sequence);
    if (upstream.cut) throw refused('rehearsal.nothingToCut', { stream: found.path }, `${sequence} of ${found.path} is already cut.`);
    return upstream;
  }
  const master = masterOf(found.stream);
  if (master) return master;
  const connected = connectedUpstreams(found.stream).map((upstream) => upstream.sequence);
  if (connected.length === 0) throw refused('rehearsal.nothingToCut', { stream: found.path }, `${found.path} is off the air: every upstream is already cut.`);
  throw refused('rehearsal.nothingToCut', { stream: found.path }, `${found.path} has no master to cut (nothing is on air); name the upstream: ${connected.join(', ')}.`);
}

/**
 * The `cut` drill: an encoder stops pushing (the master when no sequence is given). The upstream
 * leaves every list; a cut master hands over as the model above says. Returns what happened, in
 * a sentence; throws a typed `rehearsal.*` error for an unknown stream or upstream, or one already cut.
 */
export function cutUpstream(accounts: Accounts, path: string, sequence: string | undefined, now: number): string {
  const found = findStream(accounts, path);
  const { stream } = found;
  const upstream = cutTarget(found, sequence);
  const wasMaster = upstream.master;
  upstream.cut = true;
  upstream.master = false;
  const remaining = connectedUpstreams(stream);
  if (remaining.length === 0) return `Cut ${upstream.sequence} of ${path}: no encoder is pushing, so the stream is off the air and gone from the online lists.`;
  if (!wasMaster) {
    const master = masterOf(stream);
    return `Cut standby ${upstream.sequence} of ${path}; ${master ? `${master.sequence} stays on air` : 'nothing is on air until the operator switches'}.`;
  }
  const heir = stream.optimalMode === 'on' && hasDualIngestTask(found.account, stream) ? takeOverAutomatically(stream, now) : undefined;
  if (heir) return `Cut ${upstream.sequence} (the master) of ${path}; automatic mode put ${heir.sequence} on air (master stream no data).`;
  const standbys = remaining.map((candidate) => candidate.sequence).join(', ');
  const why = stream.optimalMode === 'off' ? 'automatic mode is off' : 'the stream has no dual-stream task';
  return `Cut ${upstream.sequence} (the master) of ${path}; ${why}, so nothing is on air until the operator switches to one of: ${standbys}.`;
}

/**
 * The `restore` drill: the cut upstream (every cut upstream of the stream when no sequence is
 * given) pushes again as a standby, its ingest time now. When the stream was off the air the first
 * restored upstream is master again. Returns what happened; throws a typed `rehearsal.*` error for an unknown stream
 * or upstream, or when there is nothing cut to restore.
 */
export function restoreUpstream(accounts: Accounts, path: string, sequence: string | undefined, now: number): string {
  const found = findStream(accounts, path);
  const { stream } = found;
  const targets = sequence === undefined ? stream.upstreams.filter((upstream) => upstream.cut) : [upstreamNamed(found, sequence)];
  if (sequence !== undefined && targets.some((upstream) => !upstream.cut)) {
    throw refused('rehearsal.nothingToRestore', { stream: path }, `${sequence} of ${path} is not cut; only a cut upstream can be restored.`);
  }
  if (targets.length === 0) throw refused('rehearsal.nothingToRestore', { stream: path }, `${path} has no cut upstream to restore.`);
  const wasOffAir = connectedUpstreams(stream).length === 0;
  for (const upstream of targets) Object.assign(upstream, { cut: false, master: false, since: now });
  const names = targets.map((upstream) => upstream.sequence).join(', ');
  const [first] = targets;
  if (wasOffAir && first) {
    first.master = true;
    return `Restored ${names} of ${path}: the stream is back on the air with ${first.sequence} as master.`;
  }
  const master = masterOf(stream);
  return `Restored ${names} of ${path} as standby; ${master ? `${master.sequence} stays on air` : 'nothing is on air until the operator switches'}.`;
}
