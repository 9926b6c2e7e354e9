import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../../../../electron/cloud/http-request';
import { signVolcengine } from '../../../../../electron/cloud/volcengine/sign-v4';
import { CloudFault } from '../../../../../electron/rehearsal/cloud-fault';
import type { Incoming } from '../../../../../electron/rehearsal/gateway/incoming';
import { authenticateVolcengine, type VolcengineAuthContext } from '../../../../../electron/rehearsal/gateway/volcengine-auth';
import type { RehearsalAccount } from '../../../../../electron/rehearsal/rehearsal-keys';
import { incomingOf } from '../../../support/incoming-request';

const desk: RehearsalAccount = { accountId: '2', accessKeyId: 'AKLTRehearsalTest01', secret: 'UmlnaHRTZWNyZXQ=' };
const at = new Date('2026-11-22T10:00:00Z');

function context(now = at.getTime(), accounts: RehearsalAccount[] = [desk]): VolcengineAuthContext {
  return { accounts: new Map(accounts.map((a) => [a.accessKeyId, a])), now };
}

function signed(overrides: { secret?: string; date?: Date; region?: string; account?: RehearsalAccount; securityToken?: string } = {}): HttpRequest {
  const account = overrides.account ?? desk;
  return signVolcengine({
    method: 'POST',
    endpoint: { protocol: 'http:', host: '127.0.0.1:7002' },
    action: 'CreatePullToPushGroup',
    version: '2023-01-01',
    query: {},
    body: JSON.stringify({ Name: '赛事直播', ProjectName: 'default' }),
    credentials: { accessKeyId: account.accessKeyId, accessKeySecret: overrides.secret ?? account.secret, ...(overrides.securityToken ? { securityToken: overrides.securityToken } : {}) },
    date: overrides.date ?? at,
    region: overrides.region ?? 'cn-north-1',
    service: 'live',
  });
}

function refusal(incoming: Incoming, ctx: VolcengineAuthContext): CloudFault & { codeN?: number } {
  try {
    authenticateVolcengine(incoming, ctx);
  } catch (thrown) {
    if (thrown instanceof CloudFault) return thrown;
    throw thrown;
  }
  throw new Error('accepted');
}

// volcengine-live.md §3.4 B: SK as in the official vector, AK AKTEST, X-Date 20240619T071306Z.
const vectorAccount: RehearsalAccount = { accountId: '9', accessKeyId: 'AKTEST', secret: 'WkRZeE1EQmxPVGhsWWpWak5HVmtNbUUxTXpZeU9UVXlOMlE1TmpZeVlqTQ==' };
const vectorBody = '{"Name":"RelayGroup001","ProjectName":"default","Tags":[{"Key":"key001","Value":"v1","Category":"Custom"}]}';
const vectorBodyHash = 'ffee351b26c4f07474dfbeb4e0969410eb06e074b4d12b046a2efb50543aec41';
const vectorQuery: [string, string][] = [
  ['Action', 'CreatePullToPushGroup'],
  ['Version', '2023-01-01'],
];

describe('authenticateVolcengine', () => {
  it('accepts our signed call as the calling account', () => {
    expect(authenticateVolcengine(incomingOf(signed()), context())).toBe(desk);
  });

  it.each([
    ['B1, the Node SDK profile (host unsigned)', 'x-content-sha256;x-date', 'b8ca044b1e91c2802a491969b93ca1197aa361f6af1556b9e709e971759e926d'],
    ['B2, the recommended profile (host signed)', 'host;x-content-sha256;x-date', '8d23a652feab5e5bc49f0631778b9fd9e17ae8f901edf7ffa71b1be50d71bf97'],
  ])('accepts the documented live vector %s (volcengine-live.md §3.4)', (_name, signedHeaders, signature) => {
    const incoming: Incoming = {
      method: 'POST',
      path: '/',
      query: vectorQuery,
      headers: {
        host: 'live.volcengineapi.com',
        'content-type': 'application/json',
        'x-date': '20240619T071306Z',
        'x-content-sha256': vectorBodyHash,
        authorization: `HMAC-SHA256 Credential=AKTEST/20240619/cn-north-1/live/request, SignedHeaders=${signedHeaders}, Signature=${signature}`,
      },
      body: vectorBody,
    };
    expect(authenticateVolcengine(incoming, context(Date.parse('2024-06-19T07:13:10Z'), [vectorAccount]))).toBe(vectorAccount);
  });

  it('refuses a wrong secret with SignatureDoesNotMatch (401, CodeN 100010)', () => {
    expect(refusal(incomingOf(signed({ secret: 'wrong' })), context())).toMatchObject({ status: 401, code: 'SignatureDoesNotMatch', codeN: 100010 });
  });

  it('refuses a scope for another region as a signature mismatch', () => {
    expect(refusal(incomingOf(signed({ region: 'cn-beijing' })), context())).toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('refuses an unknown access key with InvalidAccessKey (401, CodeN 100009)', () => {
    expect(refusal(incomingOf(signed()), context(at.getTime(), []))).toMatchObject({ status: 401, code: 'InvalidAccessKey', codeN: 100009 });
  });

  it('refuses an X-Date outside the 900-second validity with InvalidTimestamp (CodeN 100006)', () => {
    expect(refusal(incomingOf(signed({ date: new Date(at.getTime() - 901_000) })), context())).toMatchObject({ status: 400, code: 'InvalidTimestamp', codeN: 100006 });
    expect(refusal(incomingOf(signed({ date: new Date(at.getTime() + 901_000) })), context())).toMatchObject({ code: 'InvalidTimestamp' });
  });

  it('refuses a body changed after signing', () => {
    const incoming = incomingOf(signed());
    expect(refusal({ ...incoming, body: JSON.stringify({ Name: 'other', ProjectName: 'default' }) }, context())).toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('refuses a call with no Authorization as missing authentication, and a garbled one as invalid', () => {
    const incoming = incomingOf(signed());
    const headers = Object.fromEntries(Object.entries(incoming.headers).filter(([name]) => name !== 'authorization'));
    expect(refusal({ ...incoming, headers }, context())).toMatchObject({ status: 401, code: 'MissingAuthenticationToken' });
    expect(refusal({ ...incoming, headers: { ...headers, authorization: 'HMAC-SHA256 nonsense' } }, context())).toMatchObject({ code: 'InvalidAuthorization' });
  });

  it('accepts a temporary key only with its own signed X-Security-Token (InvalidSecretToken otherwise)', () => {
    const sts: RehearsalAccount = { accountId: '2', accessKeyId: 'AKTPRehearsalTest01', secret: 'U3RzU2VjcmV0', securityToken: 'STS2-token' };
    const ctx = context(at.getTime(), [sts]);
    expect(authenticateVolcengine(incomingOf(signed({ account: sts, securityToken: 'STS2-token' })), ctx)).toBe(sts);
    expect(refusal(incomingOf(signed({ account: sts })), ctx)).toMatchObject({ status: 401, code: 'InvalidSecretToken' });
    expect(refusal(incomingOf(signed({ account: sts, securityToken: 'STS2-other' })), ctx)).toMatchObject({ code: 'InvalidSecretToken' });
  });
});
