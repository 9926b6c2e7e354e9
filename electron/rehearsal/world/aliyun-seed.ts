import type { RehearsalAccount } from '../rehearsal-keys';
import type { AliyunAccountWorld, ChangeLog, LiveDomain, OnlineStream, Upstream } from './aliyun-world';
import { mainDeskStudios, seedStudios, smallDeskStudios, type StudioPlan } from './aliyun-seed-studios';
import type { Prng } from './prng';

/**
 * The Alibaba account a rehearsal starts with: domains of every kind the desk meets (dual-stream
 * on and off, one without an ingest mapping, an ingest domain, an offline one), streams being
 * ingested by two or three encoders with one on air, single-encoder streams, and studios
 * (studios: aliyun-seed-studios.ts). The names are fixed per account so drills and docs can name
 * them; the details (IPs, times, ids, which encoder is on air) come from the seed, so `--seed N`
 * rebuilds the same account and another seed a different one.
 */

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

interface DomainPlan {
  name: string;
  type: LiveDomain['type'];
  status: LiveDomain['status'];
  dualStream: LiveDomain['dualStream'];
  ingestDomain: string | null;
  region: string;
}

interface StreamPlan {
  domain: string;
  stream: string;
  /** Encoders ingesting it; a stream without dual ingest has one. */
  upstreams: 1 | 2 | 3;
  optimalMode: OnlineStream['optimalMode'];
  /** Earlier switches in its history, the last one putting today's master on air. */
  changeLogs: 0 | 1 | 2;
}

interface DeskPlan {
  domains: DomainPlan[];
  streams: StreamPlan[];
  studios: readonly StudioPlan[];
}

function playDomain(name: string, dualStream: 'on' | 'off', ingestDomain: string | null, region = 'cn-shanghai', status: LiveDomain['status'] = 'online'): DomainPlan {
  return { name, type: 'liveVideo', status, dualStream, ingestDomain, region };
}

function ingestDomain(name: string): DomainPlan {
  return { name, type: 'liveEdge', status: 'online', dualStream: 'off', ingestDomain: null, region: 'cn-shanghai' };
}

/** The first account: the full desk every drill in the docs is written against. */
const mainDesk: DeskPlan = {
  domains: [
    playDomain('live.rehearsal.example', 'on', 'push.rehearsal.example'),
    playDomain('sports.rehearsal.example', 'on', 'push.rehearsal.example'),
    playDomain('news.rehearsal.example', 'off', 'push.rehearsal.example'),
    // No ingest mapping: the multi-stream config calls answer CodeGetPushbackDomainError.
    playDomain('studio.rehearsal.example', 'off', null),
    playDomain('archive.rehearsal.example', 'off', 'push.rehearsal.example', 'cn-beijing', 'offline'),
    ingestDomain('push.rehearsal.example'),
  ],
  streams: [
    { domain: 'live.rehearsal.example', stream: 'main', upstreams: 3, optimalMode: 'on', changeLogs: 1 },
    { domain: 'live.rehearsal.example', stream: 'studio-b', upstreams: 2, optimalMode: 'off', changeLogs: 2 },
    { domain: 'live.rehearsal.example', stream: 'lobby', upstreams: 1, optimalMode: 'off', changeLogs: 0 },
    { domain: 'sports.rehearsal.example', stream: 'match-1', upstreams: 2, optimalMode: 'on', changeLogs: 0 },
    { domain: 'sports.rehearsal.example', stream: 'match-2', upstreams: 3, optimalMode: 'off', changeLogs: 1 },
    { domain: 'sports.rehearsal.example', stream: 'commentary', upstreams: 2, optimalMode: 'on', changeLogs: 2 },
    { domain: 'news.rehearsal.example', stream: 'news-24', upstreams: 1, optimalMode: 'off', changeLogs: 0 },
    { domain: 'studio.rehearsal.example', stream: 'studio-feed', upstreams: 1, optimalMode: 'off', changeLogs: 0 },
  ],
  studios: mainDeskStudios,
};

/** Every other account: a smaller desk under its own names, so no answer can leak across accounts. */
function smallDesk(label: string): DeskPlan {
  const play = `live.${label}.example`;
  return {
    domains: [playDomain(play, 'on', `push.${label}.example`, 'cn-beijing'), ingestDomain(`push.${label}.example`)],
    streams: [
      { domain: play, stream: 'evening', upstreams: 2, optimalMode: 'on', changeLogs: 1 },
      { domain: play, stream: 'late', upstreams: 1, optimalMode: 'off', changeLogs: 0 },
    ],
    studios: smallDeskStudios(play),
  };
}

