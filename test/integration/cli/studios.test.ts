import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { listStudios } from '../../../electron/cloud/actions/aliyun/caster-list';
import type { CloudClient } from '../../../electron/cloud/cloud-client';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';
import { aliyunRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import type { Studio } from '../../../shared/domain/studios';
import { deskClient, startTestCloud, useRehearsalCloud, type TestCloud } from '../cloud/rehearsal-fixture';
import { deskWithProfile, type Desk } from './call-desk';
import { cliDesk } from './run-lcr';

// `lcr studios` end to end: real `lcr` processes on a desk. A fresh desk's built-in rehearsal
// profile reads the embedded cloud (started anew, from the same seed, by every run); scenarios of
// several runs use a standalone cloud that keeps its state, with a stored profile pointing at it,
// and read back what the commands did from the cloud itself.
const rehearsal = useRehearsalCloud();
const [deskAccount] = aliyunRehearsalAccounts;

/** The seeded studios of the first account that the tests act on (aliyun-seed-studios.ts). */
const seeded = { idleWithDomain: 'Morning Show', idleWithoutDomain: 'Press Room', running: '晚间新闻' };

/** A desk whose active Alibaba Cloud profile calls `cloud` as its first account, and a client of the test's own. */
async function deskOnCloud(cloud: TestCloud): Promise<{ desk: Desk; ops: CloudClient }> {
  const desk = await deskWithProfile('aliyun', 'Show A', deskAccount, cloud.info.aliyun.endpoint);
  return { desk, ops: (await deskClient(cloud, 'aliyun')).client };
}

/** The one studio of that name the cloud lists now. */
async function studioNamed(ops: CloudClient, name: string): Promise<Studio> {
  const matches = (await listStudios(ops)).filter((studio) => studio.name === name);
  if (matches.length !== 1) throw new Error(`expected one studio named ${name}, found ${matches.length}`);
  return matches[0] as Studio;
}

const namesOf = async (ops: CloudClient) => (await listStudios(ops)).map((studio) => studio.name);

describe('lcr studios list', () => {
  it('lists every studio of a fresh desk\'s rehearsal profile, the running ones with --status', async () => {
    const { run } = await cliDesk();
    const all = await run(['studios', 'list']);
    expect(all).toMatchObject({ code: 0, stderr: '' });
    const [header, ...rows] = all.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID +NAME +STATUS +TYPE +BILLING +CREATED$/);
    expect(rows).toHaveLength(12);
    expect(all.stdout).toMatch(/\n\S+ +Subscription Desk +idle +normal +subscription +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n/);
    expect(all.stdout).toMatch(/\n\S+ +Lobby Carousel +idle +playlist +pay-as-you-go /);

    const running = await run(['studios', 'list', '--status', 'running']);
    expect(running.code).toBe(0);
    const names = running.stdout.trimEnd().split('\n').slice(1).map((row) => row.split(/ {2,}/)[1]);
    expect(names.sort()).toEqual(['Concert Hall', 'Weekend Loop', '晚间新闻', '赛事 1'].sort());
  });

  it('gives the contract\'s studios with --json, and reports an unreadable cloud as JSON (exit 1)', async () => {
    const { run } = await cliDesk();
    const json = await run(['studios', 'list', '--status', 'idle', '--json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const studios = JSON.parse(json.stdout) as Studio[];
    expect(studios).toHaveLength(8);
    expect(studios.every((studio) => studio.status === 'idle')).toBe(true);
    expect(studios.find((studio) => studio.name === seeded.idleWithDomain)).toMatchObject({ type: 'normal', chargeType: 'postPaid', tags: [] });

    const cloud = rehearsal();
    const { desk } = await deskOnCloud(cloud);
    await cloud.drill({ kind: 'offline', provider: 'aliyun' });
    const offline = await desk.run(['studios', 'list', '--json']);
    expect(offline).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(offline.stderr)).toMatchObject({ error: { code: 'cloud.offline', provider: 'aliyun', action: 'DescribeCasters' } });
  });
});

describe('lcr studios copy', () => {
  it('makes one copy on a fresh desk and prints it once the cloud lists it', async () => {
    const { run, dataDir } = await cliDesk();
    const [source] = (JSON.parse((await run(['studios', 'list', '--json'])).stdout) as Studio[]).filter((studio) => studio.name === seeded.idleWithDomain);
    const result = await run(['studios', 'copy', source?.id ?? '', '--name', 'Evening copy']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^Copied ${source?.id} as "Evening copy" \\([0-9a-f-]{36}\\); the cloud lists it\\.\\n$`));
    const { entries } = await readJournal(journalPath(dataDir));
    expect(entries).toMatchObject([{ kind: 'call', origin: 'cli', action: 'CopyCaster', outcome: 'ok', params: { CasterName: 'Evening copy', ClientToken: expect.any(String) } }]);
  });

  it('makes five copies named by the pattern, each once, and the cloud lists them', async () => {
    const { desk, ops } = await deskOnCloud(rehearsal());
    const source = await studioNamed(ops, seeded.idleWithDomain);
    const before = (await listStudios(ops)).length;
    const result = await desk.run(['studios', 'copy', source.id, '--count', '5', '--pattern', 'Match {n}']);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    const rows = result.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^N +NAME +STATE +STUDIO ID \/ REASON$/);
    expect(rows.slice(1)).toEqual([1, 2, 3, 4, 5].map((n) => expect.stringMatching(new RegExp(`^${n} +Match ${n} +done +[0-9a-f-]{36}$`))));
    const [started, done] = result.stderr.split('\n');
    expect(started).toMatch(new RegExp(`^Bulk copy [0-9a-f-]{36}: 5 copies of studio ${source.id}, named "Match \\{n\\}"\\. `));
    expect(done).toBe('All 5 copies were made.');
    const names = await namesOf(ops);
    expect(names).toHaveLength(before + 5);
    expect(names.filter((name) => name.startsWith('Match ')).sort()).toEqual(['Match 1', 'Match 2', 'Match 3', 'Match 4', 'Match 5']);
  });

  it('stops at the studio quota with its one reason (exit 1), and the batch can be resumed later', async () => {
    // The first account starts with twelve studios: a quota of fourteen leaves room for two copies.
    const cloud = await startTestCloud({ quota: 14 });
    try {
      const { desk, ops } = await deskOnCloud(cloud);
      const source = await studioNamed(ops, seeded.idleWithDomain);
      const result = await desk.run(['studios', 'copy', source.id, '--count', '5', '--pattern', 'Match {n}']);
      expect(result.code, result.stderr).toBe(1);
      const [, stopped, resume, ...rest] = result.stderr.split('\n');
      expect(stopped).toBe(
        'lcr: The bulk copy stopped after 2 of 5 copies: This Alibaba Cloud account has reached its limit of production studios, so none was created. Delete a studio you no longer need, or ask Alibaba Cloud to raise the quota.',
      );
      expect(resume).toMatch(/^lcr: To make the rest: lcr studios copy --resume [0-9a-f-]{36}$/);
      expect(rest).toEqual(['']);
      expect(result.stdout.match(/ done /g)).toHaveLength(2);
      expect(result.stdout.match(/ not sent /g)).toHaveLength(3);
      expect((await namesOf(ops)).filter((name) => name.startsWith('Match '))).toHaveLength(2);

      const json = await desk.run(['studios', 'copy', '--resume', resume?.split(' ').at(-1) ?? '', '--json']);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ status: 'stopped', stoppedBy: { code: 'studio.quotaExceeded' } });
      expect((await namesOf(ops)).filter((name) => name.startsWith('Match '))).toHaveLength(2);
    } finally {
      await cloud.close();
    }
  });
});

describe('lcr studios copy: Ctrl-C', () => {
  it('cancels a bulk copy, waits for the copies in flight, says how to resume (exit 130), and the resume makes the rest once', async () => {
    const cloud = rehearsal();
    const { desk, ops } = await deskOnCloud(cloud);
    const source = await studioNamed(ops, seeded.idleWithDomain);
    // Each copy is answered 300 ms late, so the batch is still running when Ctrl-C comes.
    await cloud.drill({ kind: 'latency', ms: 300, provider: 'aliyun', action: 'CopyCaster' });
    const drills = async () => (await namesOf(ops)).filter((name) => name.startsWith('Drill '));
    const firstCopy = (async () => {
      const until = performance.now() + 20_000;
      while (performance.now() < until && (await drills()).length === 0) await sleep(250);
    })();
    const result = await desk.run(['studios', 'copy', source.id, '--count', '12', '--pattern', 'Drill {n}'], { interrupt: firstCopy });
    expect(result.code, result.stderr).toBe(130);
    const lines = result.stderr.split('\n');
    expect(lines[1]).toBe('Cancelling: no further copy is sent. Waiting for the copies in flight…');
    const [, made = '0', notSent = '0'] = /^lcr: Cancelled: (\d+) of 12 copies were made, (\d+) were not sent\.$/.exec(lines[2] ?? '') ?? [];
    expect(Number(made) + Number(notSent)).toBe(12);
    expect(Number(notSent)).toBeGreaterThan(0);
    expect(lines[3]).toMatch(/^lcr: To make the rest: lcr studios copy --resume [0-9a-f-]{36}$/);
    // lcr waited for every copy it had sent: the cloud has exactly the copies the table says were made.
    expect(result.stdout.match(/ done /g)).toHaveLength(Number(made));
    expect(await drills()).toHaveLength(Number(made));

    await cloud.drill({ kind: 'clear' });
    const resumed = await desk.run(['studios', 'copy', '--resume', lines[3]?.split(' ').at(-1) ?? '']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr.split('\n')[0]).toBe(`Resuming bulk copy ${lines[3]?.split(' ').at(-1)}: ${notSent} of 12 copies still to make or to look for.`);
    expect((await drills()).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Drill ${i + 1}`).sort());
  });
});

