import { describe, expect, it } from 'vitest';
import { createSwitchDesk, type SwitchOutcome } from '../../../../electron/board/switch-desk';
import type { TilePhase } from '../../../../shared/domain/board';
import type { CloudCall } from '../../../../electron/cloud/cloud-client';
import type { DualIngestStream } from '../../../../shared/domain/live-streams';
import { fakeCloudClient } from '../../support/fake-cloud-client';
import { virtualTimer } from '../../support/virtual-timer';

const wall = Date.parse('2026-11-22T20:00:00Z');
const since = (minutesAgo: number) => new Date(wall - minutesAgo * 60_000).toISOString();

/** A manual-mode stream with `a` on air and standbys `b` (connected longest) and `c`. */
const stream: DualIngestStream = {
  domain: 'live.example.com',
  app: 'live',
  stream: 'match1',
  automatic: false,
  upstreams: [
    { sequence: 'a', ip: '10.0.0.1', since: since(90), master: true },
    { sequence: 'b', ip: '10.0.0.2', since: since(60), master: false },
    { sequence: 'c', ip: '10.0.0.3', since: since(30), master: false },
  ],
  changes: [],
};

/** A cloud that switches when asked (or refuses, or never answers the re-read correctly). */
function cloud(behaviour: 'switches' | 'refuses' = 'switches') {
  let onAir = 'a';
  const page = () => ({
    RequestId: 'R',
    PageNumber: 1,
    PageSize: 100,
    TotalCount: 1,
    OnlineStreams: [
      {
        Domain: stream.domain,
        AppName: stream.app,
        StreamName: stream.stream,
        OptimalMode: 'off',
        UpstreamList: stream.upstreams.map((u) => ({ UpstreamSequence: u.sequence, UpstreamIp: u.ip, UpstreamTime: u.since.replace('.000Z', 'Z'), MasterFlag: u.sequence === onAir })),
        ChangeLogs: [],
      },
    ],
  });
  return fakeCloudClient((call: CloudCall) => {
    if (call.action === 'SetLiveDomainMultiStreamMaster') {
      if (behaviour === 'refuses') return { status: 400, json: { RequestId: 'E', Code: 'CodeTaskNotExist', Message: 'Task does not exist.' } };
      onAir = String(call.params.UpstreamSequence);
      return { status: 200, json: { RequestId: 'S' } };
    }
    return { status: 200, json: page() };
  });
}

function desk(behaviour: 'switches' | 'refuses' = 'switches') {
  const clock = virtualTimer();
  const { client, calls } = cloud(behaviour);
  const switches = createSwitchDesk({ client, timer: clock.timer, policy: { reads: 2, everyMs: 100 }, debounceMs: 250, wallNow: () => wall });
  const seen: TilePhase['kind'][] = [];
  switches.onChange((_key, phase) => seen.push(phase.kind));
  const outcomes: SwitchOutcome[] = [];
  switches.onSwitched((outcome) => outcomes.push(outcome));
  const sent = () => calls.filter((call) => call.action === 'SetLiveDomainMultiStreamMaster').map((call) => call.params.UpstreamSequence);
  return { switches, clock, sent, seen, outcomes };
}

