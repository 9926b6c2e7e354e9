import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createJournalFacetTally, type JournalFacets, type JournalFacetTally } from '../../shared/domain/journal-facets';
import type { JournalLine } from '../../shared/domain/journal-view';
import { journalFiles, journalPath } from './journal-file';
import { readJournalLines, type JournalLineSink } from './journal-read';

/**
 * Every line of a data folder's journal — the rotated files and the current one — in the order
 * written, kept in memory and followed as the app or `lcr` appends, so the journal screen filters
 * 100,000 entries without reading a file per keystroke. The filter pickers' values are tallied as
 * each entry is read, so they never cost a pass over the lines.
 */
export interface JournalIndex {
  /** Every line so far, oldest first (read on first use). */
  lines(): Promise<readonly JournalLine[]>;
  /** The distinct profiles and actions of every entry so far, for the filter pickers. */
  facets(): Promise<JournalFacets>;
  /**
   * Reads what was appended since the last look; answers the new lines (all of them after a
   * rotation elsewhere). Before the journal is first read there is no last look: nothing is read
   * (the first read takes it all), so the app's own writes never make it read a journal no one opened.
   */
  refresh(): Promise<readonly JournalLine[]>;
  onAppended(listener: (added: readonly JournalLine[]) => void): () => void;
}

/** Where the index stopped in the current file, to read on from there. */
interface Followed {
  ino: number;
  offset: number;
  nextLine: number;
}

/** Creates the index of `dataDir`'s journal; nothing is read until it is first asked. */
export function createJournalIndex(dataDir: string): JournalIndex {
  const current = journalPath(dataDir);
  let all: JournalLine[] = [];
  let tally = createJournalFacetTally();
  let followed: Followed | null = null;
  let loading: Promise<void> | null = null;
  let reading: Promise<readonly JournalLine[]> = Promise.resolve([]);
  const listeners = new Set<(added: readonly JournalLine[]) => void>();

  const sinkInto = (lines: JournalLine[], facets: JournalFacetTally, file: string): JournalLineSink => ({
    entry: (entry) => {
      lines.push({ kind: 'entry', entry });
      facets.add(entry);
    },
    corrupt: (line, text) => lines.push({ kind: 'corrupt', file: path.basename(file), line, text }),
  });
  const inoOf = async (file: string) => (await stat(file).catch(() => null))?.ino ?? 0;

  /** Reads every file into a fresh list and tally, so a re-read never counts an entry twice. */
  const loadAll = async (): Promise<void> => {
    const lines: JournalLine[] = [];
    const facets = createJournalFacetTally();
    for (const file of await journalFiles(dataDir)) {
      const ino = file === current ? await inoOf(file) : 0;
      const end = await readJournalLines(file, 0, sinkInto(lines, facets, file));
      if (file === current) followed = { ino, offset: end.offset, nextLine: 1 + end.lines };
    }
    all = lines;
    tally = facets;
  };
  const load = () => {
    loading ??= loadAll();
    return loading;
  };

  const readOn = async (): Promise<readonly JournalLine[]> => {
    if (!loading) return [];
    await loading;
    const ino = await inoOf(current);
    const size = (await stat(current).catch(() => null))?.size ?? 0;
    let added: JournalLine[];
    if (!followed || ino !== followed.ino || size < followed.offset) {
      // Rotated (or replaced) by another writer: read everything again, and say what is new.
      const before = all.length;
      await loadAll();
      added = all.slice(Math.min(before, all.length));
    } else {
      added = [];
      const end = await readJournalLines(current, followed.offset, sinkInto(added, tally, current), followed.nextLine);
      followed = { ino, offset: end.offset, nextLine: followed.nextLine + end.lines };
      all.push(...added);
    }
    if (added.length > 0) for (const listener of listeners) listener(added);
    return added;
  };

  return {
    async lines() {
      await load();
      return all;
    },
    async facets() {
      await load();
      return tally.facets();
    },
    refresh() {
      // One read at a time, so two looks never take the same bytes twice.
      reading = reading.then(readOn, readOn);
      return reading;
    },
    onAppended(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
