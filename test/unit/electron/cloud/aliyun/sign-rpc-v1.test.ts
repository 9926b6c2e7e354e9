import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliyunV1Signature, aliyunV1StringToSign, signAliyunV1 } from '../../../../../electron/cloud/aliyun/sign-rpc-v1';
import type { HttpRequest } from '../../../../../electron/cloud/http-request';
import * as gen from '../../../support/signing-arbitraries';
import { aliyunOracle } from '../../../support/signing-oracles';
import { STRICT_QUERY, decodePairs, rawQuery, withoutEmpty } from '../../../support/wire-params';

const live = { protocol: 'https:' as const, host: 'live.aliyuncs.com' };
const testKeys = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
const COMMON = ['Action', 'Version', 'Format', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'SecurityToken', 'Signature'];

/** The wire text carrying the parameters: the URL query for GET, the form body for POST. */
function wireText(request: HttpRequest): string {
  return request.method === 'GET' ? rawQuery(request.url) : (request.body ?? '');
}

describe('aliyun V1 (HMAC-SHA1) — official DescribeRegions vector (aliyun-live.md §5.1)', () => {
  const params = {
    Timestamp: '2016-02-23T12:46:24Z',
    Format: 'XML',
    AccessKeyId: 'testid',
    Action: 'DescribeRegions',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
    Version: '2014-05-26',
    SignatureVersion: '1.0',
  };

  it('reproduces the StringToSign and the signature', () => {
    const stringToSign = aliyunV1StringToSign('GET', params);
    expect(stringToSign).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(aliyunV1Signature(stringToSign, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('reproduces the older `TimeStamp` spelling (case-sensitive sort, `&` key suffix)', () => {
    const { Timestamp, ...rest } = params;
    const stringToSign = aliyunV1StringToSign('GET', { ...rest, TimeStamp: Timestamp });
    expect(aliyunV1Signature(stringToSign, 'testsecret')).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=');
  });
});

describe('aliyun V1 — Live vectors (aliyun-live.md §5.1)', () => {
  const input = {
    endpoint: live,
    action: 'SetLiveDomainMultiStreamMaster',
    version: '2016-11-01',
    params: { AppName: 'testapp', Domain: 'example.aliyundoc.com', StreamName: 'teststream', UpstreamSequence: 'teststream_AliRewrite_2' },
    credentials: testKeys,
    nonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
    timestamp: new Date('2025-01-01T00:00:00.123Z'),
  };
  const canonical =
    'AccessKeyId=testid&Action=SetLiveDomainMultiStreamMaster&AppName=testapp&Domain=example.aliyundoc.com&Format=JSON&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&StreamName=teststream&Timestamp=2025-01-01T00%3A00%3A00Z&UpstreamSequence=teststream_AliRewrite_2&Version=2016-11-01';

  it('GET: everything in the URL query, the canonical query followed by the signature', () => {
    expect(signAliyunV1({ ...input, method: 'GET' })).toEqual({
      method: 'GET',
      url: `https://live.aliyuncs.com/?${canonical}&Signature=A%2BAnkfiOarnbBT4tgsveHIioKWE%3D`,
      headers: {},
      body: null,
    });
  });

  it('POST: a form body that is the signed string, URL with no query', () => {
    expect(signAliyunV1({ ...input, method: 'POST' })).toEqual({
      method: 'POST',
      url: 'https://live.aliyuncs.com/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `${canonical}&Signature=l%2Bv4wQjrr3koOCnMPK2pMXXj8OI%3D`,
    });
  });

  it('encoding stress vector: CopyCaster with a Chinese name and * ~ ( ) ! \' + /', () => {
    const request = signAliyunV1({
      ...input,
      method: 'POST',
      action: 'CopyCaster',
      params: {
        CasterName: "导播台 A*B~(1)!'+/",
        ClientToken: '53200b81-b761-4c10-842a-a0726d97abcd',
        SrcCasterId: 'a2b8e671-2fe5-4642-a2ec-bf93880e0001',
      },
      nonce: 'nonce-0001',
    });
    expect(request.body).toContain('&CasterName=%E5%AF%BC%E6%92%AD%E5%8F%B0%20A%2AB~%281%29%21%27%2B%2F&');
    expect(decodePairs(request.body ?? '').Signature).toBe('6WTeFUCPStg2sVFUtDOQTaq+KSs=');
  });

  it('adds SecurityToken with STS credentials and signs it', () => {
    const request = signAliyunV1({ ...input, method: 'GET', credentials: { ...testKeys, securityToken: 'CAIS-token' } });
    const sent = decodePairs(rawQuery(request.url));
    expect(sent.SecurityToken).toBe('CAIS-token');
    const { Signature, ...signed } = sent;
    expect(Signature).toBe(aliyunOracle.getRPCSignature(signed, 'GET', 'testsecret'));
  });

  it('refuses a business parameter named like a common one', () => {
    expect(() => signAliyunV1({ ...input, method: 'GET', params: { SecurityToken: 'x' } })).toThrow(/common parameter/);
    expect(() => signAliyunV1({ ...input, method: 'GET', params: { Signature: 'x' } })).toThrow(/common parameter/);
  });
});

describe('aliyun V1 — against @alicloud/openapi-util getRPCSignature (property)', () => {
  it('signs byte-identically, sends exactly what it signed, never sends an empty value', () => {
    fc.assert(
      fc.property(
        fc.record({
          method: gen.method,
          endpoint: gen.endpoint,
          action: gen.action,
          version: gen.version,
          params: gen.paramsWithout(COMMON),
          credentials: gen.credentials,
          nonce: fc.uuid(),
          timestamp: gen.signingDate,
        }),
        (input) => {
          const request = signAliyunV1(input);
          const wire = wireText(request);
          expect(wire).toMatch(STRICT_QUERY);
          expect(request.url).toBe(
            `${input.endpoint.protocol}//${input.endpoint.host}/${input.method === 'GET' ? `?${wire}` : ''}`,
          );
          const { Signature, ...sent } = decodePairs(wire);
          const { securityToken } = input.credentials;
          expect(sent).toEqual({
            ...withoutEmpty(input.params),
            Action: input.action,
            Version: input.version,
            Format: 'JSON',
            AccessKeyId: input.credentials.accessKeyId,
            SignatureMethod: 'HMAC-SHA1',
            SignatureVersion: '1.0',
            SignatureNonce: input.nonce,
            Timestamp: `${input.timestamp.toISOString().slice(0, 19)}Z`,
            ...(securityToken === undefined ? {} : { SecurityToken: securityToken }),
          });
          expect(Signature).toBe(aliyunOracle.getRPCSignature(sent, input.method, input.credentials.accessKeySecret));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
