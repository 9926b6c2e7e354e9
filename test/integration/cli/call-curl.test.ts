import { afterEach, describe, expect, it } from 'vitest';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';
import { startScriptedServer, type Received, type Reply, type ScriptedServer } from '../cloud/scripted-server';
import { cliDesk, filesUnder } from './run-lcr';
import { expectedAliyunV3, expectedVolcengine, header, receivedQuery, runInShell } from './signed-requests';

// `lcr call --print-curl`: the signed request as a curl command that a POSIX shell runs and the
// cloud accepts as the same signed request — carrying no secret, and refused for STS credentials.
const secret = 'Curl-Secret-5f6a7b8c';
const token = 'CAIS-curl-sts-token-0a1b2c3d4e';
const keyId = 'LTAI5tCurlKey000000009P6';
const volcKeyId = 'AKLTCurlVolcKey000001';
const volcSecret = 'Curl-Volc-Secret-9d0e1f';

let server: ScriptedServer | undefined;
afterEach(async () => server?.close());

/** A loopback cloud that answers only requests whose signature its provider's own SDK agrees with. */
async function verifyingServer(expected: (request: Received) => string): Promise<ScriptedServer> {
  server = await startScriptedServer((request): Reply => {
    if (header(request, 'authorization') !== expected(request)) return { status: 400, json: { RequestId: 'REQ-SIG', Code: 'SignatureDoesNotMatch', Message: 'mismatch' } };
    return { status: 200, json: { RequestId: 'REQ-CURL', ResponseMetadata: { RequestId: 'REQ-CURL' }, 结果: '已接受' } };
  });
  return server;
}

describe('lcr call --print-curl', () => {
  it('prints an Alibaba V3 request that curl sends and the server accepts, with nothing sent by lcr itself', async () => {
    const s = await verifyingServer((request) => expectedAliyunV3(request, keyId, secret));
    const desk = await cliDesk();
    await desk.run(['profiles', 'add', '--provider', 'aliyun', '--name', 'Show A', '--access-key-id', keyId, '--endpoint', s.endpoint, '--secret-stdin'], { input: `${secret}\n` });
    const printed = await desk.run(['call', 'aliyun', 'DescribeCasters', 'CasterName=晚间 "新闻" $HOME `id` \'x\'', 'PageSize=10', '--profile', 'Show A', '--print-curl']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^curl -sS -X POST 'http:\/\/127\.0\.0\.1:\d+\/\?CasterName=/);
    expect(printed.stderr).toMatch(/^Signed, not sent\. The signature is valid until about .*Z, and its nonce works once/);
    expect(s.received).toHaveLength(0);

    const sent = await runInShell(printed.stdout);
    expect(JSON.parse(sent.stdout)).toMatchObject({ RequestId: 'REQ-CURL', 结果: '已接受' });
    const [request] = s.received;
    if (!request) throw new Error('curl sent nothing');
    expect(header(request, 'authorization')).toBe(expectedAliyunV3(request, keyId, secret));
    expect(header(request, 'authorization')).not.toBe(expectedAliyunV3(request, keyId, `${secret}x`));
    expect(receivedQuery(request)).toEqual({ CasterName: '晚间 "新闻" $HOME `id` \'x\'', PageSize: '10', RegionId: 'cn-shanghai' });
    expect(header(request, 'x-acs-action')).toBe('DescribeCasters');
    expect((await readJournal(journalPath(desk.dataDir))).entries).toEqual([]);

    const printedAgain = await desk.run(['call', 'aliyun', 'StopCaster', 'CasterId=c-1', '--profile', 'Show A', '--print-curl', '--lang', 'zh-CN']);
    expect(printedAgain.stderr).toContain('已签名，未发送。');
    for (const printedText of desk.runs.flatMap((r) => [r.stdout, r.stderr])) expect(printedText).not.toContain(secret);
    for (const { file, text } of await filesUnder(desk.dataDir)) expect(text, file).not.toContain(secret);
  });

  it('prints a Volcengine POST from the environment\'s credentials whose Chinese body arrives exactly', async () => {
    const s = await verifyingServer((request) => expectedVolcengine(request, volcKeyId, volcSecret));
    const desk = await cliDesk();
    const env = { VOLC_ACCESSKEY: volcKeyId, VOLC_SECRETKEY: volcSecret };
    const printed = await desk.run(['call', 'volcengine', 'CreatePullToPushGroup', 'Name=导播 \'一\' "二" $x', 'Size=10', '--endpoint', s.endpoint, '--print-curl'], { env });
    expect(printed.code).toBe(0);
    expect(printed.stderr).toContain('until then the command can be run again and again');

    const sent = await runInShell(printed.stdout);
    expect(JSON.parse(sent.stdout)).toMatchObject({ 结果: '已接受' });
    const [request] = s.received;
    if (!request) throw new Error('curl sent nothing');
    expect(request.body).toBe('{"Name":"导播 \'一\' \\"二\\" $x","Size":10}');
    expect(header(request, 'content-type')).toBe('application/json');
    expect(header(request, 'authorization')).toBe(expectedVolcengine(request, volcKeyId, volcSecret));
    expect(header(request, 'authorization')).not.toBe(expectedVolcengine(request, volcKeyId, `${volcSecret}x`));
    expect(printed.stdout).not.toContain(volcSecret);
    expect(printed.stderr).not.toContain(volcSecret);
  });

  it('refuses STS credentials, naming why, and prints neither the token nor the secret', async () => {
    const desk = await cliDesk();
    await desk.run(['profiles', 'add', '--provider', 'aliyun', '--name', 'Temp', '--access-key-id', keyId, '--endpoint', 'http://127.0.0.1:9', '--sts', '--secret-stdin'], {
      input: `${secret}\n${token}\n`,
    });
    const refused = await desk.run(['call', 'aliyun', 'DescribeCasters', '--profile', 'Temp', '--print-curl']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(
      'lcr: --print-curl cannot be used with temporary (STS) credentials: a working curl command would have to contain the STS token, and lcr never prints a secret. Nothing was signed or sent. Send the call with lcr call itself, or use a profile with a long-term AccessKey.\n',
    );
    const json = await desk.run(['call', 'aliyun', 'DescribeCasters', '--profile', 'Temp', '--print-curl', '--json']);
    expect(JSON.parse(json.stderr)).toEqual({ error: { code: 'cli.curlRefusedSts', params: {} } });
    for (const printedText of desk.runs.flatMap((r) => [r.stdout, r.stderr])) for (const hidden of [secret, token]) expect(printedText).not.toContain(hidden);
    for (const { file, text } of await filesUnder(desk.dataDir)) for (const hidden of [secret, token]) expect(text, file).not.toContain(hidden);
  });
});
