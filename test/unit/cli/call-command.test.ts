import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { memoryDesk } from '../support/cli-desk';
import { aliyunOracle } from '../support/signing-oracles';
import { decodePairs, rawQuery } from '../support/wire-params';

// `lcr call` over the real services with the keychain and settings in memory. Nothing here reaches
// a network: --print-curl signs without sending, and every other case stops before the client sends.
const secret = 'Unit-Call-Secret-3c9d';
const token = 'CAIS-unit-sts-token-000111222';
const keyId = 'LTAI5tAbCdEfGh9P6';
const emptySha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const addAliyun = (name: string, extra: string[] = []) => ['profiles', 'add', '--provider', 'aliyun', '--name', name, '--access-key-id', keyId, '--secret-stdin', ...extra];

/** The command line over in-memory services, on the real clock: signatures are dated now. */
const desk = () => memoryDesk(undefined, { now: () => new Date() });

/** The words of a printed curl command, as a POSIX shell splits them. */
function curlWords(command: string): string[] {
  return execFileSync('sh', ['-c', `set -- ${command.trim().replaceAll('\\\n', '')}; printf '%s\\0' "$@"`], { encoding: 'utf8' }).split('\0').slice(0, -1);
}

/** The request a curl command sends: method, URL, headers (by lower-case name) and body. */
function curlRequest(command: string) {
  const words = curlWords(command);
  const headers: Record<string, string> = {};
  words.forEach((word, i) => {
    if (words[i - 1] !== '-H') return;
    const at = word.indexOf(': ');
    headers[word.slice(0, at).toLowerCase()] = word.slice(at + 2);
  });
  const bodyAt = words.indexOf('--data-binary');
  return { words, method: words[3], url: words[4] ?? '', headers, body: bodyAt < 0 ? null : words[bodyAt + 1] };
}

describe('lcr call --print-curl', () => {
  it('signs as the named profile, with its keychain secret, and prints a command that carries no secret', async () => {
    const { run, closes } = desk();
    expect((await run(addAliyun('Show A'), { input: `${secret}\n` })).code).toBe(0);
    const printed = await run(['call', 'aliyun', 'DescribeCasters', 'CasterName=赛事 "一" $x `y`', '--profile', 'show a', '--endpoint', 'http://127.0.0.1:9', '--print-curl']);
    expect(printed.code).toBe(0);
    expect(printed.out).not.toContain(secret);
    expect(printed.out).not.toContain('****');
    expect(printed.err).toMatch(/^Signed, not sent\. The signature is valid until about \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, and its nonce works once/);
    const request = curlRequest(printed.out);
    expect(request.method).toBe('POST');
    expect(decodePairs(rawQuery(request.url))).toEqual({ CasterName: '赛事 "一" $x `y`', RegionId: 'cn-shanghai' });
    const { authorization, 'content-length': length, ...signed } = request.headers;
    expect(length).toBe('0');
    expect(signed).toMatchObject({ host: '127.0.0.1:9', 'x-acs-action': 'DescribeCasters', 'x-acs-version': '2016-11-01' });
    const query = decodePairs(rawQuery(request.url));
    expect(authorization).toBe(aliyunOracle.getAuthorization({ method: 'POST', pathname: '/', query, headers: signed }, 'ACS3-HMAC-SHA256', emptySha256, keyId, secret));
    expect(closes).toHaveLength(2);
  });

  it('sends the region as RegionId unless RegionId is given, and RegionId= as none', async () => {
    const { run } = desk();
    await run(addAliyun('Show A', ['--region', 'cn-beijing']), { input: `${secret}\n` });
    const query = async (...extra: string[]) => decodePairs(rawQuery(curlRequest((await run(['call', 'aliyun', 'DescribeCasters', '--profile', 'Show A', '--print-curl', ...extra])).out).url));
    expect(await query()).toEqual({ RegionId: 'cn-beijing' });
    expect(await query('--region', 'cn-hangzhou')).toEqual({ RegionId: 'cn-hangzhou' });
    expect(await query('RegionId=ap-southeast-1')).toEqual({ RegionId: 'ap-southeast-1' });
    expect(await query('RegionId=')).toEqual({});
  });

  it('signs V1 on request, all parameters in the query of a GET', async () => {
    const { run } = desk();
    await run(addAliyun('Show A'), { input: `${secret}\n` });
    const printed = await run(['call', 'aliyun', 'StopCaster', 'CasterId=c-1', '--profile', 'Show A', '--signature', 'v1', '--method', 'GET', '--print-curl']);
    const request = curlRequest(printed.out);
    expect(request).toMatchObject({ method: 'GET', body: null });
    const { Signature, ...signedParams } = decodePairs(rawQuery(request.url));
    expect(signedParams).toMatchObject({ Action: 'StopCaster', CasterId: 'c-1', AccessKeyId: keyId, SignatureMethod: 'HMAC-SHA1' });
    expect(Signature).toBe(aliyunOracle.getRPCSignature(signedParams, 'GET', secret));
  });

  it('uses the environment\'s credentials, masks their secret anywhere, and keeps a Volcengine body exact', async () => {
    const { run } = desk();
    const env = { VOLCENGINE_ACCESS_KEY: 'AKLTVolcEnvKey0000001', VOLCENGINE_SECRET_KEY: 'VolcEnvSecret-77aa' };
    const printed = await run(['call', 'volcengine', 'CreatePullToPushGroup', 'Name=导播 "一"', 'Size=10', '--body', '{"Tags":[{"Key":"k"}]}', '--print-curl'], { env });
    expect(printed.code).toBe(0);
    const request = curlRequest(printed.out);
    expect(request.url).toBe('https://live.volcengineapi.com/?Action=CreatePullToPushGroup&Version=2023-01-01');
    expect(request.body).toBe('{"Tags":[{"Key":"k"}],"Name":"导播 \\"一\\"","Size":10}');
    expect(request.headers.authorization).toMatch(/^HMAC-SHA256 Credential=AKLTVolcEnvKey0000001\/\d{8}\/cn-north-1\/live\/request, SignedHeaders=host;x-content-sha256;x-date, /);
    const echoed = await run(['call', 'volcengine', 'ListPullToPushTask', 'Note=VolcEnvSecret-77aa', '--print-curl'], { env });
    expect(echoed.out).not.toContain('VolcEnvSecret-77aa');
    expect(echoed.out).toContain('Note=****');
  });

  it('refuses temporary (STS) credentials before printing anything, and prints no secret', async () => {
    const { run } = desk();
    await run(addAliyun('Temp', ['--sts']), { input: `${secret}\n${token}\n` });
    for (const result of [
      await run(['call', 'aliyun', 'DescribeCasters', '--profile', 'Temp', '--print-curl']),
      await run(['call', 'aliyun', 'DescribeCasters', '--print-curl'], { env: { ALIBABA_CLOUD_ACCESS_KEY_ID: keyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret, ALIBABA_CLOUD_SECURITY_TOKEN: token } }),
    ]) {
      expect(result).toMatchObject({ code: 1, out: '' });
      expect(result.err).toContain('lcr: --print-curl cannot be used with temporary (STS) credentials');
      expect(result.err).not.toContain(token);
      expect(result.err).not.toContain(secret);
    }
  });
});

