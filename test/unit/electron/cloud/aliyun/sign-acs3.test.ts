import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acs3CanonicalRequest, acs3StringToSign, signAliyunV3 } from '../../../../../electron/cloud/aliyun/sign-acs3';
import * as gen from '../../../support/signing-arbitraries';
import { aliyunOracle } from '../../../support/signing-oracles';
import { STRICT_QUERY, decodePairs, rawQuery, withoutEmpty } from '../../../support/wire-params';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** The signed headers of a request: everything but Authorization. */
function signedPart(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'Authorization'));
}

describe('aliyun V3 (ACS3-HMAC-SHA256) — official RunInstances vector (aliyun-live.md §5.2)', () => {
  const request = signAliyunV3({
    method: 'POST',
    endpoint: { protocol: 'https:', host: 'ecs.cn-shanghai.aliyuncs.com' },
    action: 'RunInstances',
    version: '2014-05-26',
    query: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
    credentials: { accessKeyId: 'YourAccessKeyId', accessKeySecret: 'YourAccessKeySecret' },
    nonce: '3156853299f313e23d1673dc12e1703d',
    date: new Date('2023-10-26T10:22:32.500Z'),
  });

  it('reproduces the canonical request and StringToSign', () => {
    const canonical = acs3CanonicalRequest('POST', { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' }, signedPart(request.headers), EMPTY_SHA256);
    expect(canonical).toBe(
      [
        'POST',
        '/',
        'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
        'host:ecs.cn-shanghai.aliyuncs.com',
        'x-acs-action:RunInstances',
        `x-acs-content-sha256:${EMPTY_SHA256}`,
        'x-acs-date:2023-10-26T10:22:32Z',
        'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d',
        'x-acs-version:2014-05-26',
        '',
        'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
        EMPTY_SHA256,
      ].join('\n'),
    );
    expect(acs3StringToSign(canonical)).toBe('ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259');
  });

  it('reproduces the Authorization header, with an empty body and the query on the URL', () => {
    expect(request.headers.Authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    );
    expect(request.url).toBe(
      'https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
    );
    expect(request.body).toBeNull();
  });
});

describe('aliyun V3 — Live CopyCaster vector (aliyun-live.md §5.2)', () => {
  const input = {
    method: 'POST' as const,
    endpoint: { protocol: 'https:' as const, host: 'live.aliyuncs.com' },
    action: 'CopyCaster',
    version: '2016-11-01',
    query: { CasterName: 'caster001', ClientToken: '53200b81-b761-4c10-842a-a0726d97abcd', SrcCasterId: 'a2b8e671-2fe5-4642-a2ec-bf93880e0001' },
    credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
    nonce: '3156853299f313e23d1673dc12e1703d',
    date: new Date('2025-01-01T00:00:00Z'),
  };

  it('reproduces the canonical request hash, URL and Authorization', () => {
    const request = signAliyunV3(input);
    expect(request.url).toBe(
      'https://live.aliyuncs.com/?CasterName=caster001&ClientToken=53200b81-b761-4c10-842a-a0726d97abcd&SrcCasterId=a2b8e671-2fe5-4642-a2ec-bf93880e0001',
    );
    const canonical = acs3CanonicalRequest('POST', input.query, signedPart(request.headers), EMPTY_SHA256);
    expect(acs3StringToSign(canonical)).toBe('ACS3-HMAC-SHA256\n4c1f657d7608ff1af0d1f3dfa1dc7023d3b271692e21ba1b549d1c44d19be42d');
    expect(request.headers).toEqual({
      host: 'live.aliyuncs.com',
      'x-acs-action': 'CopyCaster',
      'x-acs-version': '2016-11-01',
      'x-acs-date': '2025-01-01T00:00:00Z',
      'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
      'x-acs-content-sha256': EMPTY_SHA256,
      Authorization:
        'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=fd9b40ba6cc848b9e72eae9731b75b7dc91f4a41e0681f0bc2fd4889bdd50e16',
    });
  });

  it('reproduces the STS variant: x-acs-security-token is sent and signed', () => {
    const request = signAliyunV3({
      ...input,
      credentials: { accessKeyId: 'STS.testid', accessKeySecret: 'testsecret', securityToken: 'CAIS-example-token' },
    });
    expect(request.headers['x-acs-security-token']).toBe('CAIS-example-token');
    expect(request.headers.Authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=STS.testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,Signature=18743c098c80585c43a60cadf41bc72c39e85e296733c49114a8a1fcff84b784',
    );
  });

  it('sends a bare URL when there is no query', () => {
    expect(signAliyunV3({ ...input, query: { Empty: '' } }).url).toBe('https://live.aliyuncs.com/');
  });
});

describe('aliyun V3 — against @alicloud/openapi-util getAuthorization (property)', () => {
  it('signs byte-identically, sends exactly what it signed, never sends an empty value', () => {
    fc.assert(
      fc.property(
        fc.record({
          method: gen.method,
          endpoint: gen.endpoint,
          action: gen.action,
          version: gen.version,
          query: gen.paramsWithout([]),
          credentials: gen.credentials,
          nonce: fc.uuid(),
          date: gen.signingDate,
        }),
        (input) => {
          const request = signAliyunV3(input);
          const origin = `${input.endpoint.protocol}//${input.endpoint.host}/`;
          const query = rawQuery(request.url);
          expect(request.url).toBe(query === '' ? origin : `${origin}?${query}`);
          expect(query).toMatch(STRICT_QUERY);
          const sent = decodePairs(query);
          expect(sent).toEqual(withoutEmpty(input.query));
          expect(request.body).toBeNull();

          const { securityToken } = input.credentials;
          const signed = signedPart(request.headers);
          expect(signed).toEqual({
            host: input.endpoint.host,
            'x-acs-action': input.action,
            'x-acs-version': input.version,
            'x-acs-date': `${input.date.toISOString().slice(0, 19)}Z`,
            'x-acs-signature-nonce': input.nonce,
            'x-acs-content-sha256': EMPTY_SHA256,
            ...(securityToken === undefined ? {} : { 'x-acs-security-token': securityToken }),
          });
          const expected = aliyunOracle.getAuthorization(
            { method: input.method, pathname: '/', query: sent, headers: signed },
            'ACS3-HMAC-SHA256',
            EMPTY_SHA256,
            input.credentials.accessKeyId,
            input.credentials.accessKeySecret,
          );
          expect(request.headers.Authorization).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
