import { describe, expect, it } from 'vitest';
import { streamsCommand, switchCommand, switchTarget, upstreamsCommand } from '../../../electron/cli/commands/stream-commands';
import { exitCodeFor } from '../../../electron/cli/exit-codes';
import type { TakeResult } from '../../../shared/domain/board';
import type { DualIngestStream, LiveDomain } from '../../../shared/domain/live-streams';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import { argsOf, dualStream, fakeContext, upstream, type FakeChannels } from '../support/cli-context';
import { profileView } from '../support/profile-views';

// `lcr streams`, `lcr upstreams` and `lcr switch` over fake contract answers: which calls they
// make and what they print; how a domain that cannot be read is reported without hiding the
// others; which upstream a switch aims at, when it asks, what it sends the switch desk, and how
// each way a switch ends becomes output and an exit code.

const domain = (name: string): LiveDomain => ({ name, type: 'liveVideo', status: 'online', region: 'cn-shanghai', cname: null, description: '', createdAt: null });
const main = dualStream('main', [upstream(1, true), upstream(2, false)]);
const match = { ...dualStream('match-1', [upstream(1, false), upstream(2, true)]), domain: 'sports.example' };
const throttled = new AppErrorException(appError('cloud.throttled', {}, { provider: 'aliyun', action: 'QueryLiveDomainMultiStreamList', requestId: 'REQ-7' }));

/** Three streaming domains; the middle one cannot be read. */
const reads: FakeChannels = {
  'board.domains': () => [domain('live.example'), domain('broken.example'), domain('sports.example')],
  'board.streams': ({ domain: name }) => {
    if (name === 'broken.example') throw throttled;
    return name === 'live.example' ? [main] : [match];
  },
  'board.upstreams': ({ key }) => {
    if (key !== 'live.example/live/main') throw new AppErrorException(appError('stream.notListed', { stream: key }));
    return main;
  },
};

describe('lcr streams', () => {
  it('walks every streaming domain, prints what it read and reports the domain it could not (exit 1)', async () => {
    const fake = fakeContext(reads);
    expect(await streamsCommand(fake.ctx, argsOf(['streams']))).toBe(1);
    expect(fake.calls.map((c) => c.request)).toEqual([{}, { domain: 'live.example' }, { domain: 'broken.example' }, { domain: 'sports.example' }]);
    const [, first, second] = fake.out().split('\n');
    expect(first).toMatch(/^live\.example\/live\/main +s1 \(10\.0\.0\.1\) +1 +off /);
    expect(second).toMatch(/^sports\.example\/live\/match-1 +s2 \(10\.0\.0\.2\) +1 +off /);
    expect(fake.err()).toMatch(/^lcr: Could not read the streams of broken\.example: .+\n$/);
  });

  it('gives the streams as JSON on stdout and each unreadable domain as a JSON line on stderr', async () => {
    const fake = fakeContext(reads);
    expect(await streamsCommand(fake.ctx, argsOf(['streams', '--json']))).toBe(1);
    expect(JSON.parse(fake.out())).toEqual([main, match]);
    expect(JSON.parse(fake.err())).toMatchObject({ domain: 'broken.example', error: { code: 'cloud.throttled', provider: 'aliyun', requestId: 'REQ-7' } });
  });

  it('reads one domain with --domain, and says so when it has no dual-ingest stream', async () => {
    const fake = fakeContext({ 'board.streams': ({ domain: name }) => (name === 'sports.example' ? [match] : []) });
    expect(await streamsCommand(fake.ctx, argsOf(['streams', '--domain', 'sports.example']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'board.streams', request: { domain: 'sports.example' } }]);
    expect(fake.out()).toContain('sports.example/live/match-1');
    const empty = fakeContext({ 'board.streams': () => [] }, { locale: 'zh-CN' });
    expect(await streamsCommand(empty.ctx, argsOf(['streams', '--domain', 'quiet.example']))).toBe(0);
    expect(empty.out()).toBe('此刻没有由两个或更多编码器同时推流的流。\n');
    expect(await streamsCommand(empty.ctx, argsOf(['streams', '--domain', 'quiet.example', '--json']))).toBe(0);
    expect(empty.out()).toMatch(/\[\]\n$/);
  });

  it('refuses an empty --domain as a usage mistake, reading nothing', async () => {
    const fake = fakeContext(reads);
    await expect(streamsCommand(fake.ctx, argsOf(['streams', '--domain', ' ']))).rejects.toMatchObject({ key: 'cli.usage.emptyValue', exit: 2 });
    expect(fake.calls).toEqual([]);
  });

  it('fails as a whole when the domains themselves cannot be listed', async () => {
    const fake = fakeContext({ 'board.domains': () => Promise.reject(throttled) });
    const thrown = await streamsCommand(fake.ctx, argsOf(['streams'])).catch((error: unknown) => error);
    expect(exitCodeFor(thrown)).toBe(1);
    expect(fake.out()).toBe('');
  });
});