describe('lcr studios start and stop', () => {
  it('refuses without --yes when there is no terminal (exit 3), starting nothing', async () => {
    const { desk, ops } = await deskOnCloud(rehearsal());
    const studio = await studioNamed(ops, seeded.idleWithDomain);
    const result = await desk.run(['studios', 'start', studio.id]);
    expect(result).toMatchObject({ code: 3, stdout: '' });
    expect(result.stderr).toBe(`lcr: Starting studio ${studio.id} needs confirmation and there is no terminal to ask on; nothing was read or started. Pass --yes to confirm.\n`);
    expect((await studioNamed(ops, seeded.idleWithDomain)).status).toBe('idle');
    expect((await readJournal(journalPath(desk.dataDir))).entries).toEqual([]);
  });

  it('starts and stops a studio with an output domain with --yes, each confirmed by the cloud', async () => {
    const { desk, ops } = await deskOnCloud(rehearsal());
    const studio = await studioNamed(ops, seeded.idleWithDomain);
    const started = await desk.run(['studios', 'start', studio.id, '--yes']);
    expect(started).toMatchObject({ code: 0, stderr: `Starting studio ${studio.id}… waiting for the cloud to confirm.\n` });
    expect(started.stdout).toBe(`Studio "${seeded.idleWithDomain}" (${studio.id}) is running, confirmed by the cloud.\n`);
    expect((await studioNamed(ops, seeded.idleWithDomain)).status).toBe('running');

    const stopped = await desk.run(['studios', 'stop', studio.id, '--yes', '--json']);
    expect(stopped).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(stopped.stdout)).toMatchObject({ id: studio.id, status: 'idle' });
    expect((await studioNamed(ops, seeded.idleWithDomain)).status).toBe('idle');
    const { entries } = await readJournal(journalPath(desk.dataDir));
    expect(entries.filter((entry) => entry.kind === 'call').map((entry) => [entry.action, entry.outcome])).toEqual([
      ['StartCaster', 'ok'],
      ['StopCaster', 'ok'],
    ]);
  });

  it('refuses to start a studio without an output domain, saying how to set one (exit 1)', async () => {
    const { desk, ops } = await deskOnCloud(rehearsal());
    const studio = await studioNamed(ops, seeded.idleWithoutDomain);
    const result = await desk.run(['studios', 'start', studio.id, '--yes']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    const lines = result.stderr.split('\n');
    expect(lines.slice(1, 3)).toEqual([
      'lcr: The production studio has no streaming domain set for its output, so it was not started. Set the domain in the studio\'s settings, then start it again.',
      `lcr: Set one with: lcr studios configure ${studio.id} --domain DOMAIN`,
    ]);
    expect((await studioNamed(ops, seeded.idleWithoutDomain)).status).toBe('idle');

    const configured = await desk.run(['studios', 'configure', studio.id, '--domain', 'live.rehearsal.example']);
    expect(configured).toMatchObject({ code: 0, stdout: `${studio.id}\nName: ${seeded.idleWithoutDomain}\nOutput domain: live.rehearsal.example\n` });
    expect(await desk.run(['studios', 'start', studio.id, '--yes'])).toMatchObject({ code: 0 });
    expect((await studioNamed(ops, seeded.idleWithoutDomain)).status).toBe('running');
  });
});

