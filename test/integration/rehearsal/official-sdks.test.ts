import OpenApi, { $OpenApiUtil } from '@alicloud/openapi-core';
import RPCClient from '@alicloud/pop-core';
import { Service } from '@volcengine/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/log';
import { startRehearsalCloud, type RehearsalCloud } from '../../../electron/rehearsal/rehearsal-cloud';
import { aliyunRehearsalAccounts, volcengineRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';

// Conformance from the other side: the providers' own SDK clients, pointed at the rehearsal cloud,
// succeed with its keys and are refused with a wrong secret exactly as the real gateways refuse them.
let cloud: RehearsalCloud;
beforeAll(async () => {
  cloud = await startRehearsalCloud({ seed: 5, log: createLogger('rehearsal', () => undefined) });
});
afterAll(() => cloud.close());

const [deskAliyun, secondAliyun] = aliyunRehearsalAccounts;
const [deskVolc, secondVolc] = volcengineRehearsalAccounts;

function popCore(accessKeyId: string, accessKeySecret: string): RPCClient {
  return new RPCClient({ accessKeyId, accessKeySecret, endpoint: cloud.info.aliyun.endpoint, apiVersion: '2016-11-01' });
}

/** The current Alibaba SDK core (what live20161101 2.x uses), signing V3. */
function openApiCall(accessKeyId: string, accessKeySecret: string, action: string, query: Record<string, string>) {
  const client = new OpenApi(new $OpenApiUtil.Config({ accessKeyId, accessKeySecret, endpoint: new URL(cloud.info.aliyun.endpoint).host, protocol: 'HTTP' }));
  const params = new $OpenApiUtil.Params({ action, version: '2016-11-01', protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' });
  return client.callApi(params, new $OpenApiUtil.OpenApiRequest({ query }), {} as never) as Promise<{ statusCode: number; body: Record<string, unknown> }>;
}

function volcService(accessKeyId: string, secretKey: string): Service {
  return new Service({ host: new URL(cloud.info.volcengine.endpoint).host, protocol: 'http:', serviceName: 'live', region: 'cn-north-1', accessKeyId, secretKey });
}

describe('@alicloud/pop-core (V1, HMAC-SHA1)', () => {
  it.each(['GET', 'POST'] as const)('lists the desk account\'s play domains with %s', async (method) => {
    const answer = (await popCore(deskAliyun.accessKeyId, deskAliyun.secret).request('DescribeLiveUserDomains', { LiveDomainType: 'liveVideo' }, { method })) as {
      Domains: { PageData: { DomainName: string; LiveDomainType: string }[] };
    };
    expect(answer.Domains.PageData.length).toBeGreaterThan(0);
    expect(answer.Domains.PageData.every((domain) => domain.LiveDomainType === 'liveVideo')).toBe(true);
  });

  it('sees only its own account: the second key lists other domains', async () => {
    const names = async (accessKeyId: string, secret: string) =>
      ((await popCore(accessKeyId, secret).request('DescribeLiveUserDomains', {}, { method: 'POST' })) as { Domains: { PageData: { DomainName: string }[] } }).Domains.PageData.map((d) => d.DomainName);
    const desk = await names(deskAliyun.accessKeyId, deskAliyun.secret);
    const second = await names(secondAliyun.accessKeyId, secondAliyun.secret);
    expect(desk.filter((name) => second.includes(name))).toEqual([]);
  });

  it('is refused with SignatureDoesNotMatch for a wrong secret', async () => {
    await expect(popCore(deskAliyun.accessKeyId, 'not-the-secret').request('DescribeCasters', {}, { method: 'POST' })).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });
});

describe('@alicloud/openapi-core (V3, ACS3-HMAC-SHA256)', () => {
  it('lists studios', async () => {
    const answer = await openApiCall(deskAliyun.accessKeyId, deskAliyun.secret, 'DescribeCasters', { PageSize: '10' });
    expect(answer.statusCode).toBe(200);
    expect((answer.body.CasterList as { Caster: unknown[] }).Caster.length).toBeGreaterThan(0);
  });

  it('is refused with SignatureDoesNotMatch for a wrong secret', async () => {
    await expect(openApiCall(deskAliyun.accessKeyId, 'not-the-secret', 'DescribeCasters', {})).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });
});

describe("@volcengine/openapi's Service (HMAC-SHA256)", () => {
  it('lists relay groups through a JSON POST API and tasks through the GET one', async () => {
    const groups = await volcService(deskVolc.accessKeyId, deskVolc.secret).createJSONAPI('ListPullToPushGroup', { Version: '2023-01-01' })({ PageNum: 1, PageSize: 100 });
    expect(groups.ResponseMetadata.Error).toBeUndefined();
    expect((groups.Result as { List: unknown[] }).List.length).toBeGreaterThan(0);
    const tasks = await volcService(secondVolc.accessKeyId, secondVolc.secret).createAPI('ListPullToPushTask', { Version: '2023-01-01', method: 'GET' })({ Page: 1, Size: 20 });
    expect(tasks.ResponseMetadata.Error).toBeUndefined();
  });

  it('gets SignatureDoesNotMatch in ResponseMetadata for a wrong secret', async () => {
    const answer = await volcService(deskVolc.accessKeyId, 'bm90LXRoZS1zZWNyZXQ=').createJSONAPI('ListPullToPushGroup', { Version: '2023-01-01' })({ PageNum: 1, PageSize: 10 });
    expect(answer.ResponseMetadata.Error).toMatchObject({ Code: 'SignatureDoesNotMatch', CodeN: 100010 });
  });
});
