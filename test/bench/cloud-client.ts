import RPCClient from '@alicloud/pop-core';
import { Service } from '@volcengine/openapi';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { buildRequest } from '../../electron/cloud/build-request';
import type { CloudCall, Identity } from '../../electron/cloud/cloud-client';
import { composeCloud } from '../../electron/cloud/compose-cloud';
import { createJournalWriter, journalPath } from '../../electron/journal/journal-file';
import { resolveEndpoint } from '../../electron/cloud/endpoint-policy';
import type { ProfileRecord } from '../../electron/credentials/profile-record';
import type { SecretVault } from '../../electron/credentials/secret-vault';
import { createLogger } from '../../electron/log';
import type { ProfileService } from '../../electron/services/profile-service';
import { startBenchServer } from './bench-server';
import { summarise, timeRounds, type Contender, type Summary } from './latency';

// `npm run bench`: per-call cost of our client beside a bare undici request and the providers'
// official SDK clients, all against one loopback cloud (its own process) in one run, and the rate
// our client achieves through one access key against a strict 10/s referee. Prints; asserts nothing.
const server = await startBenchServer({ SetLiveDomainMultiStreamOptimalMode: 10 });
const secret = 'BenchSecret-0000000001';
const identity = (provider: ProfileRecord['provider'], accessKeyId: string): Identity => ({
  profile: {
    id: `bench-${provider}`,
    name: 'bench',
    provider,
    accessKeyId,
    region: provider === 'aliyun' ? 'cn-shanghai' : 'cn-north-1',
    signatureVersion: 'v3',
    endpoint: server.endpoint,
    notes: '',
    hasSecurityToken: false,
    securityTokenExpiresAt: null,
    createdAt: '',
    updatedAt: '',
  },
  credentials: { accessKeyId, accessKeySecret: secret },
});

const unused = () => {
  throw new Error('the benchmark passes its identity explicitly');
};
const cloud = composeCloud({
  profiles: { activeId: unused, records: unused } as unknown as ProfileService,
  vault: { get: unused } as unknown as SecretVault,
  journal: createJournalWriter(journalPath(await mkdtemp(path.join(os.tmpdir(), 'lcr-bench-')))),
  identity: { origin: 'cli', user: 'bench', host: 'bench' },
  log: createLogger('bench', () => undefined),
});

/**
 * The bare request: exactly the bytes our client sends for `call` (signed once, up front) through
 * undici's `request()` on a plain keep-alive agent, the body read as JSON. Its cost is what any
 * client must pay for this call; the ratio to it is what our client adds.
 */
const bare = new Agent({ keepAliveTimeout: 30_000 });
function bareCall(call: CloudCall & { identity: Identity; method: 'GET' | 'POST' }): () => Promise<unknown> {
  const { profile, credentials } = call.identity;
  const signed = buildRequest(call.provider, { ...call, profile, credentials, endpoint: resolveEndpoint(call.provider, profile.endpoint).endpoint, date: new Date(), nonce: randomUUID() });
  return async () => (await request(signed.url, { method: signed.method, headers: signed.headers, body: signed.body ?? undefined, dispatcher: bare })).body.json();
}

const rounds = { calls: 300, warmup: 500 };
const rows: [string, Summary][] = [];
const measure = async (contenders: Contender[], spacingMs: number) => {
  const samples = await timeRounds(contenders, { ...rounds, spacingMs });
  for (const { label } of contenders) rows.push([label, summarise(samples.get(label) ?? [])]);
};

// Alibaba: DescribeLiveUserDomains (100/s); a round every 15 ms keeps everyone inside it.
const aliyunCall = { provider: 'aliyun', action: 'DescribeLiveUserDomains', method: 'POST', params: { PageNumber: 1, PageSize: 20 }, identity: identity('aliyun', 'LTAI5tBenchOurs000001') } as const;
const popCore = new RPCClient({ accessKeyId: 'LTAI5tBenchPop0000001', accessKeySecret: secret, endpoint: server.endpoint, apiVersion: '2016-11-01' });
await measure(
  [
    { label: 'Alibaba · bare undici request', call: bareCall(aliyunCall) },
    { label: 'Alibaba · Live Control Room (V3)', call: () => cloud.client.call(aliyunCall) },
    { label: 'Alibaba · @alicloud/pop-core (V1)', call: () => popCore.request('DescribeLiveUserDomains', { PageNumber: 1, PageSize: 20 }, { method: 'POST' }) },
  ],
  15,
);
// Volcengine: DescribeLivePullToPushData (30/s); a round every 40 ms.
const volcBody = { StartTime: '2026-11-22T00:00:00+08:00', EndTime: '2026-11-22T01:00:00+08:00' };
const volcCall = { provider: 'volcengine', action: 'DescribeLivePullToPushData', method: 'POST', params: volcBody, identity: identity('volcengine', 'AKLTBenchOurs00000001') } as const;
const volcSdk = new Service({ host: new URL(server.endpoint).host, protocol: 'http:', serviceName: 'live', region: 'cn-north-1', accessKeyId: 'AKLTBenchSdk000000001', secretKey: secret });
const volcSdkCall = volcSdk.createJSONAPI('DescribeLivePullToPushData', { Version: '2023-01-01' });
await measure(
  [
    { label: 'Volcengine · bare undici request', call: bareCall(volcCall) },
    { label: 'Volcengine · Live Control Room', call: () => cloud.client.call(volcCall) },
    { label: 'Volcengine · @volcengine/openapi Service', call: () => volcSdkCall(volcBody) },
  ],
  40,
);

// 200 mutations at once through one access key, against the 10/s referee.
const rateKeyId = 'LTAI5tBenchRate000001';
const rateIdentity = identity('aliyun', rateKeyId);
await Promise.all(
  Array.from({ length: 200 }, () =>
    cloud.client.call({ provider: 'aliyun', action: 'SetLiveDomainMultiStreamOptimalMode', params: { Domain: 'live.example.com', AppName: 'live', StreamName: 's', OptimalMode: 'off' }, identity: rateIdentity }),
  ),
);
const referee = await server.referee();
const arrivals = [...(referee.arrivals[`${rateKeyId}|SetLiveDomainMultiStreamOptimalMode`] ?? [])].sort((a, b) => a - b);
const windowSeconds = ((arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)) / 1000 + 1;

const fmt = (n: number) => n.toFixed(3);
const baseline = (label: string) => rows.find(([l]) => l.startsWith(label.split(' · ')[0] ?? '') && l.includes('bare'))?.[1];
console.log(`\nPer-call latency, loopback, ${rounds.calls} interleaved calls each after ${rounds.warmup} warm-up rounds, inside each action's rate budget\n`);
console.log('| client | median ms | p95 ms | median ÷ bare | p95 ÷ bare |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, s] of rows) {
  const base = baseline(label);
  console.log(`| ${label} | ${fmt(s.median)} | ${fmt(s.p95)} | ${base ? (s.median / base.median).toFixed(2) : '—'}× | ${base ? (s.p95 / base.p95).toFixed(2) : '—'}× |`);
}
console.log(`\n200 SetLiveDomainMultiStreamOptimalMode calls at once through one access key (limit 10/s):`);
console.log(`  arrivals at the cloud: ${arrivals.length}; throttling answers: ${referee.throttled}; achieved rate: ${(arrivals.length / windowSeconds).toFixed(2)}/s over ${windowSeconds.toFixed(2)} s of windows\n`);

await cloud.close();
await bare.close();
await server.close();