describe('lcr upstreams', () => {
  it('prints one stream\'s upstreams, or the stream itself with --json', async () => {
    const fake = fakeContext(reads);
    expect(await upstreamsCommand(fake.ctx, argsOf(['upstreams', 'live.example/live/main']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'board.upstreams', request: { key: 'live.example/live/main' } }]);
    expect(fake.out()).toMatch(/^live\.example\/live\/main\n\nSEQUENCE +STATUS +ENCODER IP +INGEST SINCE\ns1 +ON AIR +10\.0\.0\.1 /);
    const json = fakeContext(reads);
    expect(await upstreamsCommand(json.ctx, argsOf(['upstreams', 'live.example/live/main', '--json']))).toBe(0);
    expect(JSON.parse(json.out())).toEqual(main);
  });

  it('passes on the cloud\'s "not listed" (exit 1), and refuses what is not domain/app/stream (exit 2)', async () => {
    const fake = fakeContext(reads);
    await expect(upstreamsCommand(fake.ctx, argsOf(['upstreams', 'live.example/live/lobby']))).rejects.toMatchObject({ error: { code: 'stream.notListed' } });
    for (const key of ['live.example/main', 'a/b/c/d', 'a//c', 'a b/c/d']) {
      await expect(upstreamsCommand(fake.ctx, argsOf(['upstreams', key]))).rejects.toMatchObject({ key: 'cli.usage.notStreamPath', params: { stream: key }, exit: 2 });
    }
    expect(fake.calls).toHaveLength(1);
  });
});

const key = 'live.example/live/main';
const now = new Date('2026-11-22T20:00:00Z');
const threeUp = dualStream('main', [upstream(1, false), upstream(2, true), upstream(3, false)]);
const confirmedOn = (sequence: string): DualIngestStream => ({ ...threeUp, upstreams: threeUp.upstreams.map((u) => ({ ...u, master: u.sequence === sequence })) });

/** A desk whose stream is `stream` and whose switch desk answers `result`. */
function desk(result: TakeResult | Promise<TakeResult>, stream: DualIngestStream = threeUp): FakeChannels {
  return {
    'board.upstreams': () => stream,
    'board.switchStream': () => result,
    'profiles.list': () => ({ profiles: [profileView({ id: 'p-1', name: 'Evening news', provider: 'aliyun' })], active: { aliyun: 'p-1', volcengine: 'rehearsal-volcengine' } }),
  };
}

/** Runs the command and answers its exit code, whether it returned or threw. */
async function exitOf(run: Promise<number>): Promise<number> {
  return run.catch((thrown: unknown) => exitCodeFor(thrown));
}

const thrownBy = (run: Promise<unknown>) => run.then(() => null, (thrown: unknown) => thrown);

