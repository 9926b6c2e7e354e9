import type { JournalEntry } from './journal';
import { journalPredicate, journalSearchText, type JournalFilter } from './journal-query';
import type { JournalLine } from './journal-view';

/**
 * The filter over journal lines as the screen lists them. A damaged line has no time, profile or
 * outcome to filter by: it is listed when nothing but words is asked for and it holds them, so an
 * unfiltered journal shows every one where it is, and a filtered one shows only what was asked.
 */
export function journalLinePredicate(filter: JournalFilter, searchText?: (entry: JournalEntry) => string): (line: JournalLine) => boolean {
  const accept = journalPredicate(filter, searchText);
  const { text = '', ...rest } = filter;
  const showDamaged = Object.keys(rest).length === 0;
  const words = text.trim().toLowerCase();
  return (line) => (line.kind === 'entry' ? accept(line.entry) : showDamaged && line.text.toLowerCase().includes(words));
}

/**
 * How many lines a run filters between looks at whether its slice is over: a first search (which
 * makes each entry's searchable text) takes well under a millisecond for these, so a slice ends
 * close to its budget, and the look costs nothing beside the filtering.
 */
const linesBetweenLooks = 128;

/**
 * The journal filtered a slice at a time: 100,000 lines filtered in one go hold main's event loop
 * for up to half a second (the first search), and a take waits behind it. A run can be set aside
 * between slices and taken up again where it stopped, so nothing is filtered twice.
 */
export interface JournalFilterRun {
  /** Lines `0..to` of the list it was given are filtered once the run is done (lines appended later are not taken). */
  readonly to: number;
  /** The matching lines so far, oldest first. */
  readonly matches: JournalLine[];
  /** Filters on until every line is done or `over()` says the slice has had its time; answers whether every line is done. */
  advance(over: () => boolean): boolean;
}

/**
 * Each line's searchable text, by position in the index's list of lines, made by the first search
 * that needs it and kept for the next: a desk types one word after another over the same lines.
 */
export type JournalSearchTexts = (string | undefined)[];

/**
 * A run of `filter` over `lines[from..to)`, adding what it takes to `matches` — empty for a filter
 * not run before, or a kept result of lines `0..from` that lines appended since are added to.
 * Words are looked for in `texts`, which it fills where it has to make a line's text.
 */
export function journalFilterRun(lines: readonly JournalLine[], filter: JournalFilter, texts: JournalSearchTexts, from: number, to: number, matches: JournalLine[] = []): JournalFilterRun {
  let next = from;
  // Only ever asked for the entry of `lines[next]`, the line being filtered.
  const accept = journalLinePredicate(filter, (entry) => (texts[next] ??= journalSearchText(entry)));
  return {
    to,
    matches,
    advance(over) {
      while (next < to) {
        const stop = Math.min(to, next + linesBetweenLooks);
        for (; next < stop; next += 1) {
          const line = lines[next];
          if (line !== undefined && accept(line)) matches.push(line);
        }
        if (next < to && over()) return false;
      }
      return true;
    },
  };
}
