import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { aliyunRehearsalAccounts, rehearsalStsKeys } from '../../../electron/rehearsal/rehearsal-keys';
import { maskAccessKeyId } from '../../../shared/format/mask';
import { errorOf, sentParams, testClient, testProfile } from './client-harness';
import { configuredStudio } from './desk-lookups';
import { deskClient, useRehearsalCloud } from './rehearsal-fixture';

// Whom a call is made as, and what of it may be kept: secrets never reach a journal line, a log
// line or an error, even when the cloud echoes them back; a call may sign as another identity at
// another endpoint, and the cloud answers as that account.
const rehearsal = useRehearsalCloud();

type DomainsAnswer = { Domains: { PageData: { DomainName: string }[] } };
const domainNames = (json: unknown) => (json as DomainsAnswer).Domains.PageData.map((domain) => domain.DomainName);

describe('secrets', () => {
  it('appear in no journal line, log line or error, though the gateway echoes the string it signed', async () => {
    const cloud = rehearsal();
    const sts = rehearsalStsKeys.aliyun;
    const desk = await deskClient(cloud, 'aliyun');
    const { studio } = await configuredStudio(desk.client, (candidate, config) => candidate.status === 'idle' && config.domainName !== null, 'idle studio with an output domain');
    const profile = testProfile('aliyun', cloud.info.aliyun.endpoint, { signatureVersion: 'v1', accessKeyId: sts.accessKeyId, hasSecurityToken: true });
    const wrong = await testClient(profile, { secret: 'not-the-secret', securityToken: sts.securityToken });
    const error = await errorOf(wrong.client.call({ provider: 'aliyun', action: 'StartCaster', params: { CasterId: studio.id } }));
    // V1's refusal quotes the server's string to sign, key id and security token included.
    expect(error).toMatchObject({ code: 'cloud.signatureMismatch', hint: expect.stringContaining('string to sign') });
    expect(error.hint).toContain(`AccessKeyId%3D${maskAccessKeyId(sts.accessKeyId)}%26`);
    expect(error.hint).toContain('SecurityToken%3D****%26');
    const right = await testClient(profile, { securityToken: sts.securityToken });
    await right.client.call({ provider: 'aliyun', action: 'StartCaster', params: { CasterId: studio.id, AccessKeySecret: sts.secret } });
    const everything = [
      JSON.stringify(error),
      await readFile(wrong.journalFile, 'utf8'),
      await readFile(right.journalFile, 'utf8'),
      [...wrong.logs, ...right.logs].join('\n'),
    ].join('\n');
    expect(everything).not.toContain(sts.secret);
    expect(everything).not.toContain(sts.securityToken);
    expect(everything).not.toContain(sts.accessKeyId);
    expect(everything).toContain(maskAccessKeyId(sts.accessKeyId));
  });
});

describe('per-call identity and overrides', () => {
  it('signs as an explicit identity, at an overridden endpoint and signature version, and sees that account', async () => {
    const cloud = rehearsal();
    const [desk, second] = aliyunRehearsalAccounts;
    const t = await testClient(testProfile('aliyun', 'https://live.aliyuncs.com', { accessKeyId: desk.accessKeyId }));
    const identity = {
      profile: testProfile('aliyun', null, { id: 'env', name: 'environment', accessKeyId: second.accessKeyId }),
      credentials: { accessKeyId: second.accessKeyId, accessKeySecret: second.secret },
    };
    const answer = await t.client.call({ provider: 'aliyun', action: 'DescribeLiveUserDomains', params: {}, identity, overrides: { endpoint: cloud.info.aliyun.endpoint, signatureVersion: 'v1' } });
    expect(sentParams(t.sent[0]).get('AccessKeyId')).toBe(second.accessKeyId);
    expect(sentParams(t.sent[0]).get('SignatureMethod')).toBe('HMAC-SHA1');
    const deskAnswer = await (await deskClient(cloud, 'aliyun')).client.call({ provider: 'aliyun', action: 'DescribeLiveUserDomains', params: {} });
    expect(domainNames(answer.json).length).toBeGreaterThan(0);
    expect(domainNames(answer.json).filter((name) => domainNames(deskAnswer.json).includes(name))).toEqual([]);
  });
});
