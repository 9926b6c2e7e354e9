import { describe, expect, it } from 'vitest';
import { aliyunV1Signature, aliyunV1StringToSign, signAliyunV1 } from '../../../../../electron/cloud/aliyun/sign-rpc-v1';
import { signAliyunV3 } from '../../../../../electron/cloud/aliyun/sign-acs3';
import type { HttpRequest } from '../../../../../electron/cloud/http-request';
import { CloudFault } from '../../../../../electron/rehearsal/cloud-fault';
import { authenticateAliyun, type AliyunAuthContext } from '../../../../../electron/rehearsal/gateway/aliyun-auth';
import type { Incoming } from '../../../../../electron/rehearsal/gateway/incoming';
import { createNonceBook } from '../../../../../electron/rehearsal/gateway/nonce-book';
import type { RehearsalAccount } from '../../../../../electron/rehearsal/rehearsal-keys';
import { incomingOf } from '../../../support/incoming-request';

const desk: RehearsalAccount = { accountId: '1', accessKeyId: 'LTAIRehearsalTest01', secret: 'right-secret' };
const endpoint = { protocol: 'http:' as const, host: '127.0.0.1:7001' };
const at = new Date('2026-11-22T10:00:00Z');

function context(now = at.getTime(), accounts: RehearsalAccount[] = [desk]): AliyunAuthContext {
  return { accounts: new Map(accounts.map((a) => [a.accessKeyId, a])), nonces: createNonceBook(15 * 60_000), now };
}

function v3(overrides: { secret?: string; nonce?: string; date?: Date; method?: 'GET' | 'POST' } = {}): HttpRequest {
  return signAliyunV3({
    method: overrides.method ?? 'POST',
    endpoint,
    action: 'CopyCaster',
    version: '2016-11-01',
    query: { SrcCasterId: 'a2b8e671-2fe5-4642-a2ec-bf93880e0001', CasterName: '导播台 A*B~(1)', ClientToken: 'token-1' },
    credentials: { accessKeyId: desk.accessKeyId, accessKeySecret: overrides.secret ?? desk.secret },
    nonce: overrides.nonce ?? 'nonce-1',
    date: overrides.date ?? at,
  });
}

function v1(method: 'GET' | 'POST', secret = desk.secret): HttpRequest {
  return signAliyunV1({
    method,
    endpoint,
    action: 'SetLiveDomainMultiStreamMaster',
    version: '2016-11-01',
    params: { Domain: 'live.rehearsal.example', AppName: 'live', StreamName: 'match1', UpstreamSequence: 'match1_AliRewrite_2' },
    credentials: { accessKeyId: desk.accessKeyId, accessKeySecret: secret },
    nonce: 'nonce-v1',
    timestamp: at,
  });
}

/** The fault `authenticateAliyun` throws, or a failure if it accepts. */
function refusal(incoming: Incoming, ctx: AliyunAuthContext): CloudFault {
  try {
    authenticateAliyun(incoming, ctx);
  } catch (thrown) {
    if (thrown instanceof CloudFault) return thrown;
    throw thrown;
  }
  throw new Error('accepted');
}

