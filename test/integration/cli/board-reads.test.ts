import { describe, expect, it } from 'vitest';
import type { DualIngestStream } from '../../../shared/domain/live-streams';
import { cliDesk } from './run-lcr';

// `lcr streams` and `lcr upstreams` as an operator runs them on a fresh desk: the built-in
// rehearsal profile is active, so they read the embedded rehearsal cloud's seeded world through
// the same contract calls as the board — no keychain, no network.

const seeded = {
  live: ['live.rehearsal.example/live/main', 'live.rehearsal.example/live/studio-b'],
  sports: ['sports.rehearsal.example/live/match-1', 'sports.rehearsal.example/live/match-2', 'sports.rehearsal.example/live/commentary'],
};

/** The stream keys at the start of each table row, header and blank lines left out. */
const keysOf = (table: string) =>
  table
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(' ')[0]);

describe('lcr streams', () => {
  it('lists every streaming domain\'s dual-ingest streams, with the upstream on air and the mode', async () => {
    const { run } = await cliDesk();
    const result = await run(['streams']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^STREAM +ON AIR +STANDBYS +AUTOMATIC +INGEST SINCE\n/);
    expect(keysOf(result.stdout)).toEqual([...seeded.live, ...seeded.sports]);
    // lobby has one encoder, so it is not a dual-ingest stream.
    expect(result.stdout).not.toContain('lobby');
    expect(result.stdout).toMatch(/\nlive\.rehearsal\.example\/live\/main +main_\S+ \(\d+\.\d+\.\d+\.\d+\) +2 +on +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n/);
    expect(result.stdout).toMatch(/\nlive\.rehearsal\.example\/live\/studio-b +studio-b_\S+ \([\d.]+\) +1 +off /);
  });

  it('reads one domain with --domain, and gives the contract\'s streams with --json', async () => {
    const { run } = await cliDesk();
    const sports = await run(['streams', '--domain', 'sports.rehearsal.example']);
    expect(sports.code).toBe(0);
    expect(keysOf(sports.stdout)).toEqual(seeded.sports);
    const json = await run(['streams', '--domain', 'live.rehearsal.example', '--json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const streams = JSON.parse(json.stdout) as DualIngestStream[];
    expect(streams.map((s) => `${s.domain}/${s.app}/${s.stream}`)).toEqual(seeded.live);
    expect(streams.find((s) => s.stream === 'main')).toMatchObject({ automatic: true, upstreams: expect.arrayContaining([expect.objectContaining({ master: true })]) });
    expect(streams.find((s) => s.stream === 'main')?.upstreams).toHaveLength(3);
  });
});

describe('lcr upstreams', () => {
  it('shows each upstream of a stream, the one on air marked, and the last change', async () => {
    const { run } = await cliDesk();
    const result = await run(['upstreams', 'live.rehearsal.example/live/main']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['live.rehearsal.example/live/main', '', expect.stringMatching(/^SEQUENCE +STATUS +ENCODER IP +INGEST SINCE$/)]);
    const rows = lines.slice(3, 6);
    expect(rows.filter((row) => / ON AIR /.test(row))).toHaveLength(1);
    expect(rows.filter((row) => / standby /.test(row))).toHaveLength(2);
    expect(result.stdout).toContain('\nAutomatic mode: on ');
    expect(result.stdout).toMatch(/\nLast change: \S+Z, main_\S+ \([\d.]+\) went on air: .+\.\n$/);
  });

  it('says so, in the language asked for, when a stream is not a dual-ingest stream on the air (exit 1)', async () => {
    const { run } = await cliDesk();
    const lobby = await run(['upstreams', 'live.rehearsal.example/live/lobby', '--lang', 'zh-CN']);
    expect(lobby).toMatchObject({ code: 1, stdout: '' });
    expect(lobby.stderr).toBe('lcr: live.rehearsal.example/live/lobby 当前不在主备双推流中：云端的双推流列表里没有它。请检查名称，并确认两路编码器都在推流。\n');
    const json = await run(['upstreams', 'live.rehearsal.example/live/lobby', '--json']);
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'stream.notListed', params: { stream: 'live.rehearsal.example/live/lobby' } } });
    expect(await run(['upstreams', 'live.rehearsal.example/main'])).toMatchObject({ code: 2 });
  });
});
