import { describe, expect, it } from 'vitest';
import { createBoardLock } from '../../../../electron/board/board-lock';
import { createBoardPins } from '../../../../electron/board/board-pins';
import { createBoardService } from '../../../../electron/board/board-service';
import { createSwitchDesk } from '../../../../electron/board/switch-desk';
import type { CloudClient } from '../../../../electron/cloud/cloud-client';
import { createLogger } from '../../../../electron/log';
import { createSettingsFile } from '../../../../electron/settings/settings-file';
import { onAirUpstream } from '../../../../shared/domain/live-streams';
import { fakeCloudClient } from '../../support/fake-cloud-client';
import { memoryStore } from '../../support/memory-settings';
import { virtualTimer } from '../../support/virtual-timer';

// The board's tiles around a switch, on a scripted cloud whose poll read can be held back: what
// the board shows must be the newest thing the cloud confirmed, whichever answer arrives last.
const pin = { domain: 'live.example.com', app: 'live', stream: 'match1' };
const key = 'live.example.com/live/match1';
const wall = Date.parse('2026-11-22T20:00:00Z');

function setup() {
  let onAir = 'a';
  let wallNow = wall;
  const { client: inner } = fakeCloudClient((call) => {
    if (call.action === 'SetLiveDomainMultiStreamMaster') {
      onAir = String(call.params.UpstreamSequence);
      return { status: 200, json: { RequestId: 'S' } };
    }
    const upstream = (sequence: string) => ({ UpstreamSequence: sequence, UpstreamIp: '10.0.0.1', UpstreamTime: '2026-11-22T19:00:00Z', MasterFlag: sequence === onAir });
    const online = { Domain: pin.domain, AppName: pin.app, StreamName: pin.stream, OptimalMode: 'off', UpstreamList: [upstream('a'), upstream('b')], ChangeLogs: [] };
    return { status: 200, json: { RequestId: 'R', PageNumber: 1, PageSize: 100, TotalCount: 1, OnlineStreams: [online] } };
  });
  // The answer is read from the cloud when the call is made; a hold delays the next read's arrival.
  let hold: Promise<void> | null = null;
  const client: CloudClient = {
    async call(call) {
      const answer = inner.call(call);
      const held = call.action === 'QueryLiveDomainMultiStreamList' ? hold : null;
      if (held) {
        hold = null;
        await held;
      }
      return answer;
    },
  };
  const file = createSettingsFile(memoryStore(), () => 'aside', createLogger('settings', () => undefined));
  const clock = virtualTimer();
  const desk = createSwitchDesk({ client, timer: clock.timer, policy: { reads: 2, everyMs: 100 }, wallNow: () => wallNow });
  const board = createBoardService({ client, pins: createBoardPins(file), lock: createBoardLock(file), desk, timer: clock.timer, profileId: () => 'show', wallNow: () => wallNow });
  board.pin(pin);
  const holdNextRead = () => {
    let release = () => undefined as void;
    hold = new Promise<void>((resolve) => (release = resolve));
    return release;
  };
  return { board, clock, holdNextRead, tick: (ms: number) => (wallNow += ms) };
}

const shownOnAir = (board: ReturnType<typeof setup>['board']) => onAirUpstream(board.snapshot().tiles[0]?.stream ?? { upstreams: [] })?.sequence;

describe('the board around a switch', () => {
  it('shows the confirmed master as soon as the switch is confirmed, before any poll', async () => {
    const { board, clock } = setup();
    await board.poll();
    const taking = board.failOverNow(key, 'click');
    await clock.runUntilIdle();
    expect(await taking).toMatchObject({ kind: 'confirmed' });
    expect(shownOnAir(board)).toBe('b');
  });

  it('never lets a read sent before the switch overwrite it, nor report it as a change from elsewhere', async () => {
    const { board, clock, holdNextRead, tick } = setup();
    await board.poll();
    const release = holdNextRead();
    const stalePoll = board.poll();
    tick(10);
    const taking = board.failOverNow(key, 'click');
    await clock.runUntilIdle();
    expect(await taking).toMatchObject({ kind: 'confirmed' });
    expect(shownOnAir(board)).toBe('b');
    release();
    expect(await stalePoll).toEqual([]);
    expect(shownOnAir(board)).toBe('b');
  });
});
