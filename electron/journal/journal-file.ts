import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { JournalEntry } from '../../shared/domain/journal';
import { parseJsonAs } from '../json-text';

/** The journal's file in a data folder. */
export function journalPath(dataDir: string): string {
  return path.join(dataDir, 'journal.jsonl');
}

/** Appends journal entries. */
export interface JournalWriter {
  append(entry: JournalEntry): Promise<void>;
}

/**
 * Appends one JSON line per entry, durably (fsync before resolving), to a file opened in append
 * mode: the app and `lcr` may write at once, and each line goes out in a single write so lines
 * never interleave. If the file ends in a torn line (a writer died mid-line), the next entry starts
 * on a fresh line so only the torn one is lost. Writes from this process are serialised.
 */
export function createJournalWriter(file: string): JournalWriter {
  let queue: Promise<void> = Promise.resolve();
  const write = async (entry: JournalEntry) => {
    const handle = await open(file, 'a+');
    try {
      const { size } = await handle.stat();
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      await handle.write(`${prefix}${JSON.stringify(JournalEntry.parse(entry))}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  };
  return {
    append(entry) {
      const next = queue.then(() => write(entry));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** What reading a journal found: the entries, and the lines that are not entries. */
export interface JournalContents {
  entries: JournalEntry[];
  /** Damaged lines (1-based line number and text), shown as such; they never hide the rest. */
  corrupt: { line: number; text: string }[];
  /** True when the last line was cut off mid-write (tolerated, not an error). */
  tornTail: boolean;
}

/** Reads a journal file; a missing file is an empty journal. */
export async function readJournal(file: string): Promise<JournalContents> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], corrupt: [], tornTail: false };
    throw thrown;
  }
  const lines = text.split('\n');
  const unterminated = lines.pop() ?? '';
  const contents: JournalContents = { entries: [], corrupt: [], tornTail: false };
  const take = (line: string, index: number) => {
    if (!line.trim()) return;
    const entry = parseJsonAs(JournalEntry, line);
    if (entry) contents.entries.push(entry);
    else contents.corrupt.push({ line: index + 1, text: line.slice(0, 500) });
  };
  lines.forEach(take);
  if (unterminated.trim()) {
    const before = contents.entries.length;
    take(unterminated, lines.length);
    if (contents.entries.length === before) {
      contents.corrupt.pop();
      contents.tornTail = true;
    }
  }
  return contents;
}