describe('lcr call refusals', () => {
  it('refuses a malformed call with exit 2 before reading any secret', async () => {
    const { run } = desk();
    const refused = async (...line: string[]) => run(['call', ...line], { env: { ALIBABA_CLOUD_ACCESS_KEY_ID: keyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret } });
    expect(await refused('aliyun', 'Describe-Casters')).toEqual({ code: 2, out: '', err: 'lcr: "Describe-Casters" is not an action name: letters and digits, starting with a letter, such as DescribeCasters.\n' });
    expect((await refused('aliyun', 'X', 'A=1', 'A=2')).err).toBe('lcr: Parameter A was given more than once.\n');
    expect((await refused('aliyun', 'X', 'Tag.1.Key=a', 'Tag=[{"Key":"b"}]')).err).toContain('lcr: These parameters cannot be signed as given: RPC parameter Tag.1.Key is given twice');
    expect((await refused('aliyun', 'X', 'SecurityToken=t', '--signature', 'v1')).code).toBe(2);
    expect((await refused('volcengine', 'X', 'Version=1', '--method', 'GET')).err).toContain('Version is set by the signer');
    expect((await refused('aliyun', 'X', '--body', '[1]', '--json')).err).toBe('{"error":{"code":"cli.usage","params":{}}}\n');
  });

  it('refuses options a profile would refuse, field by field, in the chosen language (exit 1)', async () => {
    const { run } = desk();
    expect(await run(['call', 'volcengine', 'X', '--region', 'cn-beijing', '--endpoint', 'ftp://x'])).toEqual({
      code: 1,
      out: '',
      err: 'lcr: Some options need attention; no call was made.\n  region (--region): Volcengine Live signs with cn-north-1 only.\n  endpoint (--endpoint): An endpoint is https:// or http:// with a host and an optional port, nothing more.\n',
    });
    expect((await run(['call', 'volcengine', 'X', '--region', 'cn-beijing', '--lang', 'zh-CN'])).err).toContain('部分选项需要修改；未发起调用。');
  });

  it('names the cloud a profile belongs to, and the variable whose secret is missing', async () => {
    const { run } = desk();
    await run(addAliyun('Show A'), { input: `${secret}\n` });
    expect((await run(['call', 'volcengine', 'X', '--profile', 'Show A'])).err).toBe('lcr: Profile "Show A" is for aliyun, not volcengine: use lcr call aliyun, or another profile.\n');
    const missing = await run(['call', 'volcengine', 'X'], { env: { VOLC_ACCESSKEY: 'AKLTVolcSdkKey0000001' } });
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('The environment sets VOLC_ACCESSKEY but not its secret, so no call was made.') });
  });

  it('calls the embedded rehearsal cloud as the built-in rehearsal profile, and closes the services', async () => {
    const { run, closes } = desk();
    const result = await run(['call', 'aliyun', 'DescribeCasters', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ CasterList: { Caster: expect.arrayContaining([expect.objectContaining({ CasterId: expect.any(String) })]) } });
    expect(closes).toEqual(['call aliyun DescribeCasters --json']);
  });
});
