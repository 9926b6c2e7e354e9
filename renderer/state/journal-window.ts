import type { JournalLine } from '../../shared/domain/journal-view';

// The arithmetic of the journal's windows: which window holds a row, and which windows to keep as
// the table scrolls.

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
