import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../../shared/domain/journal';
import { createJournalFacetTally, JournalFacets, noJournalFacets, type JournalFacetTally } from '../../../../shared/domain/journal-facets';
import { journalEntry } from '../../support/journal-entries';
import { observedJournalEntry, switchJournalEntry } from '../../support/journal-entry-kinds';

// The pickers' values tallied one entry at a time: distinct, sorted, a renamed profile under its
// newest name, and the sorted answer kept until an entry changes it.

const key = 'live.example.com/live/match1';
const relayCall = journalEntry({ id: 'relay', provider: 'volcengine', profileId: 'volc-main', profileName: '火山 · 主账号', accessKeyIdMasked: 'AKLT****QxZ', action: 'CreatePullToPushGroup' });
const entries: JournalEntry[] = [
  journalEntry({ id: 'call' }),
  switchJournalEntry({ id: 'switch' }),
  observedJournalEntry({ kind: 'offAir', key }, { id: 'offAir' }),
  relayCall,
  journalEntry({ id: 'stop', action: 'StopCaster' }),
  journalEntry({ id: 'again' }),
];

const tallyOf = (added: readonly JournalEntry[]): JournalFacetTally => {
  const tally = createJournalFacetTally();
  for (const entry of added) tally.add(entry);
  return tally;
};

describe('the journal facet tally', () => {
  it('offers each profile and action once, profiles by name then id, actions in code-unit order', () => {
    const facets = tallyOf(entries).facets();
    expect(facets).toEqual({
      profiles: [
        { id: 'p1', name: 'Evening news', provider: 'aliyun', accessKeyIdMasked: 'LTAI****9P6' },
        { id: 'volc-main', name: '火山 · 主账号', provider: 'volcengine', accessKeyIdMasked: 'AKLT****QxZ' },
      ],
      actions: ['CreatePullToPushGroup', 'SetLiveDomainMultiStreamMaster', 'StopCaster', 'observed.offAir', 'switch'],
    });
    expect(JournalFacets.parse(facets)).toEqual(facets);
    const twins = tallyOf([journalEntry({ profileId: 'p2', profileName: 'Same' }), journalEntry({ profileId: 'p1', profileName: 'Same' })]).facets();
    expect(twins.profiles.map((profile) => profile.id)).toEqual(['p1', 'p2']);
  });

  it('names a renamed profile (and its key id) as its newest entry does, whatever the order', () => {
    const older = journalEntry({ time: '2026-11-01T00:00:00Z', profileName: 'Old name', accessKeyIdMasked: 'LTAI****OLD' });
    const newer = journalEntry({ time: '2026-11-02T00:00:00Z', profileName: 'New name' });
    const unreadable = journalEntry({ time: 'yesterday', profileName: 'No time' });
    for (const order of [[older, newer], [newer, older], [older, newer, unreadable], [unreadable, newer, older]]) {
      expect(tallyOf(order).facets().profiles).toEqual([{ id: 'p1', name: 'New name', provider: 'aliyun', accessKeyIdMasked: 'LTAI****9P6' }]);
    }
  });

  it('keeps the sorted answer until an added entry changes it, and offers nothing for an empty journal', () => {
    expect(createJournalFacetTally().facets()).toEqual(noJournalFacets);
    const tally = tallyOf(entries);
    const before = tally.facets();
    tally.add(journalEntry({ id: 'known', time: '2026-11-23T00:00:00Z' }));
    expect(tally.facets()).toBe(before);
    tally.add(journalEntry({ id: 'new', time: '2026-11-23T00:00:01Z', action: 'DeleteCaster' }));
    expect(tally.facets()).not.toBe(before);
    expect(tally.facets().actions).toEqual(['CreatePullToPushGroup', 'DeleteCaster', 'SetLiveDomainMultiStreamMaster', 'StopCaster', 'observed.offAir', 'switch']);
    const renamed = tally.facets();
    tally.add(journalEntry({ id: 'renamed', time: '2026-11-23T00:00:02Z', profileName: 'Late news' }));
    expect(tally.facets()).not.toBe(renamed);
    expect(tally.facets().profiles.map((profile) => profile.name)).toEqual(['Late news', '火山 · 主账号']);
  });
});
