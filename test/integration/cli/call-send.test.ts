import { afterEach, describe, expect, it } from 'vitest';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';
import { appError } from '../../../shared/errors/app-error';
import { errorMessage } from '../../../shared/i18n/translate';
import { aliyunOracle } from '../../unit/support/signing-oracles';
import { startScriptedServer, type Received, type Reply, type ScriptedServer } from '../cloud/scripted-server';
import { cliDesk } from './run-lcr';
import { authorizationParts, expectedAliyunV3, expectedVolcengine, header, receivedQuery } from './signed-requests';

// `lcr call` as a child process against a scripted loopback cloud: the JSON answer on stdout, the
// request signed as the profile (or the environment) says, and the typed error on a refusal.
const secret = 'Call-Secret-7e8f9a0b';
const volcSecret = 'Call-Volc-Secret-1c2d3e';
const envSecret = 'Call-Env-Secret-4f5a6b';
const keyId = 'LTAI5tCallKey00000009P6';
const volcKeyId = 'AKLTCallVolcKey000001';
const envKeyId = 'LTAI5tCallEnvKey000Z7Q';

let server: ScriptedServer | undefined;
afterEach(async () => server?.close());
const serve = async (script: (request: Received, index: number) => Reply) => (server = await startScriptedServer(script));

type Desk = Awaited<ReturnType<typeof cliDesk>>;
const addProfile = (desk: Desk, provider: 'aliyun' | 'volcengine', name: string, id: string, endpoint: string, profileSecret: string) =>
  desk.run(['profiles', 'add', '--provider', provider, '--name', name, '--access-key-id', id, '--endpoint', endpoint, '--secret-stdin'], { input: `${profileSecret}\n` });

const casters = { RequestId: 'REQ-CASTERS', Total: 1, CasterList: { Caster: [{ CasterId: 'c-1', CasterName: '晚间新闻 "主"' }] } };

