import { journalFacets, type JournalProfileFacet } from '../../shared/domain/journal-query';
import type { JournalEntry } from '../../shared/domain/journal';
import type { JournalLine } from '../../shared/domain/journal-view';

// The arithmetic of the journal's windows: which window holds a row, which windows to keep as the
// table scrolls, and what the filter pickers can offer from the lines read so far.

/** Lines per request: a few screens of rows, one quick answer from main. */
export const journalPageSize = 200;

/** Windows kept at most: the ones around the rows in view; the rest are read again when scrolled back to. */
export const keptPages = 6;

/** The window that holds row `index` (0 is the newest line). */
export function pageOf(index: number): number {
  return Math.floor(index / journalPageSize);
}

/** The line at row `index`, or undefined while its window is not read. */
export function lineAt(pages: Readonly<Record<number, readonly JournalLine[]>>, index: number): JournalLine | undefined {
  return pages[pageOf(index)]?.[index % journalPageSize];
}

/** The windows with only the `keptPages` nearest to `focus` (the one just read) left. */
export function keptAround(pages: Readonly<Record<number, readonly JournalLine[]>>, focus: number): Record<number, readonly JournalLine[]> {
  const nearest = Object.keys(pages)
    .map(Number)
    .sort((a, b) => Math.abs(a - focus) - Math.abs(b - focus) || a - b)
    .slice(0, keptPages);
  const kept: Record<number, readonly JournalLine[]> = {};
  for (const page of nearest) kept[page] = pages[page] ?? [];
  return kept;
}

/** The profiles and actions the filter pickers offer: those of the entries read so far. */
export interface SeenFacets {
  /** By name, then id. */
  profiles: readonly JournalProfileFacet[];
  /** Sorted. */
  actions: readonly string[];
}

/** Nothing read yet. */
export const noneSeen: SeenFacets = { profiles: [], actions: [] };

/**
 * What was seen, plus the entries of `lines`; the same object when they add nothing, so the
 * pickers do not redraw at every window. A profile keeps the name it was first seen under.
 */
export function mergeSeen(seen: SeenFacets, lines: readonly JournalLine[]): SeenFacets {
  const entries: JournalEntry[] = lines.flatMap((line) => (line.kind === 'entry' ? [line.entry] : []));
  const found = journalFacets(entries);
  const knownIds = new Set(seen.profiles.map((profile) => profile.id));
  const newProfiles = found.profiles.filter((profile) => !knownIds.has(profile.id));
  const newActions = found.actions.filter((action) => !seen.actions.includes(action));
  if (newProfiles.length === 0 && newActions.length === 0) return seen;
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    profiles: [...seen.profiles, ...newProfiles].sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id)),
    actions: [...seen.actions, ...newActions].sort(byText),
  };
}
