import { z } from 'zod';
import type { JournalEntry } from './journal';
import { journalActionOf } from './journal-query';
import { Provider } from './provider';

// What the journal screen's profile and action pickers offer: the distinct values of every entry
// ever written, tallied one entry at a time as main indexes and follows the journal, so asking
// for them costs nothing however long the journal is.

/**
 * A profile as the profile picker offers it, under the name and masked key id of its newest
 * entry, so the picker reads as the profile is called now and two profiles of one name can be
 * told apart.
 */
export const JournalProfileFacet = z.object({
  id: z.string(),
  name: z.string(),
  provider: Provider,
  accessKeyIdMasked: z.string(),
});
export type JournalProfileFacet = z.infer<typeof JournalProfileFacet>;

/**
 * What the pickers offer: only values some entry has, so no choice shows an empty journal. The
 * cloud, outcome and source pickers offer every value their type allows, so they are not here.
 */
export const JournalFacets = z.object({
  /** By name, then id. */
  profiles: z.array(JournalProfileFacet),
  /** Names from {@link journalActionOf}, sorted. */
  actions: z.array(z.string()),
});
export type JournalFacets = z.infer<typeof JournalFacets>;

/** Nothing to offer: an empty journal, or the screen before main answered. */
export const noJournalFacets: JournalFacets = { profiles: [], actions: [] };

/** The facets of the entries added so far, kept up to date one entry at a time. */
export interface JournalFacetTally {
  add(entry: JournalEntry): void;
  /** The facets, sorted; the same object until an added entry changes them. */
  facets(): JournalFacets;
}

/** Code-unit order: the same on every desk and in every locale, so a picker never reorders. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Creates an empty tally. Adding is a map look-up per entry; sorting waits until the facets are
 * asked for, and only after something changed, so appends of known values cost no sort at all.
 * A renamed profile takes the name of its newest entry (the later one on a tie), whatever order
 * the entries are added in; an entry whose time cannot be read never renames one that has a time.
 */
export function createJournalFacetTally(): JournalFacetTally {
  const profiles = new Map<string, JournalProfileFacet & { at: number }>();
  const actions = new Set<string>();
  let sorted: JournalFacets | null = null;
  return {
    add(entry) {
      const at = Date.parse(entry.time);
      const known = profiles.get(entry.profileId);
      if (!known || at >= known.at || Number.isNaN(known.at)) {
        const { profileId: id, profileName: name, provider, accessKeyIdMasked } = entry;
        if (!known || known.name !== name || known.provider !== provider || known.accessKeyIdMasked !== accessKeyIdMasked) sorted = null;
        profiles.set(id, { id, name, provider, accessKeyIdMasked, at });
      }
      const action = journalActionOf(entry);
      if (!actions.has(action)) {
        actions.add(action);
        sorted = null;
      }
    },
    facets() {
      sorted ??= {
        profiles: [...profiles.values()].map(({ id, name, provider, accessKeyIdMasked }) => ({ id, name, provider, accessKeyIdMasked })).sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id)),
        actions: [...actions].sort(byText),
      };
      return sorted;
    },
  };
}
