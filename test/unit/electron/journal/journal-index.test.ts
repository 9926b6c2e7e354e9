import { appendFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJournalWriter, journalFiles, journalPath, readJournal } from '../../../../electron/journal/journal-file';
import { createJournalIndex } from '../../../../electron/journal/journal-index';
import type { JournalLine } from '../../../../shared/domain/journal-view';
import { journalEntry } from '../../support/journal-entries';

// The journal as a folder: rotation by size that loses nothing, and the index that reads every
// file once and then follows what the app and `lcr` append.
const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'lcr-journal-'));
const ids = (lines: readonly JournalLine[]) => lines.map((line) => (line.kind === 'entry' ? line.entry.id : `corrupt:${line.line}`));

describe('journal rotation', () => {
  it('sets a full file aside under a dated name and begins a new one; every entry stays readable, oldest first', async () => {
    const dir = await tempDir();
    const writer = createJournalWriter(journalPath(dir), { maxBytes: 2000 });
    for (let n = 1; n <= 20; n += 1) await writer.append(journalEntry({ id: `e${n}` }));
    const files = await journalFiles(dir);
    expect(files.length).toBeGreaterThan(2);
    expect(files.at(-1)).toBe(journalPath(dir));
    expect(files.slice(0, -1).every((file) => /journal-\d{8}T\d{9}Z-\d+-\d+\.jsonl$/.test(file))).toBe(true);
    const read = await Promise.all(files.map(readJournal));
    expect(read.flatMap((contents) => contents.entries.map((entry) => entry.id))).toEqual(Array.from({ length: 20 }, (_, i) => `e${i + 1}`));
  });

  it('two writers rotating at once lose nothing and overwrite no archive', async () => {
    const dir = await tempDir();
    const app = createJournalWriter(journalPath(dir), { maxBytes: 1500 });
    const cli = createJournalWriter(journalPath(dir), { maxBytes: 1500 });
    await Promise.all(Array.from({ length: 30 }, (_, n) => (n % 2 ? app : cli).append(journalEntry({ id: `e${n}` }))));
    const written = (await Promise.all((await journalFiles(dir)).map(readJournal))).flatMap((contents) => contents.entries.map((entry) => entry.id));
    expect(written.sort()).toEqual(Array.from({ length: 30 }, (_, n) => `e${n}`).sort());
    expect((await readdir(dir)).filter((name) => name.endsWith('.jsonl')).length).toBe((await journalFiles(dir)).length);
  });
});

