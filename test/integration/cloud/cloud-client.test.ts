import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startScriptedServer, type Received, type Reply, type ScriptedServer } from './scripted-server';
import { testClient, testProfile, testSecret, testToken } from './client-harness';

// The one transport against scripted loopback servers: retries only where safe, the same
// ClientToken on every retry, clock-skew recovery, Volcengine's envelope rules, the rate limit
// under concurrent callers, and no secret anywhere.
let server: ScriptedServer | undefined;
afterEach(async () => server?.close());

const aliyunOk = (extra: object = {}): Reply => ({ status: 200, json: { RequestId: 'REQ-OK', ...extra } });
const aliyunError = (status: number, code: string, message = code, headers: Record<string, string> = {}): Reply => ({
  status,
  json: { RequestId: `REQ-${code}`, Code: code, Message: message },
  headers,
});
const serve = async (script: (request: Received, index: number) => Reply | Promise<Reply>) => (server = await startScriptedServer(script));
const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (e: { error: { code: string; retryable: boolean; requestId?: string } }) => e.error);

describe('Alibaba calls', () => {
  it('answers a read with the provider JSON and request id, journaling nothing', async () => {
    const s = await serve(() => aliyunOk({ Total: 0 }));
    const t = await testClient(testProfile('aliyun', s.endpoint));
    const result = await t.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: { RegionId: 'cn-shanghai', PageNum: 1 } });
    expect(result).toMatchObject({ json: { RequestId: 'REQ-OK', Total: 0 }, requestId: 'REQ-OK', attempts: 1 });
    expect(s.received[0]?.url.searchParams.get('RegionId')).toBe('cn-shanghai');
    expect(s.received[0]?.headers['x-acs-action']).toBe('DescribeCasters');
    expect((await t.journal()).entries).toEqual([]);
    expect(t.connections.list()).toMatchObject([{ provider: 'aliyun', offline: false, lastError: null }]);
  });

  it('retries a read after a server error, re-signing each attempt with a new nonce', async () => {
    const s = await serve((_, n) => (n === 0 ? aliyunError(503, 'ServiceUnavailable') : aliyunOk()));
    const t = await testClient(testProfile('aliyun', s.endpoint));
    expect((await t.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} })).attempts).toBe(2);
    expect(s.received[0]?.headers['x-acs-signature-nonce']).not.toBe(s.received[1]?.headers['x-acs-signature-nonce']);
  });

  it('never repeats a switch after a server error, and journals the failure', async () => {
    const s = await serve(() => aliyunError(500, 'InternalError'));
    const t = await testClient(testProfile('aliyun', s.endpoint));
    const error = await errorOf(t.client.call({ provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', params: { Domain: 'live.example.com', AppName: 'live', StreamName: 'match1' }, target: 'live.example.com/live/match1' }));
    expect(error).toMatchObject({ requestId: 'REQ-InternalError' });
    expect(s.received).toHaveLength(1);
    expect((await t.journal()).entries).toMatchObject([{ action: 'SetLiveDomainMultiStreamMaster', outcome: 'failed', target: 'live.example.com/live/match1', requestId: 'REQ-InternalError' }]);
  });

  it('ends a switch that got no answer as "outcome unknown", sent once, never as success', async () => {
    const s = await serve(() => 'hang');
    const t = await testClient(testProfile('aliyun', s.endpoint));
    const error = await errorOf(t.client.call({ provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', params: { Domain: 'd', AppName: 'a', StreamName: 's' } }));
    expect(error).toMatchObject({ code: 'cloud.outcomeUnknown', retryable: false });
    expect(s.received).toHaveLength(1);
    expect((await t.journal()).entries).toMatchObject([{ outcome: 'unknown', errorCode: 'cloud.outcomeUnknown', attempts: 1 }]);
  });

  it('retries a CopyCaster that timed out with the same ClientToken', async () => {
    const s = await serve((_, n) => (n === 0 ? 'hang' : aliyunOk({ CasterId: 'caster-2' })));
    const t = await testClient(testProfile('aliyun', s.endpoint));
    const clientToken = '53200b81-b761-4c10-842a-a0726d97abcd';
    const result = await t.client.call({ provider: 'aliyun', action: 'CopyCaster', params: { SrcCasterId: 'caster-1', CasterName: '赛事 2', ClientToken: clientToken } });
    expect(result).toMatchObject({ json: { CasterId: 'caster-2' }, attempts: 2 });
    expect(s.received.map((r) => r.url.searchParams.get('ClientToken'))).toEqual([clientToken, clientToken]);
    expect((await t.journal()).entries).toMatchObject([{ action: 'CopyCaster', outcome: 'ok', attempts: 2, params: { ClientToken: clientToken } }]);
  });

  it('treats a CopyCaster without a token as a plain mutation: no blind retry', async () => {
    const s = await serve(() => 'hang');
    const t = await testClient(testProfile('aliyun', s.endpoint));
    expect(await errorOf(t.client.call({ provider: 'aliyun', action: 'CopyCaster', params: { SrcCasterId: 'caster-1' } }))).toMatchObject({ code: 'cloud.outcomeUnknown' });
    expect(s.received).toHaveLength(1);
  });

  it('retries any call the cloud throttled, honouring its hint', async () => {
    const s = await serve((_, n) => (n === 0 ? aliyunError(400, 'Throttling.User', 'throttled', { 'x-acs-retry-after': '300' }) : aliyunOk()));
    const t = await testClient(testProfile('aliyun', s.endpoint));
    await t.client.call({ provider: 'aliyun', action: 'StartCaster', params: { CasterId: 'c' } });
    expect(s.received).toHaveLength(2);
    expect((s.received[1]?.at ?? 0) - (s.received[0]?.at ?? 0)).toBeGreaterThanOrEqual(250);
  });

  it('recovers from a skewed desk clock: learns the offset from Date, re-signs once, keeps it', async () => {
    const serverNow = () => Date.now() + 30 * 60_000;
    const s = await serve((request) => {
      const signedAt = Date.parse(String(request.headers['x-acs-date']));
      if (Math.abs(signedAt - serverNow()) > 15 * 60_000) {
        return aliyunError(400, 'InvalidTimeStamp.Expired', 'expired', { date: new Date(serverNow()).toUTCString() });
      }
      return aliyunOk();
    });
    const t = await testClient(testProfile('aliyun', s.endpoint));
    expect((await t.client.call({ provider: 'aliyun', action: 'StopCaster', params: { CasterId: 'c' } })).attempts).toBe(2);
    expect(Math.abs(t.clock.offsetMs('aliyun') - 30 * 60_000)).toBeLessThan(5000);
    expect((await t.client.call({ provider: 'aliyun', action: 'StopCaster', params: { CasterId: 'c' } })).attempts).toBe(1);
    expect(t.connections.list()[0]?.clockOffsetMs).toBe(t.clock.offsetMs('aliyun'));
  });

  it('signs with V1 when the profile says so, STS token included', async () => {
    const s = await serve(() => aliyunOk());
    const t = await testClient(testProfile('aliyun', s.endpoint, { signatureVersion: 'v1' }), { securityToken: testToken });
    await t.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} });
    const sent = new URLSearchParams(s.received[0]?.body);
    expect(sent.get('SignatureMethod')).toBe('HMAC-SHA1');
    expect(sent.get('SecurityToken')).toBe(testToken);
  });

  it('reports a desk that cannot connect as offline, having retried only what never left', async () => {
    const s = await serve(() => aliyunOk());
    const endpoint = s.endpoint;
    await s.close();
    server = undefined;
    const t = await testClient(testProfile('aliyun', endpoint));
    const error = await errorOf(t.client.call({ provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', params: {} }));
    expect(error).toMatchObject({ code: 'cloud.offline', retryable: true });
    expect(t.connections.list()).toMatchObject([{ offline: true, lastError: { code: 'cloud.offline' } }]);
    expect((await t.journal()).entries).toMatchObject([{ outcome: 'failed', attempts: 3 }]);
  });

  it('refuses to send keys to a real provider host over plain HTTP', async () => {
    const t = await testClient(testProfile('aliyun', 'http://live.aliyuncs.com'));
    expect(await errorOf(t.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} }))).toMatchObject({ code: 'cloud.endpointRefused' });
  });
});

describe('Volcengine calls', () => {
  const volcOk = (result: object = {}): Reply => ({ status: 200, json: { ResponseMetadata: { RequestId: 'VREQ', Action: 'x', Version: '2023-01-01', Service: 'live', Region: 'cn-north-1' }, Result: result } });
  const volcError = (status: number, code: string): Reply => ({ status, json: { ResponseMetadata: { RequestId: `VREQ-${code}`, Error: { Code: code, Message: code } } } });

  it('sends POST actions as a signed JSON body with Action and Version in the query', async () => {
    const s = await serve(() => volcOk({ Total: 0 }));
    const t = await testClient(testProfile('volcengine', s.endpoint));
    const result = await t.client.call({ provider: 'volcengine', action: 'ListPullToPushGroup', params: { Page: 1, Size: 20 } });
    expect(result.requestId).toBe('VREQ');
    expect(s.received[0]).toMatchObject({ method: 'POST', body: '{"Page":1,"Size":20}' });
    expect(s.received[0]?.url.search).toBe('?Action=ListPullToPushGroup&Version=2023-01-01');
    expect(String(s.received[0]?.headers.authorization)).toContain('/cn-north-1/live/request, SignedHeaders=host;x-content-sha256;x-date');
  });

  it('reads an error from ResponseMetadata even on HTTP 200', async () => {
    const s = await serve((_, n) => (n === 0 ? volcError(200, 'InvalidParam') : volcOk()));
    const t = await testClient(testProfile('volcengine', s.endpoint));
    expect(await errorOf(t.client.call({ provider: 'volcengine', action: 'ListPullToPushGroup', params: {} }))).toMatchObject({ requestId: 'VREQ-InvalidParam' });
    expect(s.received).toHaveLength(1);
  });

  it('never treats "already exists" (429) as throttling', async () => {
    const s = await serve(() => volcError(429, 'RequestLimitExceeded.Exist'));
    const t = await testClient(testProfile('volcengine', s.endpoint));
    expect(await errorOf(t.client.call({ provider: 'volcengine', action: 'CreatePullToPushGroup', params: { Name: '赛事' } }))).toMatchObject({ code: 'relay.groupExists', retryable: false });
    expect(s.received).toHaveLength(1);
  });

  it('keeps every client under the rate limit however many calls race', async () => {
    const s = await serve(() => volcOk());
    const t = await testClient(testProfile('volcengine', s.endpoint));
    await Promise.all(Array.from({ length: 25 }, () => t.client.call({ provider: 'volcengine', action: 'StopPullToPushTask', params: { TaskId: 't' } })));
    // Measured where the cloud would measure it, on arrival. Without the limiter all 25 arrive
    // within milliseconds; the 100 ms of slack absorbs only the first batch's connection set-up.
    const starts = s.received.map((r) => r.at).sort((a, b) => a - b);
    for (let i = 10; i < starts.length; i += 1) expect((starts[i] ?? 0) - (starts[i - 10] ?? 0)).toBeGreaterThanOrEqual(900);
  });
});

describe('secrets', () => {
  it('appear in no journal line, log line or error', async () => {
    const s = await serve((_, n) => (n % 2 === 0 ? aliyunError(400, 'SignatureDoesNotMatch', `server string to sign is:GET&%2F&AccessKeyId%3DLTAI5tTestKey0001X9P6%26SecurityToken%3D${testToken}`) : aliyunOk()));
    const t = await testClient(testProfile('aliyun', s.endpoint, { signatureVersion: 'v1' }), { securityToken: testToken });
    const error = await errorOf(t.client.call({ provider: 'aliyun', action: 'StartCaster', params: { CasterId: 'c' } }));
    await t.client.call({ provider: 'aliyun', action: 'StartCaster', params: { CasterId: 'c', AccessKeySecret: testSecret } });
    const everything = [JSON.stringify(error), await readFile(t.journalFile, 'utf8'), t.logs.join('\n')].join('\n');
    expect(everything).not.toContain(testSecret);
    expect(everything).not.toContain(testToken);
    expect(everything).not.toContain('LTAI5tTestKey0001X9P6');
    expect(everything).toContain('LTAI****9P6');
  });
});

describe('per-call identity and overrides', () => {
  it('signs as an explicit identity, at an overridden endpoint, region and signature version', async () => {
    const s = await serve(() => aliyunOk());
    const t = await testClient(testProfile('aliyun', 'https://live.aliyuncs.com'));
    const identity = { profile: testProfile('aliyun', null, { id: 'env', name: 'environment', accessKeyId: 'LTAI5tEnvKey00000000Z' }), credentials: { accessKeyId: 'LTAI5tEnvKey00000000Z', accessKeySecret: 'EnvSecret-0001' } };
    await t.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {}, identity, overrides: { endpoint: s.endpoint, signatureVersion: 'v1' } });
    expect(new URLSearchParams(s.received[0]?.body).get('AccessKeyId')).toBe('LTAI5tEnvKey00000000Z');
  });
});