describe('lcr switch: the target', () => {
  it('is the standby --to names, and nothing else', () => {
    expect(switchTarget(threeUp, 's3', now).sequence).toBe('s3');
    for (const named of ['s2', 's9']) {
      const refusal = { code: 'cli.notAStandby', exit: 1, params: { stream: key, upstream: named, standbys: 's1, s3' } };
      expect(() => switchTarget(threeUp, named, now)).toThrow(expect.objectContaining(refusal));
    }
  });

  it('is the board\'s "the standby" without --to: the only one, else the one connected longest', () => {
    expect(switchTarget(dualStream('main', [upstream(1, true), upstream(2, false)]), undefined, now).sequence).toBe('s2');
    expect(switchTarget(threeUp, undefined, now).sequence).toBe('s1');
  });

  it('is never guessed: with no clear pick the candidates are named and --to must choose (exit 2)', () => {
    const tied = dualStream('main', [upstream(1, true), upstream(2, false, '2026-11-22T10:00:00.000Z'), upstream(3, false, '2026-11-22T10:00:00.000Z')]);
    const noMaster = dualStream('main', [upstream(1, false), upstream(2, false)]);
    expect(() => switchTarget(tied, undefined, now)).toThrow(expect.objectContaining({ code: 'cli.chooseStandby', exit: 2, params: { stream: key, candidates: 's2, s3' } }));
    expect(() => switchTarget(noMaster, undefined, now)).toThrow(expect.objectContaining({ params: { stream: key, candidates: 's1, s2' } }));
    expect(switchTarget(noMaster, 's2', now).sequence).toBe('s2');
  });
});

