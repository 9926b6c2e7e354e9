import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  signVolcengine,
  volcengineCanonicalRequest,
  volcengineSignature,
  volcengineSigningKey,
  volcengineStringToSign,
} from '../../../../../electron/cloud/volcengine/sign-v4';
import * as gen from '../../../support/signing-arbitraries';
import { volcengineOracleHeaders } from '../../../support/signing-oracles';
import { STRICT_QUERY, decodePairs, rawQuery, withoutEmpty } from '../../../support/wire-params';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SK = 'WkRZeE1EQmxPVGhsWWpWak5HVmtNbUUxTXpZeU9UVXlOMlE1TmpZeVlqTQ==';
const AT = new Date('2024-06-19T07:13:06Z');
const X_DATE = '20240619T071306Z';
const liveEndpoint = { protocol: 'https:' as const, host: 'live.volcengineapi.com' };
const groupBody = '{"Name":"RelayGroup001","ProjectName":"default","Tags":[{"Key":"key001","Value":"v1","Category":"Custom"}]}';
const groupBodySha256 = 'ffee351b26c4f07474dfbeb4e0969410eb06e074b4d12b046a2efb50543aec41';

/** Signs a canonical request the way signVolcengine does, for vectors signed with other header sets. */
function signatureOf(canonicalRequest: string, region: string, service: string): string {
  const stringToSign = volcengineStringToSign(X_DATE, `20240619/${region}/${service}/request`, canonicalRequest);
  return volcengineSignature(volcengineSigningKey(SK, '20240619', region, service), stringToSign);
}

describe('volcengine HMAC-SHA256 — official IAM vector A (volcengine-live.md §3.4)', () => {
  // Signed headers host;x-date only: not the app's profile, so checked stage by stage.
  const canonical = volcengineCanonicalRequest(
    'GET',
    { Action: 'ListUsers', Version: '2018-01-01', Limit: '10', Offset: '0' },
    { host: 'iam.volcengineapi.com', 'x-date': X_DATE },
    EMPTY_SHA256,
  );

  it('reproduces the canonical request, string to sign, signing key and signature', () => {
    expect(canonical).toBe(
      `GET\n/\nAction=ListUsers&Limit=10&Offset=0&Version=2018-01-01\nhost:iam.volcengineapi.com\nx-date:${X_DATE}\n\nhost;x-date\n${EMPTY_SHA256}`,
    );
    expect(volcengineStringToSign(X_DATE, '20240619/cn-beijing/iam/request', canonical)).toBe(
      `HMAC-SHA256\n${X_DATE}\n20240619/cn-beijing/iam/request\n5ed5bca3905e1fcbf789abb56a17c2d819674a3bcfa468ae476bd1ea80d135cb`,
    );
    expect(volcengineSigningKey(SK, '20240619', 'cn-beijing', 'iam').toString('hex')).toBe(
      'abee62e533a58934c49954459a3c3237d2fccea517c9a7c8a2651d8ea7779826',
    );
    expect(signatureOf(canonical, 'cn-beijing', 'iam')).toBe('e31c4558bcfe08a286001f59cedbf0791ffd0b2362f10e55ee2627467bcdde93');
  });
});