/** The resource group an account's resources fall into when none is named (§3.3 `ResourceGroupId`). */
export function defaultResourceGroupId(accountId: string): string {
  return `rg-acfm${accountId.slice(-8)}`;
}

/** A whole-second instant `minMs`–`maxMs` before `now`. */
function before(prng: Prng, now: number, minMs: number, maxMs: number): number {
  return Math.floor((now - prng.int(minMs, maxMs)) / 1000) * 1000;
}

/** An address in one of the private ranges, as an encoder behind a venue's NAT shows up. */
function privateIp(prng: Prng): string {
  const octet = () => prng.int(1, 254);
  const ranges = [() => `10.${prng.int(0, 255)}.${octet()}.${octet()}`, () => `172.${prng.int(16, 31)}.${octet()}.${octet()}`, () => `192.168.${prng.int(0, 255)}.${octet()}`];
  return prng.pick(ranges)();
}

function seedDomain(plan: DomainPlan, prng: Prng, now: number): LiveDomain {
  const createdAt = before(prng, now, 30 * day, 900 * day);
  const modifiedAt = createdAt + Math.floor(prng.next() * (now - createdAt) / 1000) * 1000;
  const { name, type, status, dualStream, ingestDomain: mapped, region } = plan;
  return { name, type, status, region, cname: `${name}.w.alikunlun.com`, createdAt, modifiedAt, dualStream, ingestDomain: mapped };
}

const changeReasons: readonly ChangeLog['reason'][] = ['merge cut manually', 'master stream no data', 'master stream low quality'];

/**
 * Switch history ending with today's master on air: each earlier switch went to another encoder,
 * at increasing times after every encoder had started.
 */
function seedChangeLogs(upstreams: readonly Upstream[], count: number, prng: Prng, now: number): ChangeLog[] {
  const masterIndex = upstreams.findIndex((upstream) => upstream.master);
  const lastStart = Math.max(...upstreams.map((upstream) => upstream.since));
  const logs: ChangeLog[] = [];
  for (let step = 0; step < count; step += 1) {
    const back = count - 1 - step;
    const target = upstreams[(masterIndex + back) % upstreams.length];
    if (!target) continue;
    const at = Math.floor((lastStart + ((now - lastStart) * (step + 1)) / (count + 1)) / 1000) * 1000;
    logs.push({ at, reason: prng.pick(changeReasons), sequence: target.sequence, ip: target.ip });
  }
  return logs;
}

function seedStream(plan: StreamPlan, prng: Prng, now: number): OnlineStream {
  // Sequence numbers follow ingest order: `_1` started first.
  const starts = Array.from({ length: plan.upstreams }, () => before(prng, now, 5 * minute, 6 * hour)).sort((a, b) => a - b);
  const masterIndex = prng.int(0, plan.upstreams - 1);
  const upstreams: Upstream[] = starts.map((since, index) => ({
    sequence: `${plan.stream}_AliRewrite_${index + 1}`,
    ip: privateIp(prng),
    since,
    master: index === masterIndex,
    cut: false,
  }));
  const dualIngest = plan.upstreams > 1;
  return {
    domain: plan.domain,
    app: 'live',
    stream: plan.stream,
    dualIngest,
    optimalMode: plan.optimalMode,
    upstreams,
    changeLogs: dualIngest ? seedChangeLogs(upstreams, plan.changeLogs, prng, now) : [],
  };
}

function deskLabel(index: number): string {
  return index === 1 ? 'second-desk' : `desk-${index + 1}`;
}

/**
 * Builds rehearsal account `index` (0 is the full desk, 1 `*.second-desk.example`, later ones
 * `*.desk-N.example`). Deterministic for the same generator state and `now`; allows `quota`
 * studios; no ClientToken has been seen yet.
 */
export function seedAliyunAccount(account: RehearsalAccount, index: number, prng: Prng, now: number, quota: number): AliyunAccountWorld {
  const plan = index === 0 ? mainDesk : smallDesk(deskLabel(index));
  const domains = plan.domains.map((domain) => seedDomain(domain, prng, now));
  const streams = plan.streams.map((stream) => seedStream(stream, prng, now));
  const casters = seedStudios(plan.studios, defaultResourceGroupId(account.accountId), prng, now);
  return { accountId: account.accountId, domains, streams, casters, casterQuota: quota, clientTokens: new Map() };
}
