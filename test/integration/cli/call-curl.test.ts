import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { createCaster } from '../../../electron/cloud/actions/aliyun/caster-lifecycle';
import { listAllRelayGroups } from '../../../electron/cloud/actions/volcengine/relay-groups';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';
import { aliyunRehearsalAccounts, rehearsalStsKeys, volcengineRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';
import { deskWithProfile } from './call-desk';
import { cliDesk, filesUnder } from './run-lcr';

// `lcr call --print-curl`: the signed request as a curl command that a POSIX shell runs and the
// rehearsal cloud accepts as the same signed request — carrying no secret, and refused for STS
// credentials. The real curl sends it; the cloud's signature check proves the command is the
// request lcr signed, byte for byte.
const rehearsal = useRehearsalCloud();
const [deskAccount] = aliyunRehearsalAccounts;
const [volcAccount] = volcengineRehearsalAccounts;

/** Runs a printed curl command in a POSIX shell, as an operator pasting it would, and reads the cloud's JSON answer. */
async function runInShell(command: string): Promise<unknown> {
  const { stdout } = await promisify(execFile)('sh', ['-c', command], { encoding: 'utf8' });
  return JSON.parse(stdout);
}

/** The query of the URL a printed command sends to, decoded. */
function printedQuery(command: string): Record<string, string> {
  const [, url = ''] = /^curl -sS -X \w+ '([^']+)'/.exec(command) ?? [];
  return Object.fromEntries(new URL(url).searchParams);
}

describe('lcr call --print-curl', () => {
  it('prints an Alibaba V3 request that curl sends and the cloud accepts once, with nothing sent by lcr itself', async () => {
    const cloud = rehearsal();
    // A studio whose name needs every kind of shell quoting: the name filter finds it only if curl sends the name exactly.
    const name = `晚间 "新闻" $HOME \`id\` 'x'`;
    const ops = await deskClient(cloud, 'aliyun');
    const { studioId } = await runAction(ops.client, createCaster, { type: 'normal', name, clientToken: randomUUID() });
    const desk = await deskWithProfile('aliyun', 'Show A', deskAccount, cloud.info.aliyun.endpoint);

    const printed = await desk.run(['call', 'aliyun', 'DescribeCasters', `CasterName=${name}`, 'PageSize=10', '--profile', 'Show A', '--print-curl']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^curl -sS -X POST 'http:\/\/127\.0\.0\.1:\d+\/\?CasterName=/);
    expect(printed.stderr).toMatch(/^Signed, not sent\. The signature is valid until about .*Z, and its nonce works once/);
    // RegionId comes from the profile's region, as Alibaba's SDKs add it.
    expect(printedQuery(printed.stdout)).toEqual({ CasterName: name, PageSize: '10', RegionId: 'cn-shanghai' });

    // The signature covers what was printed: an edited command is refused, before its nonce is spent.
    expect(await runInShell(printed.stdout.replace('PageSize=10', 'PageSize=11'))).toMatchObject({ Code: 'SignatureDoesNotMatch' });
    // Accepted once — so lcr itself sent nothing, or the nonce would be spent — and never again.
    expect(await runInShell(printed.stdout)).toMatchObject({ Total: 1, CasterList: { Caster: [{ CasterId: studioId, CasterName: name }] } });
    expect(await runInShell(printed.stdout)).toMatchObject({ Code: 'SignatureNonceUsed' });
    expect((await readJournal(journalPath(desk.dataDir))).entries).toEqual([]);

    const printedAgain = await desk.run(['call', 'aliyun', 'StopCaster', `CasterId=${studioId}`, '--profile', 'Show A', '--print-curl', '--lang', 'zh-CN']);
    expect(printedAgain.stderr).toContain('已签名，未发送。');
    for (const printedText of desk.runs.flatMap((r) => [r.stdout, r.stderr])) expect(printedText).not.toContain(deskAccount.secret);
    for (const { file, text } of await filesUnder(desk.dataDir)) expect(text, file).not.toContain(deskAccount.secret);
  });

  it("prints a Volcengine POST from the environment's credentials whose Chinese body arrives exactly, as often as it is run", async () => {
    const cloud = rehearsal();
    const ops = await deskClient(cloud, 'volcengine');
    const desk = await cliDesk();
    const env = { VOLC_ACCESSKEY: volcAccount.accessKeyId, VOLC_SECRETKEY: volcAccount.secret };
    const tag = { Key: '场景', Value: `导播 '一' "二" $x` };
    const args = ['call', 'volcengine', 'CreatePullToPushGroup', 'Name=导播二', 'ProjectName=default', `Tags=${JSON.stringify([tag])}`];
    const printed = await desk.run([...args, '--endpoint', cloud.info.volcengine.endpoint, '--print-curl'], { env });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("-H 'Content-Type: application/json'");
    expect(printed.stderr).toContain('until then the command can be run again and again');
    expect((await listAllRelayGroups(ops.client)).map((group) => group.name)).not.toContain('导播二');

    // The body is signed (its hash is a signed header): an edited body is refused.
    expect(await runInShell(printed.stdout.replace('导播二', '导播三'))).toMatchObject({ ResponseMetadata: { Error: { Code: 'SignatureDoesNotMatch' } } });
    expect(await runInShell(printed.stdout)).not.toHaveProperty('ResponseMetadata.Error');
    expect((await listAllRelayGroups(ops.client)).find((group) => group.name === '导播二')).toEqual({
      name: '导播二',
      project: 'default',
      tags: [{ key: tag.Key, value: tag.Value, category: 'Custom' }],
      deleted: false,
    });
    // Run again, the signature still holds: the cloud gets as far as the action, and the name is taken now.
    expect(await runInShell(printed.stdout)).toMatchObject({ ResponseMetadata: { Error: { Code: 'RequestLimitExceeded.Exist' } } });
    expect(printed.stdout).not.toContain(volcAccount.secret);
    expect(printed.stderr).not.toContain(volcAccount.secret);
  });

  it('refuses STS credentials, naming why, and prints neither the token nor the secret', async () => {
    const sts = rehearsalStsKeys.aliyun;
    const desk = await cliDesk();
    // Nothing listens at this endpoint: had lcr tried to send, it would say it could not connect.
    await desk.run(['profiles', 'add', '--provider', 'aliyun', '--name', 'Temp', '--access-key-id', sts.accessKeyId, '--endpoint', 'http://127.0.0.1:9', '--sts', '--secret-stdin'], {
      input: `${sts.secret}\n${sts.securityToken}\n`,
    });
    const refused = await desk.run(['call', 'aliyun', 'DescribeCasters', '--profile', 'Temp', '--print-curl']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(
      'lcr: --print-curl cannot be used with temporary (STS) credentials: a working curl command would have to contain the STS token, and lcr never prints a secret. Nothing was signed or sent. Send the call with lcr call itself, or use a profile with a long-term AccessKey.\n',
    );
    const json = await desk.run(['call', 'aliyun', 'DescribeCasters', '--profile', 'Temp', '--print-curl', '--json']);
    expect(JSON.parse(json.stderr)).toEqual({ error: { code: 'cli.curlRefusedSts', params: {} } });
    for (const printedText of desk.runs.flatMap((r) => [r.stdout, r.stderr])) for (const hidden of [sts.secret, sts.securityToken]) expect(printedText).not.toContain(hidden);
    for (const { file, text } of await filesUnder(desk.dataDir)) for (const hidden of [sts.secret, sts.securityToken]) expect(text, file).not.toContain(hidden);
  });
});
