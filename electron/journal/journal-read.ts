import { createReadStream } from 'node:fs';
import { JournalEntry } from '../../shared/domain/journal';
import { parseJsonAs } from '../json-text';

/** What reading a journal found: the entries, and the lines that are not entries. */
export interface JournalContents {
  entries: JournalEntry[];
  /** Damaged lines (1-based line number and text), shown as such; they never hide the rest. */
  corrupt: { line: number; text: string }[];
  /** True when the last line was cut off mid-write (tolerated, not an error). */
  tornTail: boolean;
}

/** Where each line read goes. */
export interface JournalLineSink {
  entry(entry: JournalEntry, line: number): void;
  /** A line that is not an entry: its number and (the start of) its text. */
  corrupt(line: number, text: string): void;
}

/** Where a read stopped: the byte after the last line taken, the lines taken, and a torn last line. */
export interface JournalReadEnd {
  offset: number;
  lines: number;
  tornTail: boolean;
}

const newline = 0x0a;
const shownCorruptChars = 500;

/**
 * Streams a journal file from byte `offset` (a line start), one line at a time, so a journal of
 * 100,000 entries is never one string in memory. Complete lines go to the sink; a last line
 * without its newline is taken if it is a whole entry (a writer that died after writing it), and
 * otherwise left unread and reported as torn — a writer may still be finishing it. Line numbers
 * continue from `firstLine`. A missing file reads as empty. Each chunk the stream reads (64 KiB,
 * about 150 lines) is parsed in a turn of main's event loop of its own, so reading 43 MiB never
 * holds main for more than a few milliseconds at a time.
 */
export async function readJournalLines(file: string, offset: number, sink: JournalLineSink, firstLine = 1): Promise<JournalReadEnd> {
  let position = offset;
  let line = firstLine;
  let pending: Buffer[] = [];
  const take = (bytes: Buffer) => {
    const text = bytes.toString('utf8');
    if (text.trim()) {
      const entry = parseJsonAs(JournalEntry, text);
      if (entry) sink.entry(entry, line);
      else sink.corrupt(line, text.slice(0, shownCorruptChars));
    }
    line += 1;
    position += bytes.length + 1;
  };
  try {
    for await (const chunk of createReadStream(file, { start: offset }) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let at = chunk.indexOf(newline); at !== -1; at = chunk.indexOf(newline, from)) {
        pending.push(chunk.subarray(from, at));
        take(Buffer.concat(pending));
        pending = [];
        from = at + 1;
      }
      if (from < chunk.length) pending.push(chunk.subarray(from));
    }
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code !== 'ENOENT') throw thrown;
  }
  const rest = Buffer.concat(pending);
  if (!rest.toString('utf8').trim()) return { offset: position, lines: line - firstLine, tornTail: false };
  const entry = parseJsonAs(JournalEntry, rest.toString('utf8'));
  if (!entry) return { offset: position, lines: line - firstLine, tornTail: true };
  sink.entry(entry, line);
  return { offset: position + rest.length, lines: line + 1 - firstLine, tornTail: false };
}
