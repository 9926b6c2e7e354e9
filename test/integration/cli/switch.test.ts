import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { listDualIngestStreams } from '../../../electron/cloud/actions/aliyun/dual-stream';
import type { CloudClient } from '../../../electron/cloud/cloud-client';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';
import { aliyunRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import { onAirUpstream, type DualIngestStream } from '../../../shared/domain/live-streams';
import { deskClient, useRehearsalCloud, type TestCloud } from '../cloud/rehearsal-fixture';
import { deskWithProfile, type Desk } from './call-desk';
import { cliDesk } from './run-lcr';

// `lcr switch` end to end: a real `lcr` process switching a stream of the rehearsal cloud through
// the board's switch desk. The cloud keeps its state between runs and takes drills from the test,
// so what a switch did is read back from the cloud itself, and the journal says what was recorded.
const rehearsal = useRehearsalCloud();
const [deskAccount] = aliyunRehearsalAccounts;
const studioB = 'live.rehearsal.example/live/studio-b';

/** The manual-mode stream with one standby, as the cloud lists it now. */
async function studioStream(client: CloudClient): Promise<DualIngestStream> {
  const [stream] = await listDualIngestStreams(client, { domain: 'live.rehearsal.example', stream: 'studio-b' });
  if (!stream) throw new Error('the rehearsal cloud does not list studio-b');
  return stream;
}

/**
 * A desk whose active Alibaba Cloud profile (its first stored one) is the rehearsal cloud's desk
 * account, a client of its own to read that cloud, and studio-b as it is before the test.
 */
async function deskOnCloud(cloud: TestCloud): Promise<{ desk: Desk; ops: CloudClient; before: DualIngestStream }> {
  const desk = await deskWithProfile('aliyun', 'Show A', deskAccount, cloud.info.aliyun.endpoint);
  const ops = (await deskClient(cloud, 'aliyun')).client;
  return { desk, ops, before: await studioStream(ops) };
}

/** The sequences on air and standing by in a stream (it has one of each). */
function roles(stream: DualIngestStream): { master: string; standby: string } {
  const master = onAirUpstream(stream)?.sequence;
  const standby = stream.upstreams.find((upstream) => !upstream.master)?.sequence;
  if (!master || !standby) throw new Error('studio-b should have an upstream on air and a standby');
  return { master, standby };
}

const switchEntries = async (desk: Desk) => (await readJournal(journalPath(desk.dataDir))).entries.filter((entry) => entry.kind === 'switch');

describe('lcr switch', () => {
  it('switches on a fresh desk\'s rehearsal profile, prints the confirmed master and journals it via cli', async () => {
    const desk = await cliDesk();
    const result = await desk.run(['switch', 'live.rehearsal.example/live/main', '--yes']);
    expect(result.code).toBe(0);
    const [, to = '', ip] = /^live\.rehearsal\.example\/live\/main: (main_\S+) \((\S+)\) is on air, confirmed by the cloud\.\n$/.exec(result.stdout) ?? [];
    expect(result.stderr).toBe(`Switching live.rehearsal.example/live/main to ${to} (${ip})… waiting for the cloud to confirm.\n`);
    const { entries } = await readJournal(journalPath(desk.dataDir));
    expect(entries).toMatchObject([
      { kind: 'call', origin: 'cli', action: 'SetLiveDomainMultiStreamMaster', params: { UpstreamSequence: to }, outcome: 'ok' },
      { kind: 'switch', origin: 'cli', via: 'cli', profileId: 'rehearsal-aliyun', target: 'live.rehearsal.example/live/main', from: expect.stringMatching(/^main_/), to, outcome: 'ok', errorCode: null },
    ]);
  });

  it('puts the standby on air with --yes, and a following lcr upstreams shows it on air', async () => {
    const { desk, ops, before } = await deskOnCloud(rehearsal());
    const { master, standby } = roles(before);
    const result = await desk.run(['switch', studioB, '--standby', '--yes', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const answer = JSON.parse(result.stdout) as { key: string; from: string; to: string; stream: DualIngestStream };
    expect(answer).toMatchObject({ key: studioB, from: master, to: standby });
    expect(onAirUpstream(answer.stream)?.sequence).toBe(standby);
    expect(onAirUpstream(await studioStream(ops))?.sequence).toBe(standby);

    const upstreams = await desk.run(['upstreams', studioB]);
    expect(upstreams.stdout).toMatch(new RegExp(`\\n${standby} +ON AIR +`));
    expect(upstreams.stdout).toMatch(new RegExp(`\\n${master} +standby +`));
    expect(upstreams.stdout).toMatch(new RegExp(`\\nLast change: \\S+Z, ${standby} \\([\\d.]+\\) went on air: manual switch\\.\\n`));
    expect(await switchEntries(desk)).toMatchObject([{ via: 'cli', profileName: 'Show A', target: studioB, from: master, to: standby, outcome: 'ok' }]);
  });

  it('refuses without --yes when there is no terminal (exit 3), switching nothing', async () => {
    const { desk, ops, before } = await deskOnCloud(rehearsal());
    const result = await desk.run(['switch', studioB, '--to', roles(before).standby]);
    expect(result).toMatchObject({ code: 3, stdout: '' });
    expect(result.stderr).toBe(`lcr: Switching ${studioB} needs confirmation and there is no terminal to ask on; nothing was read or switched. Pass --yes to confirm.\n`);
    expect(onAirUpstream(await studioStream(ops))?.sequence).toBe(roles(before).master);
    expect((await readJournal(journalPath(desk.dataDir))).entries).toEqual([]);
  });

  it('switches nothing on a locked desk (exit 1), as the board would not', async () => {
    const { desk, ops, before } = await deskOnCloud(rehearsal());
    const settingsFile = path.join(desk.dataDir, 'settings.json');
    const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, unknown>;
    await writeFile(settingsFile, JSON.stringify({ ...settings, boardLock: true }));
    const result = await desk.run(['switch', studioB, '--yes']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain(`lcr: This desk is locked for watching only, so ${studioB} was not switched. Unlock the board to switch.\n`);
    expect(onAirUpstream(await studioStream(ops))?.sequence).toBe(roles(before).master);
    expect((await readJournal(journalPath(desk.dataDir))).entries).toEqual([]);
  });

  it('exits 4, outcome unknown, when the answer is lost and no re-read shows the switch', async () => {
    const cloud = rehearsal();
    const { desk, ops, before } = await deskOnCloud(cloud);
    const { master, standby } = roles(before);
    // The connection is closed before the cloud applies the switch: it never happens, and nobody is told.
    await cloud.drill({ kind: 'drop', provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', rate: 1 });
    const result = await desk.run(['switch', studioB, '--yes']);
    expect(result).toMatchObject({ code: 4, stdout: '' });
    const [, message, warning] = result.stderr.split('\n');
    expect(message).toBe(`lcr: The switch of ${studioB} to ${standby} is not confirmed: no re-read showed it on air (last seen on air: ${master}). It may or may not have happened; look again before switching once more.`);
    expect(warning).toBe(`lcr: OUTCOME UNKNOWN: the switch may or may not have happened, and lcr did not send it again. Look with "lcr upstreams ${studioB}" before switching once more. The journal records it as "unknown".`);
    expect(onAirUpstream(await studioStream(ops))?.sequence).toBe(master);
    expect(await switchEntries(desk)).toMatchObject([{ via: 'cli', to: standby, outcome: 'unknown', errorCode: 'stream.switchUnconfirmed' }]);

    const json = await desk.run(['switch', studioB, '--yes', '--json']);
    expect(json).toMatchObject({ code: 4, stdout: '' });
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'stream.switchUnconfirmed', params: { stream: studioB, target: standby, onAir: master } } });
  });

  it('confirms a switch whose answer was lost after it took effect, by re-reading it', async () => {
    const cloud = rehearsal();
    const { desk, ops, before } = await deskOnCloud(cloud);
    const { standby } = roles(before);
    await cloud.drill({ kind: 'drop', provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', rate: 1, after: true });
    const result = await desk.run(['switch', studioB, '--yes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${studioB}: ${standby} \\([\\d.]+\\) is on air, confirmed by the cloud\\.\\n$`));
    expect(onAirUpstream(await studioStream(ops))?.sequence).toBe(standby);
    expect(await switchEntries(desk)).toMatchObject([{ to: standby, outcome: 'ok' }]);
  });

  it('stops waiting on Ctrl-C with exit 130, saying the switch may already have been made', async () => {
    const cloud = rehearsal();
    const { desk, ops, before } = await deskOnCloud(cloud);
    const { standby } = roles(before);
    // The cloud applies the switch, then holds the answer: the request is out and cannot be called back.
    await cloud.drill({ kind: 'fail', provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', hang: true, hangMs: 2_000, after: true, rate: 1 });
    // Looked at four times a second, well inside the account's 10 reads a second that lcr shares.
    const applied = (async () => {
      const until = performance.now() + 20_000;
      while (performance.now() < until && onAirUpstream(await studioStream(ops))?.sequence !== standby) await sleep(250);
    })();
    const result = await desk.run(['switch', studioB, '--yes'], { interrupt: applied });
    expect(result, result.stderr).toMatchObject({ code: 130, stdout: '' });
    expect(result.stderr).toContain(
      `lcr: Interrupted while waiting for the cloud: the switch of ${studioB} to ${standby} may already have been sent, so its outcome is unknown. Look with "lcr upstreams ${studioB}" before switching again.\n`,
    );
    expect(onAirUpstream(await studioStream(ops))?.sequence).toBe(standby);
  });
});
