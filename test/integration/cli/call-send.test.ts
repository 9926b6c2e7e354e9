import { describe, expect, it } from 'vitest';
import { listStudios } from '../../../electron/cloud/actions/aliyun/caster-list';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';
import { aliyunRehearsalAccounts, volcengineRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import { appError } from '../../../shared/errors/app-error';
import { maskAccessKeyId } from '../../../shared/format/mask';
import { errorMessage } from '../../../shared/i18n/translate';
import { testClient, testProfile } from '../cloud/client-harness';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';
import { addProfile, aliyunRequestId, deskWithProfile } from './call-desk';

// `lcr call` as a child process against the rehearsal cloud: the JSON answer on stdout, the
// request signed as the profile (or the environment) says, and the typed error on a refusal. The
// cloud verifies every signature and answers only for the account that signed, so an accepted
// call proves whose key signed it, and its answers and stored state prove what arrived.
const rehearsal = useRehearsalCloud();
const [deskAccount, secondAccount] = aliyunRehearsalAccounts;
const [volcAccount] = volcengineRehearsalAccounts;

interface CastersAnswer {
  Total: number;
  CasterList: { Caster: { CasterId: string; CasterName: string }[] };
}
interface VolcengineAnswer {
  ResponseMetadata: { RequestId: string; Action: string; Region: string };
  Result?: { List: { Name: string; ProjectName: string; Status: number; Tags: { Key: string; Value: string; Category: string }[] }[] };
}

const idsOf = (answer: CastersAnswer) => answer.CasterList.Caster.map((caster) => caster.CasterId).sort();

describe('lcr call sends one signed call and prints the answer', () => {
  it('calls Alibaba as the named profile: V3-signed with its keychain secret, answer pretty-printed, Chinese as is', async () => {
    const cloud = rehearsal();
    const endpoint = cloud.info.aliyun.endpoint;
    const desk = await deskWithProfile('aliyun', 'Show A', deskAccount, endpoint);
    const sports = await listStudios((await deskClient(cloud, 'aliyun')).client, { tags: [{ key: 'team', value: 'sports' }] });
    expect(sports.length).toBeGreaterThan(1);

    const startedAt = performance.now();
    const called = await desk.run(['call', 'aliyun', 'DescribeCasters', 'Tag=[{"Key":"team","Value":"sports"}]', 'PageSize=1', '--profile', 'Show A']);
    // The answer came over a keep-alive connection the cloud holds open; lcr still exits at once.
    expect(performance.now() - startedAt).toBeLessThan(10_000);
    expect(called).toMatchObject({ code: 0, stderr: '' });
    const answer = JSON.parse(called.stdout) as CastersAnswer;
    expect(called.stdout).toBe(`${JSON.stringify(answer, null, 2)}\n`);
    // The tag filter arrived flattened (Tag.1.Key, Tag.1.Value) and the page size as sent.
    expect(answer.Total).toBe(sports.length);
    const [listed] = answer.CasterList.Caster;
    expect(answer.CasterList.Caster).toHaveLength(1);
    expect(sports.map((studio) => studio.id)).toContain(listed?.CasterId);
    expect(listed?.CasterName).toMatch(/\p{Script=Han}/u);
    expect(called.stdout).toContain(`"CasterName": "${listed?.CasterName}"`);
    expect((await readJournal(journalPath(desk.dataDir))).entries).toEqual([]);

    // A profile with the same key and a wrong secret in the keychain is refused; the gateway's
    // answer quotes a V3 (ACS3-HMAC-SHA256) string to sign.
    await addProfile(desk, 'aliyun', 'Show B', { accessKeyId: deskAccount.accessKeyId, secret: `${deskAccount.secret}x` }, endpoint);
    const wrong = await desk.run(['call', 'aliyun', 'DescribeCasters', '--profile', 'Show B', '--json']);
    expect(JSON.parse(wrong.stderr)).toMatchObject({ error: { code: 'cloud.signatureMismatch', hint: expect.stringContaining('server string to sign is:ACS3-HMAC-SHA256') } });
  });

  it('sends a Volcengine POST body as typed JSON, Chinese intact, signed for cn-north-1: the cloud keeps what was sent', async () => {
    const cloud = rehearsal();
    const desk = await deskWithProfile('volcengine', '转推', volcAccount, cloud.info.volcengine.endpoint);
    const tag = { Key: '场景', Value: '晚会 "一" $HOME' };
    // `"2024"` is text: a group name must be a string, and the cloud refuses a number for it.
    const created = await desk.run(['call', 'volcengine', 'CreatePullToPushGroup', 'Name="2024"', 'ProjectName=default', '--body', JSON.stringify({ Tags: [tag] })]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const answer = JSON.parse(created.stdout) as VolcengineAnswer;
    expect(created.stdout).toBe(`${JSON.stringify(answer, null, 2)}\n`);
    // The credential scope is checked by the cloud: only `<date>/cn-north-1/live/request` is accepted.
    expect(answer.ResponseMetadata).toMatchObject({ Action: 'CreatePullToPushGroup', Region: 'cn-north-1' });
    expect((await readJournal(journalPath(desk.dataDir))).entries).toMatchObject([
      { origin: 'cli', action: 'CreatePullToPushGroup', outcome: 'ok', profileName: '转推', requestId: answer.ResponseMetadata.RequestId },
    ]);

    // Read back: digits go as JSON numbers (PageNum, PageSize bind to ints), an empty value is not
    // sent at all (`StatusList` as "" would not bind to a list), and the group holds the text as typed.
    const listed = await desk.run(['call', 'volcengine', 'ListPullToPushGroup', 'PageNum=1', 'PageSize=100', 'StatusList=']);
    expect(listed.code).toBe(0);
    const groups = (JSON.parse(listed.stdout) as VolcengineAnswer).Result?.List ?? [];
    expect(groups.find((group) => group.Name === '2024')).toEqual({ Name: '2024', ProjectName: 'default', Status: 0, Tags: [{ ...tag, Category: 'Custom' }] });
    // …and quoted digits go as text, which an int field refuses: the typing is the cloud's to judge.
    const quoted = await desk.run(['call', 'volcengine', 'ListPullToPushGroup', 'PageNum=1', 'PageSize="100"', '--json']);
    expect(JSON.parse(quoted.stderr)).toMatchObject({ error: { code: 'cloud.invalidParameter', params: { providerCode: 'InvalidParam.BindError' } } });
  });

  it("calls as the environment's credentials when there is no --profile, and --profile wins over them", async () => {
    const cloud = rehearsal();
    const endpoint = cloud.info.aliyun.endpoint;
    const desk = await deskWithProfile('aliyun', 'Show A', deskAccount, endpoint);
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: secondAccount.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: secondAccount.secret, ALIBABA_CLOUD_REGION_ID: 'cn-beijing' };
    const studiosOf = async (accessKeyId: string) => (await listStudios((await testClient(testProfile('aliyun', endpoint, { accessKeyId }))).client)).map((studio) => studio.id).sort();

    const fromEnv = await desk.run(['call', 'aliyun', 'DescribeCasters', '--endpoint', endpoint, '--signature', 'v1'], { env });
    expect(fromEnv.code).toBe(0);
    expect(idsOf(JSON.parse(fromEnv.stdout) as CastersAnswer)).toEqual(await studiosOf(secondAccount.accessKeyId));
    // What that V1 request carried, as the gateway quotes it when the same environment's secret is wrong.
    const wrong = await desk.run(['call', 'aliyun', 'DescribeCasters', '--endpoint', endpoint, '--signature', 'v1'], { env: { ...env, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-the-secret' } });
    expect(wrong.stderr).toContain('server string to sign is:POST&%2F&');
    for (const pair of [`AccessKeyId%3D${maskAccessKeyId(secondAccount.accessKeyId)}%26`, 'Action%3DDescribeCasters%26', 'RegionId%3Dcn-beijing%26', 'SignatureMethod%3DHMAC-SHA1%26']) {
      expect(wrong.stderr).toContain(pair);
    }

    const fromProfile = await desk.run(['call', 'aliyun', 'DescribeCasters', '--profile', 'Show A'], { env });
    expect(fromProfile.code).toBe(0);
    expect(idsOf(JSON.parse(fromProfile.stdout) as CastersAnswer)).toEqual(await studiosOf(deskAccount.accessKeyId));

    for (const printed of desk.runs.flatMap((r) => [r.stdout, r.stderr])) for (const hidden of [deskAccount.secret, secondAccount.secret]) expect(printed).not.toContain(hidden);
  });

  it("reports a refusal on stderr with exit 1: the localised message, the provider's words, the request id", async () => {
    const cloud = rehearsal();
    const desk = await deskWithProfile('aliyun', 'Show A', deskAccount, cloud.info.aliyun.endpoint);
    const refused = appError('studio.invalidId', {}, { provider: 'aliyun', action: 'StopCaster' });
    const providerWords = 'The specified CasterId "bad" is malformed.';
    for (const lang of ['en', 'zh-CN'] as const) {
      const result = await desk.run(['call', 'aliyun', 'StopCaster', 'CasterId=bad', '--profile', 'Show A', '--lang', lang]);
      expect(result).toMatchObject({ code: 1, stdout: '' });
      const [message, detail, requestId, ...rest] = result.stderr.split('\n');
      expect([message, detail, rest]).toEqual([`lcr: ${errorMessage(lang, refused)}`, `  ${lang === 'en' ? 'Detail: ' : '详细信息：'}${providerWords}`, ['']]);
      expect(requestId?.replace(lang === 'en' ? '  Request ID: ' : '  请求 ID：', '')).toMatch(aliyunRequestId);
    }
    const json = await desk.run(['call', 'aliyun', 'StopCaster', 'CasterId=bad', '--profile', 'Show A', '--json']);
    expect(json).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(json.stderr)).toEqual({
      error: {
        code: 'studio.invalidId',
        params: { providerCode: 'InvalidCasterId.Malformed', action: 'StopCaster', httpStatus: 400 },
        provider: 'aliyun',
        action: 'StopCaster',
        requestId: expect.stringMatching(aliyunRequestId),
        retryable: false,
        hint: providerWords,
      },
    });
  });
});
