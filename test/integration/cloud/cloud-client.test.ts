import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listStudios } from '../../../electron/cloud/actions/aliyun/caster-list';
import { rehearsalStsKeys } from '../../../electron/rehearsal/rehearsal-keys';
import { errorOf, retryLines, sentHeader, sentParams, testClient, testProfile } from './client-harness';
import { configuredStudio, rereadStream, streamPath, switchableStream, type SwitchableStream } from './desk-lookups';
import { deskClient, useRehearsalCloud } from './rehearsal-fixture';

// The one transport against the rehearsal cloud's Alibaba gateway: retries only where safe, the
// same ClientToken on every retry, clock-skew recovery, STS tokens, an unreachable cloud. Faults
// are the cloud's own drills; what happened is read back from the cloud, not from a script.
const rehearsal = useRehearsalCloud();

/** The raw SetLiveDomainMultiStreamMaster call that puts the standby on air. */
const switchToStandby = ({ stream, standby }: SwitchableStream) => ({
  provider: 'aliyun' as const,
  action: 'SetLiveDomainMultiStreamMaster',
  params: { Domain: stream.domain, AppName: stream.app, StreamName: stream.stream, UpstreamSequence: standby.sequence },
  target: streamPath(stream),
});

describe('Alibaba calls', () => {
  it('answers a read with the provider JSON and request id, journaling nothing', async () => {
    const t = await deskClient(rehearsal(), 'aliyun');
    const result = await t.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: { RegionId: 'cn-shanghai', PageNum: 1 } });
    expect(result).toMatchObject({ json: { RequestId: result.requestId, Total: expect.any(Number) }, attempts: 1 });
    expect(result.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(sentParams(t.sent[0]).get('RegionId')).toBe('cn-shanghai');
    expect(sentHeader(t.sent[0], 'x-acs-action')).toBe('DescribeCasters');
    expect((await t.journal()).entries).toEqual([]);
    expect(t.connections.list()).toMatchObject([{ provider: 'aliyun', offline: false, lastError: null }]);
  });

  it('retries a read after a server error, re-signing it with a nonce the gateway has not seen', async () => {
    const cloud = rehearsal();
    // `after`: the gateway authenticates the call, keeping its nonce, before failing it; a retry
    // that reused the nonce would be refused as SignatureNonceUsed and never succeed.
    await cloud.drill({ kind: 'fail', provider: 'aliyun', action: 'DescribeCasters', code: 'ServiceUnavailable', rate: 1, after: true });
    const t = await deskClient(cloud, 'aliyun', { beforeRetry: () => cloud.drill({ kind: 'clear' }) });
    expect((await t.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} })).attempts).toBe(2);
    expect(retryLines(t.logs)).toEqual([expect.stringContaining('DescribeCasters attempt 1 failed (transient)')]);
    expect(new Set(t.sent.map((request) => sentHeader(request, 'x-acs-signature-nonce'))).size).toBe(2);
  });

  it('never repeats a switch after a server error, and journals it as unknown: the error alone does not say whether it acted', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const target = await switchableStream(desk.client, false);
    await cloud.drill({ kind: 'fail', provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', code: 'InternalError', rate: 1 });
    const t = await deskClient(cloud, 'aliyun');
    const error = await errorOf(t.client.call(switchToStandby(target)));
    expect(error).toMatchObject({ code: 'cloud.serverError', requestId: expect.any(String) });
    expect(t.sent).toHaveLength(1);
    expect((await t.journal()).entries).toMatchObject([
      { action: 'SetLiveDomainMultiStreamMaster', outcome: 'unknown', errorCode: 'cloud.serverError', target: streamPath(target.stream), requestId: error.requestId, attempts: 1 },
    ]);
    const now = await rereadStream(desk.client, target.stream);
    expect(now?.upstreams.find((upstream) => upstream.master)?.sequence).toBe(target.master.sequence);
    expect(now?.changes).toEqual(target.stream.changes);
  });

  it('ends a switch that got no answer as "outcome unknown", sent once — and the cloud did switch, once', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const target = await switchableStream(desk.client, false);
    await cloud.drill({ kind: 'fail', provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', hang: true, hangMs: 3000, after: true, rate: 1 });
    const t = await deskClient(cloud, 'aliyun');
    expect(await errorOf(t.client.call(switchToStandby(target)))).toMatchObject({ code: 'cloud.outcomeUnknown', retryable: false });
    expect(t.sent).toHaveLength(1);
    expect((await t.journal()).entries).toMatchObject([{ outcome: 'unknown', errorCode: 'cloud.outcomeUnknown', attempts: 1 }]);
    const now = await rereadStream(desk.client, target.stream);
    expect(now?.upstreams.find((upstream) => upstream.master)?.sequence).toBe(target.standby.sequence);
    expect(now?.changes.slice(1)).toEqual(target.stream.changes);
    expect(now?.changes[0]).toMatchObject({ reason: 'manual', sequence: target.standby.sequence });
  });

  it('retries a CopyCaster that timed out with the same ClientToken: one new studio, found by its token', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const before = await listStudios(desk.client);
    const source = before.find((studio) => studio.chargeType === 'postPaid');
    if (!source) throw new Error('no pay-as-you-go studio listed');
    await cloud.drill({ kind: 'fail', provider: 'aliyun', action: 'CopyCaster', hang: true, hangMs: 3000, after: true, rate: 1 });
    const t = await deskClient(cloud, 'aliyun', { beforeRetry: () => cloud.drill({ kind: 'clear' }) });
    const clientToken = randomUUID();
    const result = await t.client.call({ provider: 'aliyun', action: 'CopyCaster', params: { SrcCasterId: source.id, CasterName: `${source.name} copy`, ClientToken: clientToken } });
    expect(result).toMatchObject({ json: { CasterId: expect.any(String) }, attempts: 2 });
    expect(t.sent.map((request) => sentParams(request).get('ClientToken'))).toEqual([clientToken, clientToken]);
    expect((await t.journal()).entries).toMatchObject([{ action: 'CopyCaster', outcome: 'ok', attempts: 2, params: { ClientToken: clientToken } }]);
    const after = await listStudios(desk.client);
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((studio) => studio.clientToken === clientToken)).toMatchObject([{ id: (result.json as { CasterId: string }).CasterId, name: `${source.name} copy` }]);
  });

  it('journals a 500 after the change was made as unknown too, not failed', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const target = await switchableStream(desk.client, false);
    await cloud.drill({ kind: 'fail', provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', code: 'InternalError', after: true, rate: 1 });
    const t = await deskClient(cloud, 'aliyun');
    expect(await errorOf(t.client.call(switchToStandby(target)))).toMatchObject({ code: 'cloud.serverError' });
    expect((await t.journal()).entries).toMatchObject([{ action: 'SetLiveDomainMultiStreamMaster', outcome: 'unknown', errorCode: 'cloud.serverError' }]);
    // It had acted: "failed" would have been a lie in the audit trail.
    expect((await rereadStream(desk.client, target.stream))?.upstreams.find((upstream) => upstream.master)?.sequence).toBe(target.standby.sequence);
  });

  it('treats a CopyCaster without a token as a plain mutation: no blind retry', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const [source] = await listStudios(desk.client);
    if (!source) throw new Error('no studio listed');
    await cloud.drill({ kind: 'fail', provider: 'aliyun', action: 'CopyCaster', hang: true, hangMs: 3000, rate: 1 });
    const t = await deskClient(cloud, 'aliyun');
    const error = await errorOf(t.client.call({ provider: 'aliyun', action: 'CopyCaster', params: { SrcCasterId: source.id, CasterName: 'copy' } }));
    expect(error).toMatchObject({ code: 'cloud.outcomeUnknown' });
    expect(t.sent).toHaveLength(1);
    expect((await t.journal()).entries).toMatchObject([{ action: 'CopyCaster', outcome: 'unknown', attempts: 1 }]);
  });

  it('retries a throttled mutation — refused before acting — and reports flow control when it stays throttled', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const { studio } = await configuredStudio(desk.client, (candidate, config) => candidate.status === 'idle' && config.domainName !== null, 'idle studio with an output domain');
    await cloud.drill({ kind: 'throttle', provider: 'aliyun', action: 'StartCaster', perSecond: 0 });
    const t = await deskClient(cloud, 'aliyun');
    expect(await errorOf(t.client.call({ provider: 'aliyun', action: 'StartCaster', params: { CasterId: studio.id } }))).toMatchObject({
      code: 'cloud.throttled',
      params: { providerCode: 'Throttling.User' },
      retryable: true,
    });
    expect((await t.journal()).entries).toMatchObject([{ action: 'StartCaster', outcome: 'failed', errorCode: 'cloud.throttled', attempts: 3 }]);
    expect((await listStudios(desk.client, { studioId: studio.id }))[0]?.status).toBe('idle');
  });

  it('recovers from a cloud clock far from the desk\'s: learns the offset from Date, re-signs once, keeps it', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const { studio } = await configuredStudio(desk.client, (candidate) => candidate.status === 'running', 'running studio');
    await cloud.drill({ kind: 'skew', seconds: 1800 });
    const t = await deskClient(cloud, 'aliyun');
    expect((await t.client.call({ provider: 'aliyun', action: 'StopCaster', params: { CasterId: studio.id } })).attempts).toBe(2);
    expect(Math.abs(t.clock.offsetMs('aliyun') - 1_800_000)).toBeLessThan(5000);
    expect((await t.client.call({ provider: 'aliyun', action: 'StartCaster', params: { CasterId: studio.id } })).attempts).toBe(1);
    expect(t.connections.list()[0]?.clockOffsetMs).toBe(t.clock.offsetMs('aliyun'));
  });

  it('signs with V1 and the STS token when the profile says so; the gateway insists on the token', async () => {
    const cloud = rehearsal();
    const profile = testProfile('aliyun', cloud.info.aliyun.endpoint, { signatureVersion: 'v1', accessKeyId: rehearsalStsKeys.aliyun.accessKeyId, hasSecurityToken: true });
    const t = await testClient(profile, { securityToken: rehearsalStsKeys.aliyun.securityToken });
    expect(await t.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} })).toMatchObject({ json: { Total: expect.any(Number) } });
    expect(sentParams(t.sent[0]).get('SignatureMethod')).toBe('HMAC-SHA1');
    expect(sentParams(t.sent[0]).get('SecurityToken')).toBe(rehearsalStsKeys.aliyun.securityToken);
    const tokenless = await testClient(profile);
    expect(await errorOf(tokenless.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} }))).toMatchObject({ code: 'cloud.securityTokenMissing' });
    const wrongToken = await testClient(profile, { securityToken: 'CAIS-not-this-key' });
    expect(await errorOf(wrongToken.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} }))).toMatchObject({ code: 'cloud.securityTokenInvalid' });
  });

  it('reports a cloud that refuses connections as offline, having retried only what never left', async () => {
    const cloud = rehearsal();
    const desk = await deskClient(cloud, 'aliyun');
    const target = await switchableStream(desk.client, false);
    await cloud.drill({ kind: 'offline', provider: 'aliyun' });
    const t = await deskClient(cloud, 'aliyun');
    expect(await errorOf(t.client.call(switchToStandby(target)))).toMatchObject({ code: 'cloud.offline', retryable: true });
    expect(t.connections.list()).toMatchObject([{ offline: true, lastError: { code: 'cloud.offline' } }]);
    expect((await t.journal()).entries).toMatchObject([{ outcome: 'failed', attempts: 3 }]);
    await cloud.drill({ kind: 'online', provider: 'aliyun' });
    expect((await rereadStream(desk.client, target.stream))?.changes).toEqual(target.stream.changes);
  });

  it('refuses to send keys to a real provider host over plain HTTP', async () => {
    const t = await testClient(testProfile('aliyun', 'http://live.aliyuncs.com'));
    expect(await errorOf(t.client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} }))).toMatchObject({ code: 'cloud.endpointRefused' });
    expect(t.sent).toEqual([]);
  });
});