describe('volcengine — Live vectors B (volcengine-live.md §3.4)', () => {
  it('derives the live signing key', () => {
    expect(volcengineSigningKey(SK, '20240619', 'cn-north-1', 'live').toString('hex')).toBe(
      '36e539c89f7a7c9fc1799e24864ba004d2da4b2d29af5a968d7a996296e6449d',
    );
  });

  it('B1 (Node SDK default profile, x-content-sha256;x-date) through the exported stages', () => {
    const canonical = volcengineCanonicalRequest(
      'POST',
      { Action: 'CreatePullToPushGroup', Version: '2023-01-01' },
      { 'X-Content-Sha256': groupBodySha256, 'X-Date': X_DATE },
      groupBodySha256,
    );
    expect(canonical).toBe(
      `POST\n/\nAction=CreatePullToPushGroup&Version=2023-01-01\nx-content-sha256:${groupBodySha256}\nx-date:${X_DATE}\n\nx-content-sha256;x-date\n${groupBodySha256}`,
    );
    expect(volcengineStringToSign(X_DATE, '20240619/cn-north-1/live/request', canonical).split('\n')[3]).toBe(
      '80c12fde9c9544310b05fe02d48c7fdef06b37642a3a8ec19a0ae688829efeb2',
    );
    expect(signatureOf(canonical, 'cn-north-1', 'live')).toBe('b8ca044b1e91c2802a491969b93ca1197aa361f6af1556b9e709e971759e926d');
  });

  it('B2 (the app profile, host signed): the whole request from signVolcengine', () => {
    expect(
      signVolcengine({
        method: 'POST',
        endpoint: liveEndpoint,
        action: 'CreatePullToPushGroup',
        version: '2023-01-01',
        query: {},
        body: groupBody,
        credentials: { accessKeyId: 'AKTEST', accessKeySecret: SK },
        date: AT,
        region: 'cn-north-1',
        service: 'live',
      }),
    ).toEqual({
      method: 'POST',
      url: 'https://live.volcengineapi.com/?Action=CreatePullToPushGroup&Version=2023-01-01',
      headers: {
        Host: 'live.volcengineapi.com',
        'X-Date': X_DATE,
        'X-Content-Sha256': groupBodySha256,
        'Content-Type': 'application/json',
        Authorization:
          'HMAC-SHA256 Credential=AKTEST/20240619/cn-north-1/live/request, SignedHeaders=host;x-content-sha256;x-date, Signature=8d23a652feab5e5bc49f0631778b9fd9e17ae8f901edf7ffa71b1be50d71bf97',
      },
      body: groupBody,
    });
  });

  it('B3 (GET with STS, host;x-date;x-security-token) through the exported stages', () => {
    const canonical = volcengineCanonicalRequest(
      'GET',
      { Action: 'ListPullToPushTask', Version: '2023-01-01', Page: '1', Size: '20' },
      { Host: 'live.volcengineapi.com', 'X-Date': X_DATE, 'X-Security-Token': 'STSTOKEN' },
      EMPTY_SHA256,
    );
    expect(signatureOf(canonical, 'cn-north-1', 'live')).toBe('27455ee1deaf5a725c24249f3d0b7eece5de1d0493511ed280d899801dcfd958');
  });

  it('B3 in the app profile: the GET also signs x-content-sha256 (the empty-body hash)', () => {
    const request = signVolcengine({
      method: 'GET',
      endpoint: liveEndpoint,
      action: 'ListPullToPushTask',
      version: '2023-01-01',
      query: { Page: '1', Size: '20' },
      body: null,
      credentials: { accessKeyId: 'AKTEST', accessKeySecret: SK, securityToken: 'STSTOKEN' },
      date: AT,
      region: 'cn-north-1',
      service: 'live',
    });
    expect(request.url).toBe('https://live.volcengineapi.com/?Action=ListPullToPushTask&Page=1&Size=20&Version=2023-01-01');
    expect(request.body).toBeNull();
    expect(request.headers['Content-Type']).toBeUndefined();
    expect(request.headers['X-Content-Sha256']).toBe(EMPTY_SHA256);
    expect(request.headers['X-Security-Token']).toBe('STSTOKEN');
    const sdk = volcengineOracleHeaders(
      { method: 'GET', region: 'cn-north-1', params: decodePairs(rawQuery(request.url)), headers: { host: 'live.volcengineapi.com', 'x-content-sha256': EMPTY_SHA256 } },
      'live',
      { accessKeyId: 'AKTEST', secretKey: SK, sessionToken: 'STSTOKEN' },
      AT,
    );
    expect(request.headers.Authorization).toBe(sdk.Authorization);
    expect(request.headers.Authorization).toContain('SignedHeaders=host;x-content-sha256;x-date;x-security-token,');
  });

  it('refuses a GET with a body and a query naming Action or Version', () => {
    const base = { endpoint: liveEndpoint, action: 'A', version: 'V', credentials: { accessKeyId: 'a', accessKeySecret: 's' }, date: AT, region: 'cn-north-1', service: 'live' };
    expect(() => signVolcengine({ ...base, method: 'GET', query: {}, body: '{}' })).toThrow(/no body/);
    expect(() => signVolcengine({ ...base, method: 'POST', query: { Action: 'x' }, body: '{}' })).toThrow(/set by the signer/);
  });
});

/** JSON bodies with the same tricky text as the query values, serialised once. */
const jsonBody = fc.dictionary(gen.paramName, fc.oneof(gen.paramValue, fc.integer(), fc.array(gen.paramValue, { maxLength: 3 })), {
  maxKeys: 10,
  noNullPrototype: true,
});

describe('volcengine — against @volcengine/openapi Signer (property)', () => {
  it('signs byte-identically, sends exactly what it signed, never sends an empty query value', () => {
    const input = fc.oneof(
      fc.record({ method: fc.constant('GET' as const), query: gen.paramsWithout(['Action', 'Version']), body: fc.constant(null) }),
      fc.record({
        method: fc.constant('POST' as const),
        query: fc.oneof(fc.constant({}), gen.paramsWithout(['Action', 'Version'])),
        body: fc.oneof({ weight: 5, arbitrary: jsonBody.map((value) => JSON.stringify(value)) }, { weight: 1, arbitrary: fc.constant(null) }),
      }),
    );
    fc.assert(
      fc.property(
        input,
        gen.endpoint,
        gen.action,
        gen.version,
        gen.credentials,
        gen.signingDate,
        fc.constantFrom('cn-north-1', 'cn-beijing', 'ap-singapore-1'),
        fc.constantFrom('live', 'iam'),
        ({ method, query, body }, endpoint, action, version, credentials, date, region, service) => {
          const request = signVolcengine({ method, endpoint, action, version, query, body, credentials, date, region, service });
          const wire = rawQuery(request.url);
          expect(request.url).toBe(`${endpoint.protocol}//${endpoint.host}/?${wire}`);
          expect(wire).toMatch(STRICT_QUERY);
          const sent = decodePairs(wire);
          expect(sent).toEqual({ ...withoutEmpty(query), Action: action, Version: version });
          expect(request.body).toBe(body);

          const sdk = volcengineOracleHeaders(
            {
              method,
              region,
              params: sent,
              headers: { host: endpoint.host, ...(body ? {} : { 'x-content-sha256': EMPTY_SHA256 }) },
              ...(body ? { body } : {}),
            },
            service,
            { accessKeyId: credentials.accessKeyId, secretKey: credentials.accessKeySecret, sessionToken: credentials.securityToken },
            date,
          );
          expect(request.headers.Host).toBe(endpoint.host);
          expect(request.headers['X-Date']).toBe(sdk['X-Date']);
          expect(request.headers['X-Content-Sha256']).toBe(sdk['X-Content-Sha256'] ?? EMPTY_SHA256);
          expect(request.headers['X-Security-Token']).toBe(credentials.securityToken);
          expect(request.headers['Content-Type']).toBe(method === 'POST' ? 'application/json' : undefined);
          expect(request.headers.Authorization).toBe(sdk.Authorization);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