describe('the switch desk: one path for clicks, keys, shortcuts and lcr switch', () => {
  it('arms "the standby", cycles through the standbys when armed again, and disarms', () => {
    const { switches } = desk();
    expect(switches.arm(stream)).toBe('b');
    expect(switches.arm(stream)).toBe('c');
    expect(switches.arm(stream)).toBe('b');
    expect(switches.arm(stream, 'c')).toBe('c');
    switches.disarm(stream);
    expect(switches.phase(stream)).toEqual({ kind: 'idle' });
    expect(() => switches.arm(stream, 'a')).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'board.notAStandby' }) }));
  });

  it('takes only what is armed, shows pending, and is done when the cloud confirms', async () => {
    const { switches, clock, sent, seen, outcomes } = desk();
    expect(await switches.take(stream, 'click')).toMatchObject({ kind: 'failed', error: { code: 'board.notArmed' } });
    switches.arm(stream);
    const taking = switches.take(stream, 'click');
    expect(switches.phase(stream)).toEqual({ kind: 'pending', sequence: 'b' });
    await clock.runUntilIdle();
    expect(await taking).toMatchObject({ kind: 'confirmed' });
    expect(sent()).toEqual(['b']);
    expect(seen).toEqual(['armed', 'pending', 'idle']);
    expect(switches.history()).toEqual([{ key: 'live.example.com/live/match1', sequence: 'b', at: wall }]);
    // Only the take that was sent is reported (the refused one before it was never a switch).
    expect(outcomes).toEqual([{ key: 'live.example.com/live/match1', confirmed: expect.objectContaining({ stream: 'match1' }), from: 'a', to: 'b', via: 'click', outcome: 'ok', error: null, latencyMs: expect.any(Number) }]);
  });

  it('ignores a second take while one is pending, and one within the debounce time', async () => {
    const { switches, clock, sent } = desk();
    switches.arm(stream);
    const first = switches.take(stream, 'click');
    expect(await switches.take(stream, 'click')).toEqual({ kind: 'ignored' });
    expect(await switches.failOverNow(stream, 'key')).toEqual({ kind: 'ignored' });
    await clock.runUntilIdle();
    await first;
    // The confirmation came back on virtual time within the debounce window: a bounced press.
    expect(await switches.failOverNow(stream, 'key')).toEqual({ kind: 'ignored' });
    expect(sent()).toEqual(['b']);
  });

  it('keeps the cloud\'s reason on the tile when a take fails, and never records it as this desk\'s switch', async () => {
    const { switches, clock, outcomes } = desk('refuses');
    switches.arm(stream);
    const taking = switches.take(stream, 'click');
    await clock.runUntilIdle();
    expect(await taking).toMatchObject({ kind: 'failed', error: { code: 'stream.noDualIngest' } });
    expect(switches.phase(stream)).toMatchObject({ kind: 'failed', sequence: 'b', error: { code: 'stream.noDualIngest' } });
    expect(switches.history()).toEqual([]);
    expect(outcomes).toMatchObject([{ to: 'b', outcome: 'failed', error: { code: 'stream.noDualIngest' } }]);
  });

  it('reports a switch no re-read could confirm as outcome unknown, never as failed or done', async () => {
    const clock = virtualTimer();
    const { client } = fakeCloudClient((call: CloudCall) =>
      call.action === 'SetLiveDomainMultiStreamMaster' ? { status: 200, json: { RequestId: 'S' } } : { status: 503, json: { RequestId: 'Q', Code: 'ServiceUnavailable', Message: 'down' } },
    );
    const switches = createSwitchDesk({ client, timer: clock.timer, policy: { reads: 2, everyMs: 100 }, wallNow: () => wall });
    const outcomes: SwitchOutcome[] = [];
    switches.onSwitched((outcome) => outcomes.push(outcome));
    const taking = switches.failOverNow(stream, 'shortcut');
    await clock.runUntilIdle();
    expect(await taking).toMatchObject({ kind: 'failed', error: { code: 'stream.switchUnconfirmed' } });
    expect(outcomes).toMatchObject([{ via: 'shortcut', outcome: 'unknown', error: { code: 'stream.switchUnconfirmed' } }]);
    expect(switches.history()).toEqual([]);
  });

  it('fails over in one press to a chosen upstream', async () => {
    const { switches, clock, sent } = desk();
    const taking = switches.failOverNow(stream, 'click', 'c');
    await clock.runUntilIdle();
    expect(await taking).toMatchObject({ kind: 'confirmed' });
    expect(sent()).toEqual(['c']);
  });

  it('fails over in one press to "the standby"', async () => {
    const { switches, clock, sent } = desk();
    const taking = switches.failOverNow(stream, 'key');
    await clock.runUntilIdle();
    expect(await taking).toMatchObject({ kind: 'confirmed' });
    expect(sent()).toEqual(['b']);
  });

  it('switches nothing while the desk is locked', async () => {
    const { switches, sent, outcomes } = desk();
    switches.arm(stream);
    switches.setLocked(true);
    expect(await switches.take(stream, 'click')).toMatchObject({ kind: 'failed', error: { code: 'board.locked' } });
    expect(await switches.failOverNow(stream, 'key')).toMatchObject({ kind: 'failed', error: { code: 'board.locked' } });
    expect(() => switches.arm(stream)).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'board.locked' }) }));
    expect(sent()).toEqual([]);
    expect(outcomes).toEqual([]);
  });
});
