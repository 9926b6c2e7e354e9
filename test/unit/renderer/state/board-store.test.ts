import { describe, expect, it } from 'vitest';
import type { BoardState } from '../../../../shared/domain/board';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createBoardStore } from '../../../../renderer/state/board-store';
import { fakeControlRoom } from '../fake-control-room';

const pin = { domain: 'live.example.com', app: 'live', stream: 'match1' };
const board = (locked = false): BoardState => ({
  profileId: 'rehearsal-aliyun',
  tiles: [{ pin, stream: null, confirmedAt: null, presence: 'unknown', readError: null }],
  phases: {},
  locked,
  polledAt: null,
  deskSwitches: [],
});

function setup() {
  const fake = fakeControlRoom();
  return { fake, store: createBoardStore(createControlRoomClient(fake.api)) };
}

describe('board store', () => {
  it('holds only the board main sent, and follows board.changed', async () => {
    const { fake, store } = setup();
    fake.answer('board.state', async () => ({ ok: true, value: board() }));
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
    fake.answer('board.state', async () => ({ ok: true, value: board() }));
    await store.getState().load();
    fake.answer('board.arm', async () => ({ ok: false, error: appError('board.locked', { stream: 'live.example.com/live/match1' }) }));
    await store.getState().arm('live.example.com/live/match1');
    expect(store.getState()).toMatchObject({ board: board(), error: { code: 'board.locked' } });
    store.getState().dismissError();
    fake.answer('board.take', async () => ({ ok: true, value: { kind: 'failed', error: appError('stream.noDualIngest') } }));
    await store.getState().take('live.example.com/live/match1');
    expect(store.getState().error).toMatchObject({ code: 'stream.noDualIngest' });
  });
});
