import { open, readdir, rename, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { JournalEntry } from '../../shared/domain/journal';
import { readJournalLines, type JournalContents } from './journal-read';

export { type JournalContents } from './journal-read';

/** The journal's file in a data folder: the one entries are appended to. */
export function journalPath(dataDir: string): string {
  return path.join(dataDir, 'journal.jsonl');
}

/** Rotated journal files are named for when they were set aside (and by whom), so their names sort by age. */
const archivePattern = /^journal-\d{8}T\d{9}Z-\d+-\d+\.jsonl$/;

/**
 * The journal's files in a data folder, oldest first: every rotated one, then the current one.
 * Rotation only ever renames, so a search over these finds every entry ever written.
 */
export async function journalFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(dataDir).catch((thrown: NodeJS.ErrnoException) => {
    if (thrown.code === 'ENOENT') return [] as string[];
    throw thrown;
  });
  const archives = names.filter((name) => archivePattern.test(name)).sort();
  return [...archives.map((name) => path.join(dataDir, name)), journalPath(dataDir)];
}

/** Appends journal entries. */
export interface JournalWriter {
  append(entry: JournalEntry): Promise<void>;
}

/** How the writer rotates: a file grows to about this size, then is set aside under a dated name. */
export interface JournalWriterOptions {
  maxBytes?: number;
}

/** 16 MiB: some 30,000 entries, a season of shows, read in well under a second. */
const defaultMaxBytes = 16 * 1024 * 1024;

const stampOf = (date: Date) => date.toISOString().replace(/[-:.]/g, '');
/** Rotations made by this process, so two writers in it never pick the same name either. */
let rotations = 0;

/**
 * Sets the current file aside by renaming it to a dated name that also carries this process's id
 * and a count, so no two writers ever pick the same name and no archive is replaced. A rename
 * moves, never copies, so no entry can be read twice; a writer that still holds the old file open
 * appends to the archive, so none is lost. If another writer rotated first (the name now points at
 * a newer file), this one leaves it alone.
 */
async function rotate(file: string, handle: FileHandle): Promise<void> {
  const [held, current] = await Promise.all([handle.stat(), stat(file).catch(() => null)]);
  if (!current || current.ino !== held.ino) return;
  const archive = path.join(path.dirname(file), `journal-${stampOf(new Date())}-${process.pid}-${(rotations += 1)}.jsonl`);
  await rename(file, archive).catch((thrown: NodeJS.ErrnoException) => {
    if (thrown.code !== 'ENOENT') throw thrown;
  });
}

/**
 * Appends one JSON line per entry, durably (fsync before resolving), to a file opened in append
 * mode: the app and `lcr` may write at once, and each line goes out in a single write so lines
 * never interleave. If the file ends in a torn line (a writer died mid-line), the next entry starts
 * on a fresh line so only the torn one is lost. Once the file has reached `maxBytes` it is set
 * aside (rotate) and a new one begun. Writes from this process are serialised.
 */
export function createJournalWriter(file: string, options: JournalWriterOptions = {}): JournalWriter {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  let queue: Promise<void> = Promise.resolve();
  const openCurrent = async (): Promise<FileHandle> => {
    const handle = await open(file, 'a+');
    if ((await handle.stat()).size < maxBytes) return handle;
    try {
      await rotate(file, handle);
    } finally {
      await handle.close();
    }
    return open(file, 'a+');
  };
  const write = async (entry: JournalEntry) => {
    const handle = await openCurrent();
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

/** Reads one journal file whole; a missing file is an empty journal. */
export async function readJournal(file: string): Promise<JournalContents> {
  const contents: JournalContents = { entries: [], corrupt: [], tornTail: false };
  const end = await readJournalLines(file, 0, {
    entry: (entry) => contents.entries.push(entry),
    corrupt: (line, text) => contents.corrupt.push({ line, text }),
  });
  contents.tornTail = end.tornTail;
  return contents;
}
