import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../../shared/domain/journal';
import { JournalFilter, journalActionOf, journalPredicate, journalSourceOf, matchesJournalFilter } from '../../../../shared/domain/journal-query';
import { journalEntry } from '../../support/journal-entries';
import { observedJournalEntry, switchJournalEntry } from '../../support/journal-entry-kinds';

const key = 'live.example.com/live/match1';

const call = journalEntry({ id: 'call', time: '2026-11-22T20:00:00.000Z' });
const relayCall = journalEntry({
  id: 'relay',
  time: '2026-11-22T21:00:00.000Z',
  provider: 'volcengine',
  profileId: 'volc-main',
  profileName: '火山 · 主账号',
  accessKeyIdMasked: 'AKLT****QxZ',
  user: 'ops',
  host: 'desk-2',
  origin: 'cli',
  action: 'CreatePullToPushGroup',
  target: '赛事直播',
  params: { Name: '赛事直播', ProjectName: 'default', Tags: [{ Key: 'show', Value: 'Finale' }] },
  requestId: '20261122210000ABCDEF',
  outcome: 'failed',
  errorCode: 'relay.groupExists',
});
const unknownCall = journalEntry({ id: 'unknown', time: '2026-11-22T22:00:00.000Z', action: 'StopCaster', target: 'caster-9', outcome: 'unknown' });
const switched = switchJournalEntry({ id: 'switch', time: '2026-11-22T20:00:01.000Z' });
const observed = observedJournalEntry(
  { kind: 'masterChanged', key, from: 'main_2', to: 'main_1', reason: 'noData', rawReason: 'master stream no data', byThisDesk: false },
  { id: 'observed', time: '2026-11-22T20:30:00.000Z' },
);
const offAir = observedJournalEntry({ kind: 'offAir', key }, { id: 'offAir', time: '2026-11-22T23:00:00.000Z' });

const entries: JournalEntry[] = [call, switched, observed, relayCall, unknownCall, offAir];
const ids = (filter: JournalFilter): string[] => entries.filter(journalPredicate(filter)).map((entry) => entry.id);

describe('journalActionOf', () => {
  it('names a call by its API action, a switch as switch and a seen change as observed.<kind>', () => {
    expect(journalActionOf(call)).toBe('SetLiveDomainMultiStreamMaster');
    expect(journalActionOf(relayCall)).toBe('CreatePullToPushGroup');
    expect(journalActionOf(switched)).toBe('switch');
    expect(journalActionOf(observed)).toBe('observed.masterChanged');
    for (const kind of ['offAir', 'backOnAir', 'masterLost', 'standbyLost', 'standbyBack'] as const) {
      expect(journalActionOf(observedJournalEntry({ kind, key }))).toBe(`observed.${kind}`);
    }
  });

  it('puts calls and switches on this desk, seen changes on observed', () => {
    expect([call, switched, observed].map(journalSourceOf)).toEqual(['desk', 'desk', 'observed']);
  });
});

