import { describe, expect, it } from 'vitest';
import type { BoardState, TakeResult } from '../../../../shared/domain/board';
import type { TakeMode } from '../../../../shared/domain/settings';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createBoardStore } from '../../../../renderer/state/board-store';
import { fakeControlRoom } from '../fake-control-room';

const pin = { domain: 'live.example.com', app: 'live', stream: 'match1' };
const key = 'live.example.com/live/match1';
const board = (locked = false): BoardState => ({
  profileId: 'rehearsal-aliyun',
  tiles: [{ pin, stream: null, confirmedAt: null, presence: 'unknown', readError: null }],
  phases: {},
  locked,
  polledAt: null,
  deskSwitches: [],
});
const ignored: TakeResult = { kind: 'ignored' };

/** A board store over a fake main whose take mode the test sets, answering every switch as ignored. */
function setup(mode: TakeMode = 'armThenTake') {
  const fake = fakeControlRoom();
  const settings = { takeMode: mode };
  fake.answer('board.state', async () => ({ ok: true, value: board() }));
  fake.answer('board.arm', async () => ({ ok: true, value: board() }));
  fake.answer('board.take', async () => ({ ok: true, value: ignored }));
  fake.answer('board.failOverNow', async () => ({ ok: true, value: ignored }));
  const store = createBoardStore(createControlRoomClient(fake.api), () => settings.takeMode);
  return { fake, store, settings };
}

describe('board store', () => {
  it('holds only the board main sent, and follows board.changed', async () => {
    const { fake, store } = setup();
    expect(store.getState().board).toBeNull();
    await store.getState().load();
    expect(store.getState().board?.tiles).toHaveLength(1);
    const stop = store.getState().start();
    fake.emit('board.changed', board(true));
    expect(store.getState().board?.locked).toBe(true);
    stop();
  });

  it('keeps the board as it was and shows the reason when main refuses, and when a take fails', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    fake.answer('board.arm', async () => ({ ok: false, error: appError('board.locked', { stream: key }) }));
    await store.getState().arm(key);
    expect(store.getState()).toMatchObject({ board: board(), error: { code: 'board.locked' } });
    store.getState().dismissError();
    fake.answer('board.take', async () => ({ ok: true, value: { kind: 'failed', error: appError('stream.noDualIngest') } }));
    await store.getState().take(key, 'click');
    expect(store.getState().error).toMatchObject({ code: 'stream.noDualIngest' });
  });

  it('says how a take was started: a click or a board key', async () => {
    const { fake, store } = setup();
    await store.getState().take(key, 'click');
    await store.getState().take(key, 'key');
    expect(fake.calls.filter((call) => call.channel === 'board.take').map((call) => call.request)).toEqual([
      { key, via: 'click' },
      { key, via: 'key' },
    ]);
  });

  it('fails over at once to a named standby or to "the standby", and keeps the reason when it fails', async () => {
    const { fake, store } = setup();
    await store.getState().failOverNow(key, 'click', 'match1_AliRewrite_2');
    await store.getState().failOverNow(key, 'key');
    expect(fake.calls.filter((call) => call.channel === 'board.failOverNow').map((call) => call.request)).toEqual([
      { key, via: 'click', sequence: 'match1_AliRewrite_2' },
      { key, via: 'key' },
    ]);
    expect(store.getState().error).toBeNull();
    fake.answer('board.failOverNow', async () => ({ ok: true, value: { kind: 'failed', error: appError('board.locked', { stream: key }) } }));
    await store.getState().failOverNow(key, 'key');
    expect(store.getState().error).toMatchObject({ code: 'board.locked' });
  });

  it('in arm/take mode, a standby button and a number key only arm', async () => {
    const { fake, store } = setup('armThenTake');
    await store.getState().chooseStandby(key, 'match1_AliRewrite_2');
    await store.getState().pressTileKey(key);
    expect(fake.calls.map((call) => call.channel)).toEqual(['board.arm', 'board.arm']);
    expect(fake.calls.map((call) => call.request)).toEqual([{ key, sequence: 'match1_AliRewrite_2' }, { key }]);
  });

  it('in single-action mode, a standby button takes that standby and a number key fails the tile over, at once', async () => {
    const { fake, store } = setup('single');
    await store.getState().chooseStandby(key, 'match1_AliRewrite_2');
    await store.getState().pressTileKey(key);
    expect(fake.calls.map((call) => call.channel)).toEqual(['board.failOverNow', 'board.failOverNow']);
    expect(fake.calls.map((call) => call.request)).toEqual([
      { key, via: 'click', sequence: 'match1_AliRewrite_2' },
      { key, via: 'key' },
    ]);
  });

  it('reads the take mode at each press, so a changed setting applies to the next one', async () => {
    const { fake, store, settings } = setup('armThenTake');
    await store.getState().pressTileKey(key);
    settings.takeMode = 'single';
    await store.getState().pressTileKey(key);
    expect(fake.calls.map((call) => call.channel)).toEqual(['board.arm', 'board.failOverNow']);
  });
});