describe('authenticateAliyun — V3 (ACS3-HMAC-SHA256)', () => {
  it('accepts our signed call and hands over the action, version and business parameters', () => {
    const caller = authenticateAliyun(incomingOf(v3()), context());
    expect(caller).toMatchObject({ action: 'CopyCaster', version: '2016-11-01', account: desk });
    expect(caller.params).toEqual({ SrcCasterId: 'a2b8e671-2fe5-4642-a2ec-bf93880e0001', CasterName: '导播台 A*B~(1)', ClientToken: 'token-1' });
  });

  it('accepts the documented RunInstances example at its own time (aliyun-live.md §5.2)', () => {
    const documented: Incoming = {
      method: 'POST',
      path: '/',
      query: [
        ['ImageId', 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd'],
        ['RegionId', 'cn-shanghai'],
      ],
      headers: {
        host: 'ecs.cn-shanghai.aliyuncs.com',
        'x-acs-action': 'RunInstances',
        'x-acs-version': '2014-05-26',
        'x-acs-date': '2023-10-26T10:22:32Z',
        'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
        'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        authorization:
          'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
      },
      body: '',
    };
    const ctx = context(Date.parse('2023-10-26T10:22:40Z'), [{ accountId: '9', accessKeyId: 'YourAccessKeyId', secret: 'YourAccessKeySecret' }]);
    expect(authenticateAliyun(documented, ctx).action).toBe('RunInstances');
  });

  it('refuses a wrong secret with SignatureDoesNotMatch, quoting the server string to sign', () => {
    const fault = refusal(incomingOf(v3({ secret: 'wrong-secret' })), context());
    expect(fault).toMatchObject({ status: 400, code: 'SignatureDoesNotMatch' });
    expect(fault.message).toContain('server string to sign is:ACS3-HMAC-SHA256\n');
  });

  it('refuses an unknown access key with InvalidAccessKeyId.NotFound (404)', () => {
    expect(refusal(incomingOf(v3()), context(at.getTime(), []))).toMatchObject({ status: 404, code: 'InvalidAccessKeyId.NotFound' });
  });

  it('refuses a time more than 15 minutes from the cloud clock with InvalidTimeStamp.Expired, either way', () => {
    expect(refusal(incomingOf(v3({ date: new Date(at.getTime() - 16 * 60_000) })), context())).toMatchObject({ code: 'InvalidTimeStamp.Expired' });
    expect(refusal(incomingOf(v3({ date: new Date(at.getTime() + 16 * 60_000) })), context())).toMatchObject({ code: 'InvalidTimeStamp.Expired' });
    expect(authenticateAliyun(incomingOf(v3({ date: new Date(at.getTime() - 14 * 60_000) })), context()).action).toBe('CopyCaster');
  });

  it('refuses a reused nonce with SignatureNonceUsed, and takes a fresh one', () => {
    const ctx = context();
    authenticateAliyun(incomingOf(v3()), ctx);
    expect(refusal(incomingOf(v3()), ctx)).toMatchObject({ status: 400, code: 'SignatureNonceUsed' });
    expect(authenticateAliyun(incomingOf(v3({ nonce: 'nonce-2' })), ctx).action).toBe('CopyCaster');
  });

  it('refuses a request whose body is not what x-acs-content-sha256 says', () => {
    const incoming = { ...incomingOf(v3()), body: 'Name=smuggled' };
    expect(refusal(incoming, context())).toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('refuses an x-acs header left out of SignedHeaders as an incomplete signature', () => {
    const incoming = incomingOf(v3());
    const headers = { ...incoming.headers, 'x-acs-extra': 'unsigned' };
    expect(refusal({ ...incoming, headers }, context())).toMatchObject({ code: 'IncompleteSignature' });
  });

  it('refuses a query changed after signing', () => {
    const incoming = incomingOf(v3());
    const query = incoming.query.map(([name, value]): [string, string] => [name, name === 'CasterName' ? 'Other' : value]);
    expect(refusal({ ...incoming, query }, context())).toMatchObject({ code: 'SignatureDoesNotMatch' });
  });
});

describe('authenticateAliyun — temporary (STS) keys', () => {
  const sts: RehearsalAccount = { accountId: '1', accessKeyId: 'STS.RehearsalTest01', secret: 'sts-secret', securityToken: 'CAIS-token' };
  const stsCall = (securityToken?: string, version: 'v1' | 'v3' = 'v3') => {
    const credentials = { accessKeyId: sts.accessKeyId, accessKeySecret: sts.secret, ...(securityToken ? { securityToken } : {}) };
    const input = { method: 'GET' as const, endpoint, action: 'DescribeCasters', version: '2016-11-01', credentials, nonce: `n-${version}-${securityToken ?? ''}` };
    return incomingOf(version === 'v3' ? signAliyunV3({ ...input, query: {}, date: at }) : signAliyunV1({ ...input, params: {}, timestamp: at }));
  };

  it.each(['v1', 'v3'] as const)('accepts a %s call carrying the key\'s own token', (version) => {
    expect(authenticateAliyun(stsCall('CAIS-token', version), context(at.getTime(), [sts])).account).toBe(sts);
  });

  it('refuses a call without the token (MissingSecurityToken) and with another one', () => {
    expect(refusal(stsCall(), context(at.getTime(), [sts]))).toMatchObject({ code: 'MissingSecurityToken' });
    expect(refusal(stsCall('CAIS-other', 'v1'), context(at.getTime(), [sts]))).toMatchObject({ code: 'InvalidSecurityToken.MismatchWithAccessKey' });
  });
});

describe('authenticateAliyun — V1 (HMAC-SHA1)', () => {
  it.each(['GET', 'POST'] as const)('accepts a %s call, parameters in the query or the form body', (method) => {
    const caller = authenticateAliyun(incomingOf(v1(method)), context());
    expect(caller).toMatchObject({ action: 'SetLiveDomainMultiStreamMaster', version: '2016-11-01' });
    expect(caller.params).toEqual({ Domain: 'live.rehearsal.example', AppName: 'live', StreamName: 'match1', UpstreamSequence: 'match1_AliRewrite_2' });
  });

  it('accepts the documented DescribeRegions example at its own time (aliyun-live.md §5.1)', () => {
    const query: [string, string][] = [
      ['Timestamp', '2016-02-23T12:46:24Z'],
      ['Format', 'XML'],
      ['AccessKeyId', 'testid'],
      ['Action', 'DescribeRegions'],
      ['SignatureMethod', 'HMAC-SHA1'],
      ['SignatureNonce', '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf'],
      ['Version', '2014-05-26'],
      ['SignatureVersion', '1.0'],
      ['Signature', 'OLeaidS1JvxuMvnyHOwuJ+uX5qY='],
    ];
    const ctx = context(Date.parse('2016-02-23T12:46:30Z'), [{ accountId: '9', accessKeyId: 'testid', secret: 'testsecret' }]);
    expect(authenticateAliyun({ method: 'GET', path: '/', query, headers: {}, body: '' }, ctx)).toMatchObject({ action: 'DescribeRegions', params: {} });
  });

  it('refuses a wrong secret with SignatureDoesNotMatch and a request without a signature as incomplete', () => {
    expect(refusal(incomingOf(v1('GET', 'wrong')), context())).toMatchObject({ code: 'SignatureDoesNotMatch' });
    const unsigned = incomingOf(v1('GET'));
    expect(refusal({ ...unsigned, query: unsigned.query.filter(([name]) => name !== 'Signature') }, context())).toMatchObject({ code: 'IncompleteSignature' });
  });

  it('refuses a correctly signed timestamp with milliseconds as badly formatted (InvalidTimeStamp.Format)', () => {
    const params = {
      AccessKeyId: desk.accessKeyId,
      Action: 'DescribeCasters',
      Format: 'JSON',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: 'nonce-ms',
      SignatureVersion: '1.0',
      Timestamp: '2026-11-22T10:00:00.000Z',
      Version: '2016-11-01',
    };
    const signature = aliyunV1Signature(aliyunV1StringToSign('GET', params), desk.secret);
    const query: [string, string][] = [...Object.entries(params), ['Signature', signature]];
    expect(refusal({ method: 'GET', path: '/', query, headers: {}, body: '' }, context())).toMatchObject({ code: 'InvalidTimeStamp.Format' });
  });
});
