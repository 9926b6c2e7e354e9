import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBoardLock } from '../../../electron/board/board-lock';
import { createBoardPins } from '../../../electron/board/board-pins';
import { streamKey } from '../../../shared/domain/board';
import { createBoardService } from '../../../electron/board/board-service';
import { listLiveDomains } from '../../../electron/cloud/actions/aliyun/discovery';
import { createSwitchDesk } from '../../../electron/board/switch-desk';
import { realTimer } from '../../../electron/cloud/transport/rate-limiter';
import { createLogger } from '../../../electron/log';
import { createSettingsFile } from '../../../electron/settings/settings-file';
import { createConfSettingsStore } from '../../../electron/settings/settings-store-conf';
import { onAirUpstream } from '../../../shared/domain/live-streams';
import { allDualIngestStreams, streamPath, switchableStream } from '../cloud/desk-lookups';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// The board in main against the rehearsal cloud: pinned streams polled once per domain, a cut
// seen as a change made elsewhere with its reason, a take of this desk's seen as this desk's.
const rehearsal = useRehearsalCloud();

async function board() {
  const cloud = rehearsal();
  const t = await deskClient(cloud, 'aliyun');
  const store = createConfSettingsStore(await mkdtemp(path.join(os.tmpdir(), 'lcr-board-')));
  const file = createSettingsFile(store, () => 'aside', createLogger('settings', () => undefined));
  const open = () => {
    const desk = createSwitchDesk({ client: t.client, timer: realTimer, policy: { reads: 4, everyMs: 100 } });
    return createBoardService({ client: t.client, pins: createBoardPins(file), lock: createBoardLock(file), desk, timer: realTimer, profileId: () => 'rehearsal-aliyun' });
  };
  return { cloud, t, service: open(), reopen: open };
}

describe('the failover board against the rehearsal cloud', () => {
  it('polls every pinned stream with one walk per domain and shows each one\'s confirmed master', async () => {
    const { t, service } = await board();
    const streams = await allDualIngestStreams(t.client);
    const domains = new Set(streams.map((stream) => stream.domain));
    for (const stream of streams) service.pin({ domain: stream.domain, app: stream.app, stream: stream.stream });
    const before = t.sent.length;
    expect(await service.poll()).toEqual([]);
    expect(t.sent.length - before).toBe(domains.size);
    const { tiles } = service.snapshot();
    expect(tiles.map((tile) => [streamKey(tile.pin), tile.presence])).toEqual(streams.map((stream) => [streamPath(stream), 'listed']));
    expect(tiles.every((tile) => tile.confirmedAt !== null && tile.readError === null)).toBe(true);
  });

  it('sees a cut in automatic mode as a change made elsewhere, with the cloud\'s reason', async () => {
    const { cloud, t, service } = await board();
    const { stream, master } = await switchableStream(t.client, true);
    service.pin({ domain: stream.domain, app: stream.app, stream: stream.stream });
    await service.poll();
    await cloud.drill({ kind: 'cut', stream: streamPath(stream) });
    const [change] = await service.poll();
    expect(change).toMatchObject({ kind: 'masterChanged', key: streamPath(stream), from: master.sequence, reason: 'noData', byThisDesk: false });
  });

  it('switches through the desk, shows it once a re-read confirms it, and claims the change as this desk\'s', async () => {
    const { t, service } = await board();
    const { stream, standby } = await switchableStream(t.client, false);
    const key = streamPath(stream);
    service.pin({ domain: stream.domain, app: stream.app, stream: stream.stream });
    await service.poll();
    service.arm(key, standby.sequence);
    const outcome = await service.take(key, 'click');
    expect(outcome.kind === 'confirmed' && onAirUpstream(outcome.stream)?.sequence).toBe(standby.sequence);
    // The tile shows the confirmed master at once, not after the next poll.
    expect(onAirUpstream(service.snapshot().tiles[0]?.stream ?? { upstreams: [] })?.sequence).toBe(standby.sequence);
    // Already shown as confirmed, so the next poll has nothing new to report; the tile's last
    // change is this desk's switch.
    expect(await service.poll()).toEqual([]);
    const [tile] = service.snapshot().tiles;
    expect(tile?.stream?.changes[0]).toMatchObject({ sequence: standby.sequence, reason: 'manual' });
    expect(service.snapshot().deskSwitches).toMatchObject([{ key, sequence: standby.sequence }]);
  });

  it('keeps the last confirmed state when the cloud goes offline, and refuses to switch a stream it never saw', async () => {
    const { cloud, t, service } = await board();
    const { stream } = await switchableStream(t.client, false);
    service.pin({ domain: stream.domain, app: stream.app, stream: stream.stream });
    expect(() => service.arm(streamPath(stream))).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'board.notSwitchable' }) }));
    await service.poll();
    const confirmed = service.snapshot().tiles[0];
    await cloud.drill({ kind: 'offline', provider: 'aliyun' });
    await service.poll();
    const [tile] = service.snapshot().tiles;
    expect(tile).toMatchObject({ presence: 'listed', confirmedAt: confirmed?.confirmedAt, readError: { code: 'cloud.offline' } });
    expect(tile?.stream).toEqual(confirmed?.stream);
  });
});

