import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJournalWriter, journalPath } from '../../../../electron/journal/journal-file';
import { createJournalIndex } from '../../../../electron/journal/journal-index';
import type { JournalLine } from '../../../../shared/domain/journal-view';
import { createJournalService } from '../../../../electron/journal/journal-service';
import { createSliceRunner, type SliceRunner, type SlicedWork } from '../../../../electron/journal/journal-slices';
import { journalLinePredicate } from '../../../../shared/domain/journal-line-filter';
import type { JournalFilter } from '../../../../shared/domain/journal-query';
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

  it('filters a large journal a slice at a time, finding what one pass finds', async () => {
    const { index, journal, slices } = await largeJournal(3000);
    const lines = await index.lines();
    const filters: JournalFilter[] = [{ outcome: 'failed' }, { text: '赛事' }, { profileId: 'p-odd', from: '2026-11-22T10:00:00Z', to: '2026-11-23T10:00:00Z' }, { text: 'not an' }];
    for (const filter of filters) {
      const before = slices.yields;
      const onePass = lines.filter(journalLinePredicate(filter));
      const page = await journal.page(filter, 0, 1000);
      expect(page.total).toBe(onePass.length);
      expect(page.lines).toEqual(onePass.slice(-1000).reverse());
      expect(slices.yields - before).toBeGreaterThanOrEqual(Math.floor(lines.length / 128) - 1);
    }
    expect((await journal.entries({ outcome: 'failed' })).map((entry) => entry.id)).toEqual(lines.filter(journalLinePredicate({ outcome: 'failed' })).map((line) => (line.kind === 'entry' ? line.entry.id : '')));
  });

  it('answers other requests between the slices of a search', async () => {
    const { journal } = await largeJournal(3000);
    await journal.page({}, 0, 1);
    const answered: string[] = [];
    const searched = journal.page({ text: '赛事' }, 0, 10).then(() => answered.push('search'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toEqual([]);
    const facets = journal.facets().then(() => answered.push('facets'));
    const task = new Promise((resolve) => setImmediate(resolve)).then(() => answered.push('task'));
    await Promise.all([searched, facets, task]);
    expect(answered).toEqual(['facets', 'task', 'search']);
  });

  it('answers the newest filter first; the one it interrupted is finished after, each with its own matches', async () => {
    const { index, journal, runs } = await largeJournal(3000);
    const lines = await index.lines();
    const answered: string[] = [];
    const older = journal.page({ text: '赛事' }, 0, 5).then((page) => (answered.push('older'), page));
    await new Promise((resolve) => setImmediate(resolve));
    const newer = journal.page({ outcome: 'failed' }, 0, 5).then((page) => (answered.push('newer'), page));
    const [olderPage, newerPage] = await Promise.all([older, newer]);
    expect(answered).toEqual(['newer', 'older']);
    expect(olderPage.total).toBe(lines.filter(journalLinePredicate({ text: '赛事' })).length);
    expect(newerPage.total).toBe(lines.filter(journalLinePredicate({ outcome: 'failed' })).length);
    expect(runs.length).toBe(2);
  });

  it('keeps the last few filters\' matches, and filters only what was appended since', async () => {
    const { dir, journal, runs, slices } = await largeJournal(3000);
    const filters: JournalFilter[] = [{}, { outcome: 'failed' }, { text: '赛事' }, { source: 'desk' }];
    for (const filter of filters) await journal.page(filter, 0, 10);
    for (const filter of filters) await journal.page(filter, 10, 10);
    expect(runs.length).toBe(4);

    await journal.page({ outcome: 'unknown' }, 0, 10);
    await journal.page({}, 0, 10);
    expect(runs.length).toBe(6);

    await appendFile(journalPath(dir), `${JSON.stringify(journalEntry({ id: 'late', outcome: 'failed' }))}\n`);
    expect(await journal.refresh()).toBe(1);
    const before = slices.yields;
    const kept = await journal.page({ source: 'desk' }, 0, 1);
    expect(ids(kept.lines)).toEqual(['late']);
    expect(slices.yields).toBe(before);
    expect(runs.length).toBe(7);
  });
});

/**
 * A journal of `count` lines (every 100th damaged), with a runner whose every slice ends after one
 * look at the clock (128 lines), counting the turns it gives main's loop and the runs it was asked for.
 */
async function largeJournal(count: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lcr-journal-'));
  const text = Array.from({ length: count }, (_, n) =>
    n % 100 === 99
      ? 'not an entry'
      : JSON.stringify(
          journalEntry({
            id: `e${n}`,
            time: new Date(Date.UTC(2026, 10, 22) + n * 60_000).toISOString(),
            profileId: n % 2 ? 'p-odd' : 'p-even',
            outcome: n % 7 === 0 ? 'failed' : n % 11 === 0 ? 'unknown' : 'ok',
            target: n % 5 === 0 ? '赛事直播' : 'match1',
          }),
        ),
  );
  await writeFile(journalPath(dir), `${text.join('\n')}\n`);
  let at = 0;
  const slices = { yields: 0 };
  const inner = createSliceRunner({
    now: () => (at += 1),
    sliceMs: 1,
    yieldToLoop: () => {
      slices.yields += 1;
      return new Promise((resolve) => setImmediate(resolve));
    },
  });
  const runs: SlicedWork[] = [];
  const runner: SliceRunner = {
    run(work) {
      if (!runs.includes(work)) runs.push(work);
      return inner.run(work);
    },
  };
  const index = createJournalIndex(dir);
  return { dir, index, journal: createJournalService(index, () => new Date(), runner), runs, slices };
}
