import { journalExportRun } from '../../shared/domain/journal-export';
import type { JournalFacets } from '../../shared/domain/journal-facets';
import { journalFilterRun, type JournalFilterRun, type JournalSearchTexts } from '../../shared/domain/journal-line-filter';
import type { JournalFilter } from '../../shared/domain/journal-query';
import type { JournalEntry } from '../../shared/domain/journal';
import type { JournalExport, JournalExportFormat, JournalLine, JournalPage } from '../../shared/domain/journal-view';
import type { Locale } from '../../shared/domain/settings';
import type { JournalIndex } from './journal-index';
import { createSliceRunner, type SliceRunner } from './journal-slices';

/**
 * The journal as the screen and `lcr journal` ask for it: filtered, newest first, a window at a
 * time. The last few filters' matches are kept (and extended by what is appended), so scrolling
 * through 100,000 entries, or going back to a filter just used, filters them once.
 */
export interface JournalService {
  page(filter: JournalFilter, offset: number, limit: number): Promise<JournalPage>;
  /** Every matching entry, oldest first, for an export (damaged lines are not entries and are left out). */
  entries(filter: JournalFilter): Promise<JournalEntry[]>;
  /** The matching entries as a file: CSV with its words in `locale`, or JSON as stored. */
  exported(filter: JournalFilter, format: JournalExportFormat, locale: Locale): Promise<JournalExport>;
  /** What the filter pickers offer, over every entry of every journal file (kept by the index as it reads). */
  facets(): Promise<JournalFacets>;
  /** Reads what was appended since the last look (the app and `lcr` both write); nothing before the journal is first read. */
  refresh(): Promise<number>;
  onAppended(listener: (added: number) => void): () => void;
}

/** `journal-20261123-2015.csv`: when the export was made, in the desk's local time, to the minute. */
function exportName(at: Date, format: JournalExportFormat): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `journal-${stamp}.${format}`;
}

/** How many filters' matches are kept: the screen's few recent choices, so going back to one is not filtered again. */
const keptResults = 4;

/** A filter's matches over the index's list of lines as it was when counted. */
interface Kept {
  lines: readonly JournalLine[];
  length: number;
  matches: JournalLine[];
}

/**
 * Creates the service over a journal index. Filtering runs a slice at a time on `runner`, so main
 * answers a take while 100,000 lines are searched; the newest request is answered first.
 */
export function createJournalService(index: JournalIndex, now: () => Date = () => new Date(), runner: SliceRunner = createSliceRunner()): JournalService {
  // Most recently used last; only results over the index's current list of lines are kept.
  const kept = new Map<string, Kept>();
  const running = new Map<string, JournalFilterRun>();
  // The lines' searchable texts, for the index's current list (a new list after a rotation elsewhere).
  let searchTexts: { lines: readonly JournalLine[]; texts: JournalSearchTexts } | null = null;
  const textsOf = (lines: readonly JournalLine[]): JournalSearchTexts => {
    if (searchTexts?.lines !== lines) searchTexts = { lines, texts: new Array<string | undefined>(lines.length) };
    return searchTexts.texts;
  };

  const keep = (key: string, result: Kept) => {
    for (const [other, { lines }] of kept) if (lines !== result.lines) kept.delete(other);
    kept.delete(key);
    kept.set(key, result);
    for (const oldest of kept.keys()) if (kept.size > keptResults) kept.delete(oldest);
  };

  /**
   * The matching lines, oldest first: kept, or filtered (for lines appended since a result was
   * kept, only those), or the run already on its way for the same filter.
   */
  const matching = async (filter: JournalFilter): Promise<JournalLine[]> => {
    const key = JSON.stringify(filter);
    for (;;) {
      const lines = await index.lines();
      const known = kept.get(key);
      if (known?.lines === lines && known.length === lines.length) {
        keep(key, known);
        return known.matches;
      }
      const inFlight = running.get(key);
      if (inFlight) {
        await runner.run(inFlight);
        continue;
      }
      const from = known?.lines === lines ? known.length : 0;
      const run = journalFilterRun(lines, filter, textsOf(lines), from, lines.length, from > 0 && known ? [...known.matches] : []);
      running.set(key, run);
      try {
        await runner.run(run);
      } finally {
        running.delete(key);
      }
      keep(key, { lines, length: run.to, matches: run.matches });
    }
  };

  // A plain loop: flatMap's array per line held main ~20 ms over 100,000 lines.
  const entries = async (filter: JournalFilter): Promise<JournalEntry[]> => {
    const found: JournalEntry[] = [];
    for (const line of await matching(filter)) if (line.kind === 'entry') found.push(line.entry);
    return found;
  };

  return {
    async page(filter, offset, limit) {
      const matches = await matching(filter);
      const end = Math.max(0, matches.length - offset);
      return { lines: matches.slice(Math.max(0, end - limit), end).reverse(), total: matches.length };
    },
    entries,
    async exported(filter, format, locale) {
      const found = await entries(filter);
      const run = journalExportRun(found, format, locale);
      await runner.run(run);
      return { fileName: exportName(now(), format), text: run.text(), entries: found.length };
    },
    facets: () => index.facets(),
    async refresh() {
      return (await index.refresh()).length;
    },
    onAppended(listener) {
      return index.onAppended((added) => listener(added.length));
    },
  };
}
