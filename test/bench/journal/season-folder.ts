import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { journalFiles, journalPath } from '../../../electron/journal/journal-file';
import { seasonEntry } from './many-entries';

// A data folder holding a season's journal as a busy desk leaves it after rotations: the entries
// spread evenly over rotated files (oldest first) and the current `journal.jsonl`, with a line cut
// off by a crash every 25,000 entries. Both journal benchmarks (main's service and the screen)
// read the same folder.

/** The season's first entry, 2026-09-01 00:00 UTC; entry `n` is 20 s × n later. */
export const seasonStart = Date.UTC(2026, 8, 1);

/** What was written. */
export interface SeasonFolder {
  /** Entries written (damaged lines not counted). */
  entries: number;
  /** Journal files written: `files - 1` rotated ones and the current one. */
  files: number;
  /** Every journal file's size together. */
  bytes: number;
}

/** Writes `entries` season entries (a multiple of `files`) into `dataDir` as `files` journal files. */
export async function writeSeasonFolder(dataDir: string, entries: number, files: number): Promise<SeasonFolder> {
  const perFile = entries / files;
  for (let file = 0; file < files; file += 1) {
    const lines: string[] = [];
    for (let n = file * perFile; n < (file + 1) * perFile; n += 1) {
      lines.push(JSON.stringify(seasonEntry(n, seasonStart)));
      if (n % 25_000 === 7) lines.push('{"v":1,"kind":"call","id":"torn by a crash"');
    }
    const name = file === files - 1 ? journalPath(dataDir) : path.join(dataDir, `journal-2026090${file + 1}T000000000Z-1-${file + 1}.jsonl`);
    await writeFile(name, `${lines.join('\n')}\n`);
  }
  const bytes = (await Promise.all((await journalFiles(dataDir)).map((file) => readFile(file)))).reduce((sum, buffer) => sum + buffer.length, 0);
  return { entries, files, bytes };
}
