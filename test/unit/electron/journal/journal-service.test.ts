import { appendFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJournalWriter, journalPath } from '../../../../electron/journal/journal-file';
import { createJournalIndex } from '../../../../electron/journal/journal-index';
import type { JournalLine } from '../../../../shared/domain/journal-view';
import { createJournalService } from '../../../../electron/journal/journal-service';
import { journalEntry } from '../../support/journal-entries';

// The journal as the screen reads it: a filtered window, newest first, damaged lines never hidden,
// and what the app or `lcr` appended seen on the next look.
const ids = (lines: readonly JournalLine[]) => lines.map((line) => (line.kind === 'entry' ? line.entry.id : `corrupt:${line.line}`));

async function journalOf(count: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lcr-journal-'));
  const writer = createJournalWriter(journalPath(dir));
  for (let n = 1; n <= count; n += 1) {
    await writer.append(journalEntry({ id: `e${n}`, time: new Date(Date.UTC(2026, 10, 22, 20, n)).toISOString(), outcome: n % 3 === 0 ? 'failed' : 'ok' }));
  }
  return { dir, writer, journal: createJournalService(createJournalIndex(dir)) };
}

describe('the journal service', () => {
  it('pages the matching lines newest first, with the total for the scroll height', async () => {
    const { journal } = await journalOf(10);
    expect(await journal.page({}, 0, 3)).toMatchObject({ total: 10 });
    expect(ids((await journal.page({}, 0, 3)).lines)).toEqual(['e10', 'e9', 'e8']);
    expect(ids((await journal.page({}, 8, 5)).lines)).toEqual(['e2', 'e1']);
    expect(ids((await journal.page({}, 12, 5)).lines)).toEqual([]);
    const failed = await journal.page({ outcome: 'failed' }, 0, 10);
    expect([ids(failed.lines), failed.total]).toEqual([['e9', 'e6', 'e3'], 3]);
    expect((await journal.entries({ outcome: 'failed' })).map((entry) => entry.id)).toEqual(['e3', 'e6', 'e9']);
  });

  it('lists damaged lines where they are unless a filter asks for something they cannot have, and sees appended lines once refreshed', async () => {
    const { dir, writer, journal } = await journalOf(3);
    expect(ids((await journal.page({ outcome: 'failed' }, 0, 10)).lines)).toEqual(['e3']);
    await appendFile(journalPath(dir), 'not an entry\n');
    const heard: number[] = [];
    journal.onAppended((added) => heard.push(added));
    expect(await journal.refresh()).toBe(1);
    await writer.append(journalEntry({ id: 'late', outcome: 'failed' }));
    expect(await journal.refresh()).toBe(1);
    expect(heard).toEqual([1, 1]);
    expect(ids((await journal.page({ outcome: 'failed' }, 0, 10)).lines)).toEqual(['late', 'e3']);
    expect(ids((await journal.page({}, 0, 3)).lines)).toEqual(['late', 'corrupt:4', 'e3']);
    expect(ids((await journal.page({ text: 'AN ENTRY' }, 0, 3)).lines)).toEqual(['corrupt:4']);
    expect((await journal.entries({})).map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3', 'late']);
  });
});
