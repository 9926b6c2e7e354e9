import { describe, expect, it } from 'vitest';
import type { DualIngestChange, DualIngestUpstream } from '../../../../shared/domain/live-streams';
import { chooseStandby } from '../../../../shared/domain/standby-choice';

const now = Date.parse('2026-11-22T20:00:00Z');
const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
const up = (sequence: string, sinceMinutesAgo: number, master = false): DualIngestUpstream => ({ sequence, ip: '10.0.0.1', since: at(sinceMinutesAgo), master });
const change = (sequence: string, reason: DualIngestChange['reason'], minutesAgo: number): DualIngestChange => ({ at: at(minutesAgo), reason, rawReason: reason, sequence, ip: '10.0.0.1' });

describe('which standby "the standby" is', () => {
  it('is the only standby when there is one', () => {
    expect(chooseStandby({ upstreams: [up('a', 60, true), up('b', 30)], changes: [] }, now)).toEqual({ kind: 'only', sequence: 'b' });
  });

  it('is the one connected longest among several', () => {
    const stream = { upstreams: [up('a', 90, true), up('b', 20), up('c', 45)], changes: [] };
    expect(chooseStandby(stream, now)).toEqual({ kind: 'steadiest', sequence: 'c' });
  });

  it('passes over a standby that lost the air to no data or low quality in the last minutes', () => {
    // c was on air, lost it to a no-data handover to a 2 minutes ago: c is not "the standby" now.
    const stream = { upstreams: [up('a', 90, true), up('b', 20), up('c', 45)], changes: [change('a', 'noData', 2), change('c', 'manual', 30)] };
    expect(chooseStandby(stream, now)).toEqual({ kind: 'steadiest', sequence: 'b' });
    // Ten minutes later c is trusted again.
    expect(chooseStandby(stream, now + 10 * 60_000)).toEqual({ kind: 'steadiest', sequence: 'c' });
  });

  it('does not blame anyone for a handover it cannot attribute, nor for a manual switch', () => {
    const stream = { upstreams: [up('a', 90, true), up('b', 20), up('c', 45)], changes: [change('a', 'lowQuality', 1)] };
    expect(chooseStandby(stream, now)).toEqual({ kind: 'steadiest', sequence: 'c' });
    const manual = { upstreams: [up('a', 90, true), up('b', 20), up('c', 45)], changes: [change('a', 'manual', 1), change('c', 'manual', 5)] };
    expect(chooseStandby(manual, now)).toEqual({ kind: 'steadiest', sequence: 'c' });
  });

  it('leaves the choice to the operator when every standby just failed, or two are equally steady', () => {
    const bothFailed = { upstreams: [up('a', 90, true), up('b', 20), up('c', 45)], changes: [change('a', 'noData', 1), change('b', 'noData', 2), change('c', 'manual', 3)] };
    expect(chooseStandby(bothFailed, now)).toEqual({ kind: 'choose', candidates: ['b', 'c'] });
    const tie = { upstreams: [up('a', 90, true), up('b', 45), up('c', 45)], changes: [] };
    expect(chooseStandby(tie, now)).toEqual({ kind: 'choose', candidates: ['b', 'c'] });
  });

  it('picks nothing while no single upstream is on air', () => {
    expect(chooseStandby({ upstreams: [up('a', 90), up('b', 20)], changes: [] }, now)).toEqual({ kind: 'choose', candidates: ['a', 'b'] });
    expect(chooseStandby({ upstreams: [up('a', 90, true), up('b', 20, true)], changes: [] }, now)).toEqual({ kind: 'choose', candidates: ['a', 'b'] });
    expect(chooseStandby({ upstreams: [up('a', 90, true)], changes: [] }, now)).toEqual({ kind: 'choose', candidates: [] });
  });
});
