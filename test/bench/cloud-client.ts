import RPCClient from '@alicloud/pop-core';
import { Service } from '@volcengine/openapi';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { composeCloud } from '../../electron/cloud/compose-cloud';
import type { Identity } from '../../electron/cloud/cloud-client';
import type { ProfileRecord } from '../../electron/credentials/profile-record';
import { createLogger } from '../../electron/log';
import type { ProfileService } from '../../electron/services/profile-service';
import type { SecretVault } from '../../electron/credentials/secret-vault';
import { startBenchServer } from './bench-server';
import { summarise, timeCalls, type Summary } from './latency';

// `npm run bench`: per-call cost of our client beside a bare undici request and the providers'
// official SDK clients, all against one loopback server in one run, and the rate our client
// achieves through one access key against a strict 10/s referee. Prints figures; asserts nothing.
const calls = 300;
const server = await startBenchServer({ SetLiveDomainMultiStreamOptimalMode: 10 });
const secret = 'BenchSecret-0000000001';
const profile = (provider: ProfileRecord['provider'], accessKeyId: string): ProfileRecord => ({
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
});
const identity = (provider: ProfileRecord['provider'], accessKeyId: string): Identity => ({
  profile: profile(provider, accessKeyId),
  credentials: { accessKeyId, accessKeySecret: secret },
});

const unused = () => {
  throw new Error('the benchmark passes its identity explicitly');
};
const cloud = composeCloud({
  profiles: { activeId: unused, records: unused } as unknown as ProfileService,
  vault: { get: unused } as unknown as SecretVault,
  dataDir: await mkdtemp(path.join(os.tmpdir(), 'lcr-bench-')),
  origin: 'cli',
  log: createLogger('bench', () => undefined),
});
const bare = new Agent({ keepAliveTimeout: 30_000 });
const popCore = new RPCClient({ accessKeyId: 'LTAI5tBenchPop0000001', accessKeySecret: secret, endpoint: server.endpoint, apiVersion: '2016-11-01' });
const volcSdk = new Service({ host: new URL(server.endpoint).host, protocol: 'http:', serviceName: 'live', region: 'cn-north-1', accessKeyId: 'AKLTBenchSdk000000001', secretKey: secret });
const volcSdkCall = volcSdk.createJSONAPI('DescribeLivePullToPushData', { Version: '2023-01-01' });
const volcBody = { StartTime: '2026-11-22T00:00:00+08:00', EndTime: '2026-11-22T01:00:00+08:00' };

const rows: [string, Summary][] = [];
const measure = async (label: string, call: () => Promise<unknown>, spacingMs: number) => rows.push([label, summarise(await timeCalls(call, calls, spacingMs))]);

// Alibaba: DescribeLiveUserDomains (100/s), spaced at 15 ms so nobody waits for budget.
const aliyunUrl = `${server.endpoint}/?Action=DescribeLiveUserDomains&PageNumber=1&PageSize=20`;
await measure('Alibaba · bare undici request', async () => (await request(aliyunUrl, { method: 'POST', dispatcher: bare })).body.json(), 15);
await measure('Alibaba · Live Control Room (V3)', () => cloud.client.call({ provider: 'aliyun', action: 'DescribeLiveUserDomains', params: { PageNumber: 1, PageSize: 20 }, identity: identity('aliyun', 'LTAI5tBenchOurs000001') }), 15);
await measure('Alibaba · @alicloud/pop-core (V1)', () => popCore.request('DescribeLiveUserDomains', { PageNumber: 1, PageSize: 20 }, { method: 'POST' }), 15);
// Volcengine: DescribeLivePullToPushData (30/s), spaced at 40 ms.
const volcUrl = `${server.endpoint}/?Action=DescribeLivePullToPushData&Version=2023-01-01`;
await measure('Volcengine · bare undici request', async () => (await request(volcUrl, { method: 'POST', body: JSON.stringify(volcBody), headers: { 'content-type': 'application/json' }, dispatcher: bare })).body.json(), 40);
await measure('Volcengine · Live Control Room', () => cloud.client.call({ provider: 'volcengine', action: 'DescribeLivePullToPushData', params: volcBody, identity: identity('volcengine', 'AKLTBenchOurs00000001') }), 40);
await measure('Volcengine · @volcengine/openapi Service', () => volcSdkCall(volcBody), 40);

// 200 mutations at once through one access key, against the 10/s referee.
const rateIdentity = identity('aliyun', 'LTAI5tBenchRate000001');
const starts: number[] = [];
const before = server.throttled;
await Promise.all(
  Array.from({ length: 200 }, async () => {
    await cloud.client.call({ provider: 'aliyun', action: 'SetLiveDomainMultiStreamOptimalMode', params: { Domain: 'live.example.com', AppName: 'live', StreamName: 's', OptimalMode: 'off' }, identity: rateIdentity });
    starts.push(performance.now());
  }),
);
const arrivals = [...(server.arrivals.get('LTAI5tBenchRate000001|SetLiveDomainMultiStreamOptimalMode') ?? [])].sort((a, b) => a - b);
const windowSeconds = ((arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)) / 1000 + 1;

const fmt = (n: number) => n.toFixed(3);
const baseline = (label: string) => rows.find(([l]) => l.startsWith(label.split(' · ')[0] ?? '') && l.includes('bare'))?.[1];
console.log('\nPer-call latency, loopback, 300 calls each after 20 warm-up calls, inside each action\'s rate budget\n');
console.log('| client | median ms | p95 ms | median ÷ bare | p95 ÷ bare |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, s] of rows) {
  const base = baseline(label);
  console.log(`| ${label} | ${fmt(s.median)} | ${fmt(s.p95)} | ${base ? (s.median / base.median).toFixed(2) : '—'}× | ${base ? (s.p95 / base.p95).toFixed(2) : '—'}× |`);
}
console.log(`\n200 SetLiveDomainMultiStreamOptimalMode calls at once through one access key (limit 10/s):`);
console.log(`  arrivals at the cloud: ${arrivals.length}; throttling answers: ${server.throttled - before}; achieved rate: ${(arrivals.length / windowSeconds).toFixed(2)}/s over ${windowSeconds.toFixed(2)} s of windows\n`);

await cloud.close();
await bare.close();
await server.close();
