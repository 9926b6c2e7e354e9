import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardState, TakeResult } from '../../../shared/domain/board';
import { connectHarness, type HarnessClient } from './harness-client';

// The failover board's channels through the harness, as the renderer will use them: the
// built-in rehearsal profile is active, so the board reads the embedded rehearsal cloud.
let client: HarnessClient;
const ipc = <T>(channel: string, body: unknown = {}) => client.ipc<T>(channel, body);
const post = (pathname: string, body: unknown) => client.post(pathname, body);

/** Asks for the board until `ready` holds (the first poll runs in the background), or gives up. */
async function boardWhen(ready: (state: BoardState) => boolean): Promise<BoardState> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const state = await ipc<BoardState>('board.state');
    if (ready(state)) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the board never became ready');
}

beforeAll(async () => {
  client = await connectHarness();
});
afterAll(() => client.harness.stop());

describe('board channels', () => {
  it('offers the streaming domains and their dual-ingest streams to pin', async () => {
    const domains = await ipc<{ name: string; type: string }[]>('board.domains');
    expect(domains.length).toBeGreaterThan(0);
    expect(domains.every((domain) => domain.type === 'liveVideo')).toBe(true);
    const streams = await ipc<{ stream: string; upstreams: unknown[] }[]>('board.streams', { domain: 'live.rehearsal.example' });
    expect(streams.map((stream) => stream.stream)).toContain('studio-b');
  });

  it('pins a stream of the rehearsal cloud, shows it confirmed, arms the standby and takes it', async () => {
    const pin = { domain: 'live.rehearsal.example', app: 'live', stream: 'studio-b' };
    expect((await ipc<BoardState>('board.pin', pin)).tiles.map((tile) => tile.pin)).toEqual([pin]);
    const shown = await boardWhen((state) => state.tiles[0]?.presence === 'listed');
    expect(shown).toMatchObject({ profileId: 'rehearsal-aliyun', locked: false });
    const onAir = shown.tiles[0]?.stream?.upstreams.find((upstream) => upstream.master)?.sequence;

    const key = 'live.rehearsal.example/live/studio-b';
    const armed = await ipc<BoardState>('board.arm', { key });
    const phase = armed.phases[key];
    if (phase?.kind !== 'armed') throw new Error(`not armed: ${JSON.stringify(phase)}`);
    expect(phase.sequence).not.toBe(onAir);

    const taken = await ipc<TakeResult>('board.take', { key, via: 'click' });
    expect(taken.kind === 'confirmed' && taken.stream.upstreams.find((upstream) => upstream.master)?.sequence).toBe(phase.sequence);
  });

  it('switches nothing while the desk is locked', async () => {
    const key = 'live.rehearsal.example/live/studio-b';
    expect((await ipc<BoardState>('board.setLocked', { locked: true })).locked).toBe(true);
    expect(JSON.parse(await post('/ipc/board.arm', { key }))).toMatchObject({ ok: false, error: { code: 'board.locked' } });
    await ipc<BoardState>('board.setLocked', { locked: false });
  });
});