describe('JournalFilter', () => {
  it('accepts every field, with ISO bounds in UTC or with an offset', () => {
    const filter = { from: '2026-11-22T20:00:00Z', to: '2026-11-23T04:00:00+08:00', profileId: 'p1', provider: 'aliyun', action: 'switch', outcome: 'ok', source: 'desk', text: '赛事' };
    expect(JournalFilter.parse(filter)).toEqual(filter);
    expect(JournalFilter.parse({})).toEqual({});
  });

  it('refuses what a hostile or mistaken payload could send', () => {
    for (const bad of [
      { extra: 1 },
      { from: 'yesterday' },
      { to: 12 },
      { text: 'x'.repeat(201) },
      { action: 'A'.repeat(129) },
      { action: '' },
      { profileId: 'Not A Profile' },
      { provider: 'aws' },
      { outcome: 'maybe' },
      { source: 'elsewhere' },
    ]) {
      expect(JournalFilter.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
  });
});

describe('matchesJournalFilter', () => {
  it('lets everything through an empty filter, and blank text', () => {
    expect(ids({})).toEqual(entries.map((entry) => entry.id));
    expect(ids({ text: '   ' })).toEqual(entries.map((entry) => entry.id));
  });

  it('takes from inclusive and to exclusive, compared as instants', () => {
    expect(ids({ from: '2026-11-22T20:00:01.000Z' })).toEqual(['switch', 'observed', 'relay', 'unknown', 'offAir']);
    expect(ids({ to: '2026-11-22T20:00:01.000Z' })).toEqual(['call']);
    expect(ids({ from: '2026-11-22T20:00:00Z', to: '2026-11-22T21:00:00Z' })).toEqual(['call', 'switch', 'observed']);
    expect(ids({ from: '2026-11-23T05:00:00+08:00', to: '2026-11-23T06:00:00+08:00' })).toEqual(['relay']);
  });

  it('leaves out an entry whose time cannot be read once a bound is set', () => {
    const garbled = journalEntry({ time: 'not a time' });
    expect(matchesJournalFilter(garbled, {})).toBe(true);
    expect(matchesJournalFilter(garbled, { from: '2000-01-01T00:00:00Z' })).toBe(false);
  });

  it('filters by profile, provider, action and source', () => {
    expect(ids({ profileId: 'volc-main' })).toEqual(['relay']);
    expect(ids({ provider: 'aliyun' })).toEqual(['call', 'switch', 'observed', 'unknown', 'offAir']);
    expect(ids({ action: 'switch' })).toEqual(['switch']);
    expect(ids({ action: 'observed.offAir' })).toEqual(['offAir']);
    expect(ids({ action: 'StopCaster' })).toEqual(['unknown']);
    expect(ids({ source: 'desk' })).toEqual(['call', 'switch', 'relay', 'unknown']);
    expect(ids({ source: 'observed' })).toEqual(['observed', 'offAir']);
  });

  it('filters by outcome, which an observed change never has', () => {
    expect(ids({ outcome: 'ok' })).toEqual(['call', 'switch']);
    expect(ids({ outcome: 'failed' })).toEqual(['relay']);
    expect(ids({ outcome: 'unknown' })).toEqual(['unknown']);
  });

  it('needs every set field to match', () => {
    expect(ids({ provider: 'aliyun', source: 'desk', outcome: 'ok', text: 'main_2' })).toEqual(['switch']);
    expect(ids({ provider: 'volcengine', outcome: 'ok' })).toEqual([]);
  });

  it('finds free text in any case, Chinese and full-width too', () => {
    expect(ids({ text: '赛事' })).toEqual(['relay']);
    expect(ids({ text: '火山' })).toEqual(['relay']);
    expect(ids({ text: 'FINALE' })).toEqual(['relay']);
    expect(ids({ text: 'ｆｉｎａｌｅ' })).toEqual(['relay']);
  });

  it('finds free text in every field an operator would quote', () => {
    const found: [string, string[]][] = [
      ['caster-9', ['unknown']],
      ['createpulltopush', ['relay']],
      ['a57fbfd7-fc9a', ['call', 'switch', 'unknown']],
      ['20261122210000abcdef', ['relay']],
      ['relay.groupexists', ['relay']],
      ['evening news', ['call', 'switch', 'observed', 'unknown', 'offAir']],
      ['volc-main', ['relay']],
      ['OPS', ['relay']],
      ['desk-2', ['relay']],
      ['aklt****', ['relay']],
      ['"projectname":"default"', ['relay']],
      ['streamname', ['call', 'unknown']],
      ['master stream no data', ['observed']],
      ['observed.offair', ['offAir']],
    ];
    for (const [text, expected] of found) expect(ids({ text }), text).toEqual(expected);
  });

  it('finds a switch and a seen master change by the upstreams they name', () => {
    expect(ids({ text: 'main_1' })).toEqual(['switch', 'observed']);
  });

  it('answers the same one entry at a time as through the prepared predicate', () => {
    const filter: JournalFilter = { source: 'desk', text: 'a57' };
    expect(entries.filter((entry) => matchesJournalFilter(entry, filter))).toEqual(entries.filter(journalPredicate(filter)));
  });
});
