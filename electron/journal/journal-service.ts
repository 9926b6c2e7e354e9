import { journalCsv, journalJson } from '../../shared/domain/journal-export';
import type { JournalFacets } from '../../shared/domain/journal-facets';
import { journalPredicate, type JournalFilter } from '../../shared/domain/journal-query';
import type { JournalEntry } from '../../shared/domain/journal';
import type { JournalExport, JournalExportFormat, JournalLine, JournalPage } from '../../shared/domain/journal-view';
import type { Locale } from '../../shared/domain/settings';
import type { JournalIndex } from './journal-index';

/**
 * The journal as the screen and `lcr journal` ask for it: filtered, newest first, a window at a
 * time. The last filter's matches are kept until the filter or the journal changes, so scrolling
 * through 100,000 entries filters them once.
 */
export interface JournalService {
  page(filter: JournalFilter, offset: number, limit: number): Promise<JournalPage>;
  /** Every matching entry, oldest first, for an export (damaged lines are not entries and are left out). */
  entries(filter: JournalFilter): Promise<JournalEntry[]>;
  /** The matching entries as a file: CSV with its words in `locale`, or JSON as stored. */
  exported(filter: JournalFilter, format: JournalExportFormat, locale: Locale): Promise<JournalExport>;
  /** What the filter pickers offer, over every entry of every journal file (kept by the index as it reads). */
  facets(): Promise<JournalFacets>;
  /** Reads what was appended since the last look (the app and `lcr` both write). */
  refresh(): Promise<number>;
  onAppended(listener: (added: number) => void): () => void;
}

/** `journal-20261123-2015.csv`: when the export was made, in the desk's local time, to the minute. */
function exportName(at: Date, format: JournalExportFormat): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `journal-${stamp}.${format}`;
}

/** Creates the service over a journal index. */
export function createJournalService(index: JournalIndex, now: () => Date = () => new Date()): JournalService {
  let cached: { key: string; length: number; matches: JournalLine[] } | null = null;

  /**
   * The matching lines, oldest first. A damaged line has no time, profile or outcome to filter by:
   * it is listed when nothing but words is asked for and it holds them, so an unfiltered journal
   * shows every one where it is, and a filtered one shows only what the filter asked for.
   */
  const matching = async (filter: JournalFilter): Promise<JournalLine[]> => {
    const lines = await index.lines();
    const key = JSON.stringify(filter);
    if (cached?.key === key && cached.length === lines.length) return cached.matches;
    const accept = journalPredicate(filter);
    const { text = '', ...rest } = filter;
    const showDamaged = Object.keys(rest).length === 0;
    const words = text.trim().toLowerCase();
    const matches = lines.filter((line) => (line.kind === 'entry' ? accept(line.entry) : showDamaged && line.text.toLowerCase().includes(words)));
    cached = { key, length: lines.length, matches };
    return matches;
  };

  const entries = async (filter: JournalFilter): Promise<JournalEntry[]> => (await matching(filter)).flatMap((line) => (line.kind === 'entry' ? [line.entry] : []));

  return {
    async page(filter, offset, limit) {
      const matches = await matching(filter);
      const end = Math.max(0, matches.length - offset);
      return { lines: matches.slice(Math.max(0, end - limit), end).reverse(), total: matches.length };
    },
    entries,
    async exported(filter, format, locale) {
      const found = await entries(filter);
      return { fileName: exportName(now(), format), text: format === 'csv' ? journalCsv(found, locale) : journalJson(found), entries: found.length };
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
