import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { listStudios } from '../../../electron/cloud/actions/aliyun/caster-list';
import { listAllRelayTasks } from '../../../electron/cloud/actions/volcengine/relay-task-list';
import type { CloudClient } from '../../../electron/cloud/cloud-client';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';
import { aliyunRehearsalAccounts, volcengineRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import { appError } from '../../../shared/errors/app-error';
import { errorMessage } from '../../../shared/i18n/translate';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';
import { studioWhere } from '../cloud/desk-lookups';
import { deskWithProfile } from './call-desk';
import { cliDesk } from './run-lcr';

// A change the cloud never answered: `lcr call` must say the outcome is unknown, never send it a
// second time, and leave the journal entry an operator needs to find out what happened. The
// rehearsal cloud's drills hold or drop the answer, before or after the change took effect, and
// its state shows what really happened.
const rehearsal = useRehearsalCloud();
const [deskAccount] = aliyunRehearsalAccounts;
const [volcAccount] = volcengineRehearsalAccounts;

const outcomeUnknown = `lcr: ${errorMessage('en', appError('cloud.outcomeUnknown'))}`;
const outcomeWarning = /^lcr: OUTCOME UNKNOWN: the change may or may not have been made\. .*read the current state/;

/**
 * Resolves once the cloud lists the studio as idle — the stop has arrived and taken effect — or,
 * so a broken run still ends, after `giveUpMs` or a failed read (the test's checks then fail).
 */
async function whenIdle(client: CloudClient, studioId: string, giveUpMs: number): Promise<void> {
  const until = performance.now() + giveUpMs;
  try {
    while (performance.now() < until && (await listStudios(client, { studioId }))[0]?.status !== 'idle') await sleep(50);
  } catch {
    // Ends the wait; the exit code and journal checks report what went wrong.
  }
}

describe('lcr call when the outcome is unknown', () => {
  it('sends an action the product does not know once, and reports an answer that never came as outcome unknown, journaled', async () => {
    const cloud = rehearsal();
    // The cloud holds the call, then closes the connection without a word: sent, never answered.
    await cloud.drill({ kind: 'fail', provider: 'aliyun', action: 'SwapLiveMasterFeed', hang: true, hangMs: 300, rate: 1 });
    const desk = await deskWithProfile('aliyun', 'Show A', deskAccount, cloud.info.aliyun.endpoint);
    const result = await desk.run(['call', 'aliyun', 'SwapLiveMasterFeed', 'Domain=live.example.com', 'StreamName=match1', '--profile', 'Show A']);

    expect(result).toMatchObject({ code: 1, stdout: '' });
    const [message, warning, ...rest] = result.stderr.split('\n');
    expect(message).toBe(outcomeUnknown);
    expect(warning).toMatch(outcomeWarning);
    expect(rest.join('\n')).toMatch(/^ {2}Detail: .*other side closed/);
    const { entries } = await readJournal(journalPath(desk.dataDir));
    expect(entries).toMatchObject([
      {
        origin: 'cli',
        profileName: 'Show A',
        accessKeyIdMasked: 'LTAI****001',
        action: 'SwapLiveMasterFeed',
        params: { Domain: 'live.example.com', StreamName: 'match1', RegionId: 'cn-shanghai' },
        outcome: 'unknown',
        errorCode: 'cloud.outcomeUnknown',
        attempts: 1,
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain(deskAccount.secret);
  });

  it('says so as JSON with --json when the connection drops mid-call, and never sends the change again', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'drop', provider: 'volcengine', action: 'CreatePullToPushTask', after: true, rate: 1 });
    const desk = await cliDesk();
    const env = { VOLCENGINE_ACCESS_KEY: volcAccount.accessKeyId, VOLCENGINE_SECRET_KEY: volcAccount.secret };
    const start = Math.floor(Date.now() / 1000);
    const task = ['Title=断线重连', `StartTime=${start}`, `EndTime=${start + 3600}`, 'Type=0', 'SrcAddr=rtmp://src.example.com/live/a', 'DstAddr=rtmp://dst.example.com/live/b'];
    const result = await desk.run(['call', 'volcengine', 'CreatePullToPushTask', ...task, '--endpoint', cloud.info.volcengine.endpoint, '--json'], { env });

    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(result.stderr)).toEqual({
      error: { code: 'cloud.outcomeUnknown', params: {}, provider: 'volcengine', action: 'CreatePullToPushTask', requestId: null, retryable: false, hint: expect.any(String) },
    });
    expect((await readJournal(journalPath(desk.dataDir))).entries).toMatchObject([{ profileId: 'environment', provider: 'volcengine', outcome: 'unknown', attempts: 1 }]);
    // The cloud made the task, once: every send of a create makes one more, so a second send would show.
    const tasks = await listAllRelayTasks((await deskClient(cloud, 'volcengine')).client);
    expect(tasks.filter((candidate) => candidate.title === '断线重连')).toHaveLength(1);
  });

  it('cancels on Ctrl-C with exit 130, and still journals the change as unknown', async () => {
    const cloud = rehearsal();
    const ops = (await deskClient(cloud, 'aliyun')).client;
    const studio = await studioWhere(ops, (candidate) => candidate.status === 'running', 'running studio');
    // The cloud stops the studio, then holds the answer far longer than the test may take.
    await cloud.drill({ kind: 'fail', provider: 'aliyun', action: 'StopCaster', hang: true, hangMs: 30_000, after: true, rate: 1 });
    const desk = await deskWithProfile('aliyun', 'Show A', deskAccount, cloud.info.aliyun.endpoint);
    const startedAt = performance.now();
    const result = await desk.run(['call', 'aliyun', 'StopCaster', `CasterId=${studio.id}`, '--profile', 'Show A'], { interrupt: whenIdle(ops, studio.id, 15_000) });

    expect(performance.now() - startedAt).toBeLessThan(8_000);
    expect(result).toMatchObject({ code: 130, stdout: '' });
    expect(result.stderr).toContain(`lcr: ${errorMessage('en', appError('cloud.cancelled'))}`);
    expect((await readJournal(journalPath(desk.dataDir))).entries).toMatchObject([{ action: 'StopCaster', params: { CasterId: studio.id }, outcome: 'unknown', errorCode: 'cloud.cancelled', attempts: 1 }]);
    expect((await listStudios(ops, { studioId: studio.id }))[0]?.status).toBe('idle');
  });
});