describe('lcr studios delete', () => {
  it('needs --confirm when there is no terminal (exit 3), deleting nothing', async () => {
    const { desk, ops } = await deskOnCloud(rehearsal());
    const studio = await studioNamed(ops, seeded.idleWithoutDomain);
    const result = await desk.run(['studios', 'delete', studio.id]);
    expect(result).toMatchObject({ code: 3, stdout: '' });
    expect(result.stderr).toContain('Pass --confirm NAME');
    expect(await namesOf(ops)).toContain(seeded.idleWithoutDomain);
  });

  it('deletes nothing when the name given does not match (exit 1)', async () => {
    const { desk, ops } = await deskOnCloud(rehearsal());
    const studio = await studioNamed(ops, seeded.idleWithoutDomain);
    const result = await desk.run(['studios', 'delete', studio.id, '--confirm', 'press room']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(`lcr: The name typed does not match the studio's name, "${seeded.idleWithoutDomain}", so nothing was deleted. Type the name exactly to confirm.\n`);
    expect(await namesOf(ops)).toContain(seeded.idleWithoutDomain);
    expect((await readJournal(journalPath(desk.dataDir))).entries).toEqual([]);
  });

  it('does not delete a running studio: stop it first (exit 1)', async () => {
    const { desk, ops } = await deskOnCloud(rehearsal());
    const studio = await studioNamed(ops, seeded.running);
    const result = await desk.run(['studios', 'delete', studio.id, '--confirm', seeded.running, '--lang', 'zh-CN']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain(`\nlcr: 请先停止它：lcr studios stop ${studio.id}\n`);
    expect((await studioNamed(ops, seeded.running)).status).toBe('running');
  });

  it('deletes with --confirm NAME, and the cloud no longer lists the studio', async () => {
    const { desk, ops } = await deskOnCloud(rehearsal());
    const studio = await studioNamed(ops, seeded.idleWithoutDomain);
    const result = await desk.run(['studios', 'delete', studio.id, '--confirm', seeded.idleWithoutDomain]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Deleted studio "${seeded.idleWithoutDomain}" (${studio.id}); the cloud no longer lists it.\n`);
    expect(await namesOf(ops)).not.toContain(seeded.idleWithoutDomain);
    const listed = await desk.run(['studios', 'list']);
    expect(listed.stdout).not.toContain(studio.id);
  });
});