describe('switching a stream that is not pinned (lcr upstreams and lcr switch)', () => {
  it('reads it as listed now and switches it through the same desk, to a chosen upstream or "the standby"', async () => {
    const { t, service } = await board();
    const { stream, master, standby } = await switchableStream(t.client, false);
    const key = streamPath(stream);
    expect(onAirUpstream(await service.upstreams(key))?.sequence).toBe(master.sequence);
    const there = await service.switchStream(key, 'cli', standby.sequence);
    expect(there.kind === 'confirmed' && onAirUpstream(there.stream)?.sequence).toBe(standby.sequence);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const back = await service.switchStream(key, 'cli');
    expect(back.kind === 'confirmed' && onAirUpstream(back.stream)?.sequence).toBe(master.sequence);
    expect(service.snapshot().tiles).toEqual([]);
  });

  it('says a stream the cloud does not list is not on the air, and a locked desk — after a restart too — switches nothing', async () => {
    const { t, service, reopen } = await board();
    await expect(service.upstreams('live.rehearsal.example/live/nobody')).rejects.toMatchObject({ error: { code: 'stream.notListed' } });
    const { stream, master } = await switchableStream(t.client, false);
    service.setLocked(true);
    const restarted = reopen();
    expect(restarted.snapshot().locked).toBe(true);
    expect(await restarted.switchStream(streamPath(stream), 'cli')).toMatchObject({ kind: 'failed', error: { code: 'board.locked' } });
    expect(onAirUpstream(await restarted.upstreams(streamPath(stream)))?.sequence).toBe(master.sequence);
  });
});

describe('automatic mode from the board', () => {
  it('turns the cloud\'s automatic switching off and shows the mode the cloud confirms; a locked desk changes nothing', async () => {
    const { t, service } = await board();
    const { stream } = await switchableStream(t.client, true);
    const key = streamPath(stream);
    service.pin({ domain: stream.domain, app: stream.app, stream: stream.stream });
    await service.poll();
    const off = await service.setAutomatic(key, false);
    expect(off.tiles[0]?.stream?.automatic).toBe(false);
    service.setLocked(true);
    await expect(service.setAutomatic(key, true)).rejects.toMatchObject({ error: { code: 'board.locked' } });
    expect(service.snapshot().tiles[0]?.stream?.automatic).toBe(false);
  });
});

describe('dual ingest per domain from the board', () => {
  it('reads a domain\'s dual-ingest setting and turns it on, confirmed by reading it back', async () => {
    const { t, service } = await board();
    const domains = await listLiveDomains(t.client, { type: 'liveVideo' });
    const settings = await Promise.all(domains.map(async (domain) => ({ name: domain.name, enabled: await service.dualIngest(domain.name).catch(() => null) })));
    const off = settings.find((setting) => setting.enabled === false);
    if (!off) throw new Error('the seeded account has no streaming domain with dual ingest off');
    expect(await service.enableDualIngest(off.name)).toBe(true);
    expect(await service.dualIngest(off.name)).toBe(true);
  });
});
