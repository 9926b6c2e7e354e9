import { describe, expect, it } from 'vitest';
import { observeChanges } from '../../../../electron/board/observed-changes';
import type { BoardTile } from '../../../../shared/domain/board';
import type { DualIngestChange } from '../../../../shared/domain/live-streams';
import { appError } from '../../../../shared/errors/app-error';

const now = Date.parse('2026-11-22T20:00:00Z');
const pin = { domain: 'live.example.com', app: 'live', stream: 'match1' };
const key = 'live.example.com/live/match1';

function tile(onAir: string | null, others: string[], changes: DualIngestChange[] = [], presence: BoardTile['presence'] = 'listed'): BoardTile {
  const upstreams = [...(onAir ? [onAir] : []), ...others].map((sequence) => ({ sequence, ip: '10.0.0.1', since: '2026-11-22T19:00:00.000Z', master: sequence === onAir }));
  return { pin, stream: { ...pin, automatic: true, upstreams, changes }, confirmedAt: new Date(now).toISOString(), presence, readError: null };
}
const rawReasons = { noData: 'master stream no data', manual: 'manual switch', lowQuality: 'master stream low quality', other: 'something else' } as const;
const logged = (sequence: string, reason: DualIngestChange['reason']): DualIngestChange => ({ at: new Date(now - 1000).toISOString(), reason, rawReason: rawReasons[reason], sequence, ip: '10.0.0.2' });
const before = (t: BoardTile) => new Map([[key, t]]);

describe('changes the board detects', () => {
  it('reports a master change made elsewhere with the cloud\'s reason', () => {
    const changes = observeChanges(before(tile('a', ['b'])), [tile('b', ['a'], [logged('b', 'noData')])], [], now);
    expect(changes).toEqual([{ kind: 'masterChanged', key, from: 'a', to: 'b', reason: 'noData', rawReason: 'master stream no data', byThisDesk: false }]);
  });

  it('claims a change for this desk only when the desk confirmed that very switch within the last minute', () => {
    const after = [tile('b', ['a'], [logged('b', 'manual')])];
    expect(observeChanges(before(tile('a', ['b'])), after, [{ key, sequence: 'b', at: now - 5000 }], now)).toMatchObject([{ byThisDesk: true, reason: 'manual' }]);
    expect(observeChanges(before(tile('a', ['b'])), after, [{ key, sequence: 'b', at: now - 120_000 }], now)).toMatchObject([{ byThisDesk: false }]);
    expect(observeChanges(before(tile('a', ['b'])), after, [{ key: 'other/live/x', sequence: 'b', at: now }], now)).toMatchObject([{ byThisDesk: false }]);
  });

  it('reports a stream leaving and coming back on the air, not as a switch', () => {
    expect(observeChanges(before(tile('a', ['b'])), [tile('a', ['b'], [], 'notListed')], [], now)).toEqual([{ kind: 'offAir', key }]);
    expect(observeChanges(before(tile('a', ['b'], [], 'notListed')), [tile('b', ['a'])], [], now)).toEqual([{ kind: 'backOnAir', key }]);
  });

  it('reports a lost and a regained standby', () => {
    expect(observeChanges(before(tile('a', ['b'])), [tile('a', [])], [], now)).toEqual([{ kind: 'standbyLost', key }]);
    expect(observeChanges(before(tile('a', [])), [tile('a', ['b'])], [], now)).toEqual([{ kind: 'standbyBack', key }]);
  });

  it('reports nothing on air while encoders still push: the moment a manual-mode desk must act', () => {
    expect(observeChanges(before(tile('a', ['b'])), [tile(null, ['b'])], [], now)).toEqual([{ kind: 'masterLost', key }]);
  });

  it('sees nothing new in a failed read or a first read', () => {
    const failed = { ...tile('b', ['a']), readError: appError('cloud.offline') };
    expect(observeChanges(before(tile('a', ['b'])), [failed], [], now)).toEqual([]);
    expect(observeChanges(new Map(), [tile('a', ['b'])], [], now)).toEqual([]);
  });
});
