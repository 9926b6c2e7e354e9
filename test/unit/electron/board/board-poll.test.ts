import { describe, expect, it } from 'vitest';
import { pollBoard } from '../../../../electron/board/board-poll';
import type { CloudCall } from '../../../../electron/cloud/cloud-client';
import { streamKey, type BoardTile } from '../../../../shared/domain/board';
import { fakeCloudClient } from '../../support/fake-cloud-client';

/** A QueryLiveDomainMultiStreamList page listing `names` on `domain`, first upstream on air. */
function page(domain: string, names: string[]) {
  return {
    RequestId: 'R',
    PageNumber: 1,
    PageSize: 100,
    TotalCount: names.length,
    OnlineStreams: names.map((name) => ({
      Domain: domain,
      AppName: 'live',
      StreamName: name,
      OptimalMode: 'on',
      UpstreamList: [1, 2].map((n) => ({ UpstreamSequence: `${name}_AliRewrite_${n}`, UpstreamIp: `10.0.0.${n}`, UpstreamTime: '2026-11-22T19:00:00Z', MasterFlag: n === 1 })),
      ChangeLogs: [],
    })),
  };
}

const pins = [
  { domain: 'a.example.com', app: 'live', stream: 's1' },
  { domain: 'a.example.com', app: 'live', stream: 's2' },
  { domain: 'b.example.com', app: 'live', stream: 's3' },
];
const t0 = new Date('2026-11-22T20:00:00Z');
const t1 = new Date('2026-11-22T20:00:02Z');

describe('one polling cycle of the board', () => {
  it('reads each pinned domain once, however many of its streams are pinned', async () => {
    const { client, calls } = fakeCloudClient((call: CloudCall) => ({ status: 200, json: page(String(call.params.Domain), call.params.Domain === 'a.example.com' ? ['s1', 's2'] : ['s3']) }));
    const { tiles, reads } = await pollBoard(client, pins, new Map(), t0);
    expect(calls.map((call) => call.params.Domain).sort()).toEqual(['a.example.com', 'b.example.com']);
    expect(reads).toBe(2);
    expect(tiles.map((tile) => [streamKey(tile.pin), tile.presence, tile.stream?.upstreams.find((u) => u.master)?.sequence, tile.confirmedAt])).toEqual([
      ['a.example.com/live/s1', 'listed', 's1_AliRewrite_1', t0.toISOString()],
      ['a.example.com/live/s2', 'listed', 's2_AliRewrite_1', t0.toISOString()],
      ['b.example.com/live/s3', 'listed', 's3_AliRewrite_1', t0.toISOString()],
    ]);
  });

  it('marks a stream the cloud no longer lists, keeping it as last seen', async () => {
    let round = 0;
    const { client } = fakeCloudClient((call: CloudCall) => ({ status: 200, json: page(String(call.params.Domain), round === 0 ? ['s1'] : []) }));
    const first = (await pollBoard(client, pins.slice(0, 1), new Map(), t0)).tiles;
    round = 1;
    const [tile] = (await pollBoard(client, pins.slice(0, 1), new Map(first.map((t): [string, BoardTile] => [streamKey(t.pin), t])), t1)).tiles;
    expect(tile).toMatchObject({ presence: 'notListed', confirmedAt: t1.toISOString(), readError: null });
    expect(tile?.stream?.stream).toBe('s1');
  });

  it('keeps the last confirmed state and its age when a domain cannot be read, with the reason', async () => {
    let round = 0;
    const { client } = fakeCloudClient((call: CloudCall) =>
      round === 0 || call.params.Domain === 'b.example.com'
        ? { status: 200, json: page(String(call.params.Domain), call.params.Domain === 'a.example.com' ? ['s1', 's2'] : ['s3']) }
        : { status: 503, json: { RequestId: 'E', Code: 'ServiceUnavailable', Message: 'The request has failed due to a temporary failure of the server.' } },
    );
    const first = (await pollBoard(client, pins, new Map(), t0)).tiles;
    round = 1;
    const { tiles: second, reads } = await pollBoard(client, pins, new Map(first.map((t): [string, BoardTile] => [streamKey(t.pin), t])), t1);
    expect(reads).toBe(2);
    expect(second.map((tile) => [tile.presence, tile.confirmedAt, tile.readError?.code ?? null])).toEqual([
      ['listed', t0.toISOString(), 'cloud.unavailable'],
      ['listed', t0.toISOString(), 'cloud.unavailable'],
      ['listed', t1.toISOString(), null],
    ]);
    expect(second[0]?.stream).toEqual(first[0]?.stream);
  });

  it('says nothing is known yet when the very first read fails', async () => {
    const { client } = fakeCloudClient(() => ({ status: 503, json: { RequestId: 'E', Code: 'ServiceUnavailable', Message: 'x' } }));
    expect((await pollBoard(client, pins.slice(2), new Map(), t0)).tiles).toMatchObject([{ presence: 'unknown', stream: null, confirmedAt: null, readError: { code: 'cloud.unavailable' } }]);
  });

  it('counts every page it reads, so the polling budget sees a domain with more than a page of streams', async () => {
    const names = Array.from({ length: 150 }, (_, n) => `s${n}`);
    const { client } = fakeCloudClient((call: CloudCall) => {
      const number = Number(call.params.PageNumber);
      return { status: 200, json: { ...page('a.example.com', names.slice((number - 1) * 100, number * 100)), PageNumber: number, TotalCount: names.length } };
    });
    const { tiles, reads } = await pollBoard(client, [{ domain: 'a.example.com', app: 'live', stream: 's149' }], new Map(), t0);
    expect(reads).toBe(2);
    expect(tiles[0]?.presence).toBe('listed');
  });
});
