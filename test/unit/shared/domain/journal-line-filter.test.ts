import { describe, expect, it } from 'vitest';
import { journalFilterRun, journalLinePredicate } from '../../../../shared/domain/journal-line-filter';
import { journalSearchText, type JournalFilter } from '../../../../shared/domain/journal-query';
import type { JournalLine } from '../../../../shared/domain/journal-view';
import { journalEntry } from '../../support/journal-entries';

// The journal's lines filtered as the screen lists them, a slice at a time: the same matches as
// one pass, whatever the slices, and damaged lines listed only when nothing but words is asked.

/** 1,000 lines: entries of two profiles, every third failed, some with words, and a damaged line every 97. */
const lines: JournalLine[] = Array.from({ length: 1000 }, (_, n): JournalLine => {
  if (n % 97 === 50) return { kind: 'corrupt', file: 'journal.jsonl', line: n + 1, text: n % 2 ? '{"target":"赛事直播"' : 'garbage' };
  const entry = journalEntry({
    id: `e${n}`,
    time: new Date(Date.UTC(2026, 10, 22) + n * 60_000).toISOString(),
    profileId: n % 2 ? 'p-odd' : 'p-even',
    outcome: n % 3 === 0 ? 'failed' : 'ok',
    target: n % 5 === 0 ? '赛事直播' : 'match1',
  });
  return { kind: 'entry', entry };
});

const filters: readonly JournalFilter[] = [
  {},
  { outcome: 'failed' },
  { text: '赛事' },
  { text: 'GARBAGE' },
  { profileId: 'p-odd', from: '2026-11-22T02:00:00Z', to: '2026-11-22T05:00:00+00:00' },
];

/** Runs `run` to the end, ending a slice after every `looks` looks; answers how many slices it took. */
function slicesOf(run: { advance(over: () => boolean): boolean }, looks: number): number {
  let slices = 0;
  for (let done = false; !done; slices += 1) {
    let looked = 0;
    done = run.advance(() => (looked += 1) >= looks);
  }
  return slices;
}

describe('journal lines filtered a slice at a time', () => {
  it('finds what one pass finds, in order, however the slices fall', () => {
    for (const filter of filters) {
      const onePass = lines.filter(journalLinePredicate(filter));
      for (const looks of [1, 2, 100]) {
        const run = journalFilterRun(lines, filter, [], 0, lines.length);
        slicesOf(run, looks);
        expect(run.matches).toEqual(onePass);
      }
    }
  });

  it('ends a slice when told, and answers done only when every line is filtered', () => {
    const run = journalFilterRun(lines, {}, [], 0, lines.length);
    expect(run.advance(() => true)).toBe(false);
    expect(run.matches.length).toBeGreaterThan(0);
    expect(run.matches.length).toBeLessThan(lines.length);
    expect(slicesOf(run, 1)).toBeGreaterThan(3);
    expect(run.matches).toEqual(lines);
    expect(run.advance(() => true)).toBe(true);
  });

  it('adds only lines from..to to a kept result, so an append filters only what was appended', () => {
    const filter = { text: '赛事' };
    const accept = journalLinePredicate(filter);
    const texts: (string | undefined)[] = [];
    const run = journalFilterRun(lines, filter, texts, 600, 700, lines.slice(0, 600).filter(accept));
    expect(run.advance(() => false)).toBe(true);
    expect(run.to).toBe(700);
    expect(run.matches).toEqual(lines.slice(0, 700).filter(accept));
    const looked = Object.keys(texts).map(Number);
    expect(Math.min(...looked)).toBe(600);
    expect(Math.max(...looked)).toBe(699);
  });

  it('makes each line\'s searchable text once, by its position, and finds by the text kept', () => {
    const texts: (string | undefined)[] = [];
    const first = journalFilterRun(lines, { text: '赛事' }, texts, 0, lines.length);
    first.advance(() => false);
    const entryLines = lines.flatMap((line, at) => (line.kind === 'entry' ? [at] : []));
    expect(entryLines.every((at) => texts[at] !== undefined)).toBe(true);
    const at = entryLines[0] ?? 0;
    const line = lines[at];
    expect(texts[at]).toBe(line?.kind === 'entry' ? journalSearchText(line.entry) : 'an entry');

    // A text kept is the one searched: here one that says otherwise.
    const marked = texts.map((text, at) => (at === entryLines[1] ? 'a marked line' : text));
    const found = journalFilterRun(lines, { text: 'MARKED' }, marked, 0, lines.length);
    found.advance(() => false);
    expect(found.matches).toEqual([lines[entryLines[1] ?? 0]]);
  });

  it('lists a damaged line only when nothing but words is asked, and it holds them', () => {
    const damaged = (filter: JournalFilter) => lines.filter(journalLinePredicate(filter)).filter((line) => line.kind === 'corrupt');
    const all = damaged({});
    expect(all.length).toBeGreaterThan(5);
    expect(damaged({ text: 'GARBAGE' })).toEqual(all.filter((line) => line.kind === 'corrupt' && line.text === 'garbage'));
    expect(damaged({ text: '赛事' })).toEqual(all.filter((line) => line.kind === 'corrupt' && line.text.includes('赛事')));
    expect(damaged({ outcome: 'failed' })).toEqual([]);
    expect(damaged({ text: '赛事', profileId: 'p-odd' })).toEqual([]);
  });
});