describe('lcr call sends one signed call and prints the answer', () => {
  it('calls Alibaba as the named profile: V3-signed with its keychain secret, answer pretty-printed, Chinese as is', async () => {
    const s = await serve(() => ({ status: 200, json: casters }));
    const desk = await cliDesk();
    expect((await addProfile(desk, 'aliyun', 'Show A', keyId, s.endpoint, secret)).code).toBe(0);
    const startedAt = performance.now();
    const called = await desk.run(['call', 'aliyun', 'DescribeCasters', 'RegionId=cn-shanghai', 'PageSize=10', '--profile', 'Show A']);
    expect(called).toEqual({ code: 0, stdout: `${JSON.stringify(casters, null, 2)}\n`, stderr: '' });
    expect(called.stdout).toContain('"CasterName": "晚间新闻 \\"主\\""');
    expect(performance.now() - startedAt).toBeLessThan(10_000);

    const [request] = s.received;
    if (!request) throw new Error('no request');
    expect(s.received).toHaveLength(1);
    expect(request.method).toBe('POST');
    expect(receivedQuery(request)).toEqual({ RegionId: 'cn-shanghai', PageSize: '10' });
    expect(header(request, 'x-acs-action')).toBe('DescribeCasters');
    expect(authorizationParts(request)).toMatchObject({
      Credential: keyId,
      SignedHeaders: 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
    });
    expect(header(request, 'authorization')).toBe(expectedAliyunV3(request, keyId, secret));
    expect((await readJournal(journalPath(desk.dataDir))).entries).toEqual([]);
  });

  it('sends a Volcengine POST body as the exact JSON, Chinese and types intact, signed for cn-north-1', async () => {
    const answer = { ResponseMetadata: { RequestId: 'REQ-VOLC', Action: 'CreatePullToPushGroup' }, Result: { GroupId: 'g-1' } };
    const s = await serve(() => ({ status: 200, json: answer }));
    const desk = await cliDesk();
    await addProfile(desk, 'volcengine', '转推', volcKeyId, s.endpoint, volcSecret);
    const called = await desk.run(['call', 'volcengine', 'CreatePullToPushGroup', 'Name=导播 "一" $HOME', 'Size=10', 'Enabled=true', 'Code="007"', 'Empty=', '--body', '{"Tags":[{"Key":"场景","Value":"晚会"}]}']);
    expect(called).toMatchObject({ code: 0, stdout: `${JSON.stringify(answer, null, 2)}\n`, stderr: '' });

    const [request] = s.received;
    if (!request) throw new Error('no request');
    expect(request.body).toBe('{"Tags":[{"Key":"场景","Value":"晚会"}],"Name":"导播 \\"一\\" $HOME","Size":10,"Enabled":true,"Code":"007"}');
    expect(receivedQuery(request)).toEqual({ Action: 'CreatePullToPushGroup', Version: '2023-01-01' });
    expect(header(request, 'content-type')).toBe('application/json');
    expect(authorizationParts(request).Credential).toMatch(new RegExp(`^${volcKeyId}/\\d{8}/cn-north-1/live/request$`));
    expect(header(request, 'authorization')).toBe(expectedVolcengine(request, volcKeyId, volcSecret));
    expect((await readJournal(journalPath(desk.dataDir))).entries).toMatchObject([{ origin: 'cli', action: 'CreatePullToPushGroup', outcome: 'ok', profileName: '转推', requestId: 'REQ-VOLC' }]);
  });

  it('calls as the environment\'s credentials when there is no --profile, and --profile wins over them', async () => {
    const s = await serve(() => ({ status: 200, json: { RequestId: 'REQ-ENV' } }));
    const desk = await cliDesk();
    await addProfile(desk, 'aliyun', 'Show A', keyId, s.endpoint, secret);
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: envKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: envSecret, ALIBABA_CLOUD_REGION_ID: 'cn-beijing' };

    expect((await desk.run(['call', 'aliyun', 'DescribeCasters', '--endpoint', s.endpoint, '--signature', 'v1'], { env })).code).toBe(0);
    const fromEnv = s.received[0];
    if (!fromEnv) throw new Error('no request');
    const signed = Object.fromEntries(new URLSearchParams(fromEnv.body));
    expect(signed).toMatchObject({ AccessKeyId: envKeyId, Action: 'DescribeCasters', RegionId: 'cn-beijing', SignatureMethod: 'HMAC-SHA1' });
    const { Signature, ...rest } = signed;
    expect(Signature).toBe(aliyunOracle.getRPCSignature(rest, 'POST', envSecret));

    expect((await desk.run(['call', 'aliyun', 'DescribeCasters', '--profile', 'Show A'], { env })).code).toBe(0);
    const fromProfile = s.received[1];
    if (!fromProfile) throw new Error('no request');
    expect(authorizationParts(fromProfile).Credential).toBe(keyId);
    expect(header(fromProfile, 'authorization')).toBe(expectedAliyunV3(fromProfile, keyId, secret));
    expect(receivedQuery(fromProfile)).toEqual({ RegionId: 'cn-shanghai' });

    for (const printed of desk.runs.flatMap((r) => [r.stdout, r.stderr])) for (const hidden of [secret, envSecret]) expect(printed).not.toContain(hidden);
  });

  it('reports a refusal on stderr with exit 1: the localised message, the provider\'s words, the request id', async () => {
    const s = await serve(() => ({ status: 400, json: { RequestId: 'REQ-BAD-1', Code: 'InvalidCasterId.Malformed', Message: 'The CasterId is malformed.' } }));
    const desk = await cliDesk();
    await addProfile(desk, 'aliyun', 'Show A', keyId, s.endpoint, secret);
    const refused = appError('studio.invalidId', {}, { provider: 'aliyun', action: 'StopCaster' });
    for (const lang of ['en', 'zh-CN'] as const) {
      const result = await desk.run(['call', 'aliyun', 'StopCaster', 'CasterId=bad', '--profile', 'Show A', '--lang', lang]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const detail = lang === 'en' ? 'Detail' : '详细信息';
      const requestId = lang === 'en' ? 'Request ID: ' : '请求 ID：';
      expect(result.stderr).toBe(`lcr: ${errorMessage(lang, refused)}\n  ${detail}${lang === 'en' ? ': ' : '：'}The CasterId is malformed.\n  ${requestId}REQ-BAD-1\n`);
    }
    const json = await desk.run(['call', 'aliyun', 'StopCaster', 'CasterId=bad', '--profile', 'Show A', '--json']);
    expect(json).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(json.stderr)).toEqual({
      error: {
        code: 'studio.invalidId',
        params: { providerCode: 'InvalidCasterId.Malformed', action: 'StopCaster', httpStatus: 400 },
        provider: 'aliyun',
        action: 'StopCaster',
        requestId: 'REQ-BAD-1',
        retryable: false,
        hint: 'The CasterId is malformed.',
      },
    });
    expect(s.received).toHaveLength(3);
  });
});