describe('lcr switch: asking, sending, reporting', () => {
  it('refuses without a terminal and without --yes before reading anything (exit 3)', async () => {
    const fake = fakeContext(desk({ kind: 'confirmed', stream: confirmedOn('s1') }));
    expect(await exitOf(switchCommand(fake.ctx, argsOf(['switch', key])))).toBe(3);
    expect(fake.calls).toEqual([]);
  });

  it('with --yes sends the target to the switch desk and prints the master the cloud confirmed', async () => {
    const fake = fakeContext(desk({ kind: 'confirmed', stream: confirmedOn('s1') }));
    expect(await switchCommand(fake.ctx, argsOf(['switch', key, '--yes']))).toBe(0);
    expect(fake.calls).toEqual([
      { channel: 'board.upstreams', request: { key } },
      { channel: 'board.switchStream', request: { key, sequence: 's1' } },
    ]);
    expect(fake.err()).toBe(`Switching ${key} to s1 (10.0.0.1)… waiting for the cloud to confirm.\n`);
    expect(fake.out()).toBe(`${key}: s1 (10.0.0.1) is on air, confirmed by the cloud.\n`);
    expect(fake.listening()).toBe(0);
  });

  it('asks on a terminal, naming both upstreams and the profile; anything but yes switches nothing', async () => {
    const declined = fakeContext(desk({ kind: 'confirmed', stream: confirmedOn('s3') }), { terminal: true, input: '\n' });
    expect(await exitOf(switchCommand(declined.ctx, argsOf(['switch', key, '--to', 's3'])))).toBe(3);
    expect(declined.err()).toBe(`Switch ${key} from s2 (10.0.0.2, on air) to s3 (10.0.0.3), as profile "Evening news"? [y/N] `);
    expect(declined.calls.map((c) => c.channel)).toEqual(['board.upstreams', 'profiles.list']);

    const accepted = fakeContext(desk({ kind: 'confirmed', stream: confirmedOn('s3') }), { terminal: true, input: 'y\n', locale: 'zh-CN' });
    expect(await switchCommand(accepted.ctx, argsOf(['switch', key, '--to', 's3']))).toBe(0);
    expect(accepted.err()).toContain(`以配置“Evening news”将 ${key} 从 s2（10.0.0.2，播出中）切换到 s3（10.0.0.3）？[y/N] `);
    expect(accepted.out()).toBe(`${key}：s3 (10.0.0.3) 正在播出，已经云端确认。\n`);
  });

  it('asks to put an upstream on air when nothing is', async () => {
    const fake = fakeContext(desk({ kind: 'confirmed', stream: confirmedOn('s1') }, dualStream('main', [upstream(1, false), upstream(2, false)])), { terminal: true, input: 'no\n' });
    expect(await exitOf(switchCommand(fake.ctx, argsOf(['switch', key, '--to', 's1'])))).toBe(3);
    expect(fake.err()).toBe(`Nothing is on air on ${key}. Put s1 (10.0.0.1) on air, as profile "Evening news"? [y/N] `);
  });

  it('prints the key, from, to and the confirmed stream with --json, and nothing on stderr', async () => {
    const fake = fakeContext(desk({ kind: 'confirmed', stream: confirmedOn('s3') }));
    expect(await switchCommand(fake.ctx, argsOf(['switch', key, '--to', 's3', '--yes', '--json']))).toBe(0);
    expect(JSON.parse(fake.out())).toEqual({ key, from: 's2', to: 's3', stream: confirmedOn('s3') });
    expect(fake.err()).toBe('');
  });

  it('turns a refusal into its error (exit 1) and a switch nobody could confirm into exit 4', async () => {
    const locked = fakeContext(desk({ kind: 'failed', error: appError('board.locked', { stream: key }) }));
    const refused = await thrownBy(switchCommand(locked.ctx, argsOf(['switch', key, '--yes'])));
    expect(refused).toMatchObject({ error: { code: 'board.locked', params: { stream: key } } });
    expect(exitCodeFor(refused)).toBe(1);

    const unknown = appError('stream.switchUnconfirmed', { stream: key, target: 's1', onAir: '—' }, { provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster' });
    const unconfirmed = fakeContext(desk({ kind: 'failed', error: unknown }));
    expect(await exitOf(switchCommand(unconfirmed.ctx, argsOf(['switch', key, '--yes'])))).toBe(4);
    expect(unconfirmed.out()).toBe('');
  });

  it('reports a switch the desk ignored as failed, saying why', async () => {
    const fake = fakeContext(desk({ kind: 'ignored' }));
    const thrown = await thrownBy(switchCommand(fake.ctx, argsOf(['switch', key, '--yes'])));
    expect(thrown).toMatchObject({ code: 'cli.switchIgnored', exit: 1, params: { stream: key } });
  });

  it('stops waiting on Ctrl-C with exit 130, saying the outcome is unknown, and lets go of Ctrl-C', async () => {
    const fake = fakeContext(desk(new Promise<TakeResult>(() => undefined)));
    const running = thrownBy(switchCommand(fake.ctx, argsOf(['switch', key, '--to', 's3', '--yes'])));
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.listening()).toBe(1);
    fake.interrupt();
    const thrown = await running;
    expect(thrown).toMatchObject({ code: 'cli.interrupted', key: 'cli.error.switchInterrupted', exit: 130, params: { stream: key, to: 's3' } });
    expect(fake.ctx.t('cli.error.switchInterrupted', { stream: key, to: 's3' })).toContain('may already have been sent, so its outcome is unknown');
    expect(fake.listening()).toBe(0);
  });

  it('refuses a key that is not domain/app/stream and an empty --to as usage mistakes (exit 2), reading nothing', async () => {
    const fake = fakeContext(desk({ kind: 'ignored' }));
    expect(await exitOf(switchCommand(fake.ctx, argsOf(['switch', 'live.example/main', '--yes'])))).toBe(2);
    expect(await thrownBy(switchCommand(fake.ctx, argsOf(['switch', key, '--to=', '--yes'])))).toMatchObject({ key: 'cli.usage.emptyValue', params: { option: '--to' } });
    expect(fake.calls).toEqual([]);
  });
});
