import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJournalWriter, journalPath, readJournal } from '../../../../electron/journal/journal-file';
import { journalEntry } from '../../support/journal-entries';

const tempJournal = async () => journalPath(await mkdtemp(path.join(os.tmpdir(), 'lcr-journal-')));

describe('journal file', () => {
  it('appends one JSON line per entry and reads them back in order', async () => {
    const file = await tempJournal();
    const writer = createJournalWriter(file);
    await Promise.all([1, 2, 3].map((n) => writer.append(journalEntry({ id: `e${n}` }))));
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')).toHaveLength(4);
    expect((await readJournal(file)).entries.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  it('reads a missing journal as empty', async () => {
    expect(await readJournal(await tempJournal())).toEqual({ entries: [], corrupt: [], tornTail: false });
  });

  it('tolerates a torn last line, and starts the next entry on a fresh line', async () => {
    const file = await tempJournal();
    const writer = createJournalWriter(file);
    await writer.append(journalEntry({ id: 'before' }));
    await appendFile(file, '{"v":1,"kind":"call","id":"torn","ti');
    expect(await readJournal(file)).toMatchObject({ tornTail: true, corrupt: [] });
    await writer.append(journalEntry({ id: 'after' }));
    const contents = await readJournal(file);
    expect(contents.entries.map((e) => e.id)).toEqual(['before', 'after']);
    expect(contents.corrupt).toEqual([{ line: 2, text: '{"v":1,"kind":"call","id":"torn","ti' }]);
    expect(contents.tornTail).toBe(false);
  });

  it('shows a damaged line as such without hiding the others', async () => {
    const file = await tempJournal();
    await writeFile(file, `${JSON.stringify(journalEntry({ id: 'a' }))}\nnot json\n{"v":2}\n${JSON.stringify(journalEntry({ id: 'b' }))}\n`);
    const contents = await readJournal(file);
    expect(contents.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(contents.corrupt.map((c) => c.line)).toEqual([2, 3]);
  });

  it('refuses to write an entry outside the format', async () => {
    const writer = createJournalWriter(await tempJournal());
    await expect(writer.append({ ...journalEntry(), outcome: 'maybe' } as never)).rejects.toThrow();
  });
});