describe('the journal index', () => {
  it('reads the rotated files and the current one, with damaged lines in place, then follows appends', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'journal-20261101T000000000Z-1-1.jsonl'), `${JSON.stringify(journalEntry({ id: 'old' }))}\nnot json\n`);
    const writer = createJournalWriter(journalPath(dir));
    await writer.append(journalEntry({ id: 'a' }));
    const index = createJournalIndex(dir);
    expect(ids(await index.lines())).toEqual(['old', 'corrupt:2', 'a']);
    expect((await index.lines()).find((line) => line.kind === 'corrupt')).toEqual({ kind: 'corrupt', file: 'journal-20261101T000000000Z-1-1.jsonl', line: 2, text: 'not json' });

    const seen: string[][] = [];
    index.onAppended((added) => seen.push(ids(added)));
    await writer.append(journalEntry({ id: 'b' }));
    await appendFile(journalPath(dir), 'garbage\n');
    await writer.append(journalEntry({ id: 'c' }));
    expect(ids(await index.refresh())).toEqual(['b', 'corrupt:3', 'c']);
    expect(ids(await index.refresh())).toEqual([]);
    expect(seen).toEqual([['b', 'corrupt:3', 'c']]);
    expect(ids(await index.lines())).toEqual(['old', 'corrupt:2', 'a', 'b', 'corrupt:3', 'c']);
  });

  it('reads nothing on a look before the journal is first read: the first read takes it all', async () => {
    const dir = await tempDir();
    const writer = createJournalWriter(journalPath(dir));
    await writer.append(journalEntry({ id: 'a' }));
    const index = createJournalIndex(dir);
    const heard: string[][] = [];
    index.onAppended((added) => heard.push(ids(added)));
    await writer.append(journalEntry({ id: 'b' }));
    expect(ids(await index.refresh())).toEqual([]);
    expect(heard).toEqual([]);
    expect(ids(await index.lines())).toEqual(['a', 'b']);
    await writer.append(journalEntry({ id: 'c' }));
    expect(ids(await index.refresh())).toEqual(['c']);
    expect(heard).toEqual([['c']]);
  });

  it('leaves a line still being written for the next look, and follows a rotation made by another writer', async () => {
    const dir = await tempDir();
    const writer = createJournalWriter(journalPath(dir), { maxBytes: 1200 });
    await writer.append(journalEntry({ id: 'a' }));
    const index = createJournalIndex(dir);
    expect(ids(await index.lines())).toEqual(['a']);
    const line = JSON.stringify(journalEntry({ id: 'half' }));
    await appendFile(journalPath(dir), line.slice(0, 40));
    expect(ids(await index.refresh())).toEqual([]);
    await appendFile(journalPath(dir), `${line.slice(40)}\n`);
    expect(ids(await index.refresh())).toEqual(['half']);
    for (const id of ['r1', 'r2', 'r3', 'r4']) await writer.append(journalEntry({ id }));
    expect((await journalFiles(dir)).length).toBeGreaterThan(1);
    expect(ids(await index.refresh())).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(ids(await index.lines())).toEqual(['a', 'half', 'r1', 'r2', 'r3', 'r4']);
  });

  it('offers the pickers every profile and action of every file, sorted, following appends and rotations', async () => {
    const dir = await tempDir();
    const old = journalEntry({ id: 'old', profileId: 'p-old', profileName: 'Archived desk', accessKeyIdMasked: 'LTAI****OLD', action: 'StopCaster' });
    await writeFile(path.join(dir, 'journal-20261101T000000000Z-1-1.jsonl'), `${JSON.stringify(old)}\nnot json\n`);
    const writer = createJournalWriter(journalPath(dir), { maxBytes: 1200 });
    await writer.append(journalEntry({ id: 'a' }));
    const index = createJournalIndex(dir);
    const first = await index.facets();
    expect(first).toEqual({
      profiles: [
        { id: 'p-old', name: 'Archived desk', provider: 'aliyun', accessKeyIdMasked: 'LTAI****OLD' },
        { id: 'p1', name: 'Evening news', provider: 'aliyun', accessKeyIdMasked: 'LTAI****9P6' },
      ],
      actions: ['SetLiveDomainMultiStreamMaster', 'StopCaster'],
    });

    await writer.append(journalEntry({ id: 'known' }));
    await index.refresh();
    expect(await index.facets()).toBe(first);

    await writer.append(journalEntry({ id: 'b', action: 'CreateCaster', profileId: 'p0', profileName: 'Backup' }));
    await index.refresh();
    expect((await index.facets()).actions).toEqual(['CreateCaster', 'SetLiveDomainMultiStreamMaster', 'StopCaster']);
    expect((await index.facets()).profiles.map((profile) => profile.id)).toEqual(['p-old', 'p0', 'p1']);

    for (const id of ['r1', 'r2', 'r3']) await writer.append(journalEntry({ id, action: `Rotated${id}` }));
    expect((await journalFiles(dir)).length).toBeGreaterThan(2);
    await index.refresh();
    const after = await index.facets();
    expect(after.actions).toEqual(['CreateCaster', 'Rotatedr1', 'Rotatedr2', 'Rotatedr3', 'SetLiveDomainMultiStreamMaster', 'StopCaster']);
    expect(after.profiles.map((profile) => profile.name)).toEqual(['Archived desk', 'Backup', 'Evening news']);
  });
});
