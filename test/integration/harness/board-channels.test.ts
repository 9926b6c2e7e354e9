import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardState, TakeResult } from '../../../shared/domain/board';
import type { IpcResult } from '../../../shared/contract/result';
import { startHarness, type RunningHarness } from '../../harness/launch';

// The failover board's channels through the harness, as the renderer will use them: the
// built-in rehearsal profile is active, so the board reads the embedded rehearsal cloud.
let harness: RunningHarness;
let origin: string;
let cookie: string;

function post(pathname: string, body: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${pathname}`, { method: 'POST', headers: { cookie, origin, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

async function ipc<T>(channel: string, body: unknown = {}): Promise<T> {
  const result = JSON.parse(await post(`/ipc/${channel}`, body)) as IpcResult<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

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
  harness = await startHarness();
  const url = new URL(harness.url);
  origin = url.origin;
  await new Promise<void>((resolve, reject) =>
    http
      .get(`${origin}/?token=${url.searchParams.get('token') ?? ''}`, (res) => {
        cookie = String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
        res.resume().on('end', resolve);
      })
      .on('error', reject),
  );
});
afterAll(() => harness.stop());

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

    const taken = await ipc<TakeResult>('board.take', { key });
    expect(taken.kind === 'confirmed' && taken.stream.upstreams.find((upstream) => upstream.master)?.sequence).toBe(phase.sequence);
  });

  it('switches nothing while the desk is locked', async () => {
    const key = 'live.rehearsal.example/live/studio-b';
    expect((await ipc<BoardState>('board.setLocked', { locked: true })).locked).toBe(true);
    expect(JSON.parse(await post('/ipc/board.arm', { key }))).toMatchObject({ ok: false, error: { code: 'board.locked' } });
    await ipc<BoardState>('board.setLocked', { locked: false });
  });
});
