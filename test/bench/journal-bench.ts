import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createJournalIndex } from '../../electron/journal/journal-index';
import { journalFiles } from '../../electron/journal/journal-file';
import { createJournalService } from '../../electron/journal/journal-service';
import type { JournalFilter } from '../../shared/domain/journal-query';
import { seasonStart, writeSeasonFolder } from './journal/season-folder';
import { summarise } from './latency';

// `npm run -s bench:journal`: open and filter a 100,000-entry journal in main, as the Journal screen
// asks for it, beside the floor of doing nothing but read the files and JSON.parse each line. It
// asserts nothing and prints a table (one run; figures are this machine's, 2 cores, noisy):
// - open: a new index over the folder (four rotated files and the current one, with damaged lines)
//   to its first window of 100 lines;
// - filter: a filter not asked before (a new service over the same index each time, so none is
//   kept) to its first window — for free text, a first search, which makes each line's searchable
//   text; and later searches (one service, its lines' texts kept, seven words in turn, so no
//   result is);
// - scroll: another window of the same filter (the matches are kept);
// - export: every matching entry as CSV (words in English) and as JSON;
// - main's event loop: the longest it went without a turn (a setImmediate chain's longest gap)
//   while opening, filtering and exporting, as main does each a slice at a time.
const entryCount = 100_000;
const files = 5;
const samples = { opens: 7, filters: 7, scrolls: 50 };

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-journal-bench-'));
const start = seasonStart;
const { bytes } = await writeSeasonFolder(dataDir, entryCount, files);

/** The longest the event loop went without a turn, over every piece of work timed. */
const stalls = { open: 0, filter: 0, firstSearch: 0, laterSearch: 0, export: 0 };
let stallOf: keyof typeof stalls | null = null;
const time = async (work: () => Promise<unknown>): Promise<number> => {
  let last = performance.now();
  let longest = 0;
  let watching = true;
  const turn = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) setImmediate(turn);
  };
  setImmediate(turn);
  const began = performance.now();
  await work();
  const taken = performance.now() - began;
  watching = false;
  await new Promise((resolve) => setImmediate(resolve));
  if (stallOf) stalls[stallOf] = Math.max(stalls[stallOf], longest);
  return taken;
};
const repeat = async (count: number, work: (n: number) => Promise<unknown>): Promise<number[]> => {
  const taken: number[] = [];
  for (let n = 0; n < count; n += 1) taken.push(await time(() => work(n)));
  return taken;
};

const floor = await repeat(samples.opens, async () => {
  for (const file of await journalFiles(dataDir)) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      try {
        if (line) JSON.parse(line);
      } catch {
        // A damaged line costs the floor nothing more.
      }
    }
  }
});
stallOf = 'open';
const opens = await repeat(samples.opens, () => createJournalService(createJournalIndex(dataDir)).page({}, 0, 100));

const index = createJournalIndex(dataDir);
const journal = createJournalService(index);
await journal.page({}, 0, 100);
const day = (d: number) => new Date(start + d * 86_400_000).toISOString();
const filters: readonly [string, (n: number) => JournalFilter][] = [
  ['outcome = failed', (n) => ({ outcome: 'failed', ...(n % 2 ? { source: 'desk' } : {}) })],
  ['one profile and a week', (n) => ({ profileId: 'p-sports', from: day(n), to: day(n + 7) })],
  ['free text "赛事", a first search', (n) => ({ text: n % 2 ? '赛事' : '赛事直播' })],
  ['observed only', (n) => ({ source: 'observed', ...(n % 2 ? { provider: 'aliyun' } : {}) })],
];
const filtered = new Map<string, number[]>();
const matched = new Map<string, number>();
for (const [label, filterOf] of filters) {
  const words = label.startsWith('free text');
  filtered.set(
    label,
    await repeat(samples.filters, (n) => {
      stallOf = words ? 'firstSearch' : 'filter';
      return createJournalService(index).page(filterOf(n), 0, 100);
    }),
  );
  stallOf = null;
  matched.set(label, (await journal.page(filterOf(0), 0, 1)).total);
}
const laterWords = ['赛事', '赛事直播', '体育', 'producer2', 'desk-2', 'match2', 'news'];
await journal.page({ text: 'warm' }, 0, 1);
stallOf = 'laterSearch';
const laterSearches = await repeat(laterWords.length, (n) => journal.page({ text: laterWords[n] ?? '' }, 0, 100));
stallOf = null;
const laterCounts = await Promise.all(laterWords.map(async (text) => (await journal.page({ text }, 0, 1)).total));
const { total } = await journal.page({ outcome: 'failed' }, 0, 1);
const scrolls = await repeat(samples.scrolls, (n) => journal.page({ outcome: 'failed' }, (n * 97) % total, 100));
stallOf = 'export';
const csv = await time(() => journal.exported({}, 'csv', 'en'));
const json = await time(() => journal.exported({}, 'json', 'en'));
stallOf = null;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const row = (cells: readonly string[]) => console.log(`| ${cells.join(' | ')} |`);
console.log(`\nJournal of ${entryCount.toLocaleString('en')} entries in ${files} files (${(bytes / 1_048_576).toFixed(1)} MiB, damaged lines among them); Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}\n`);
row(['measurement', 'samples', 'median', 'p95']);
row(['---', '---:', '---:', '---:']);
const summaryRow = (label: string, taken: readonly number[]) => {
  const { median, p95 } = summarise(taken);
  row([label, String(taken.length), ms(median), ms(p95)]);
};
summaryRow('floor: read every file and JSON.parse each line', floor);
summaryRow('open: new index → first window of 100 lines', opens);
for (const [label, taken] of filtered) summaryRow(`filter (${label}: ${matched.get(label)?.toLocaleString('en')} match) → first window`, taken);
summaryRow(`filter (free text, later searches: ${Math.min(...laterCounts).toLocaleString('en')}–${Math.max(...laterCounts).toLocaleString('en')} match) → first window`, laterSearches);
summaryRow(`scroll: another window of a kept filter (${total.toLocaleString('en')} match)`, scrolls);
row([`export every entry as CSV (${(entryCount).toLocaleString('en')})`, '1', ms(csv), '—']);
row([`export every entry as JSON`, '1', ms(json), '—']);
console.log(`\nopen ÷ floor: ${(summarise(opens).median / summarise(floor).median).toFixed(2)}×`);
console.log(`main's event loop, longest without a turn: open ${ms(stalls.open)}, first search ${ms(stalls.firstSearch)}, later search ${ms(stalls.laterSearch)}, any other filter ${ms(stalls.filter)}, an export ${ms(stalls.export)}`);
await rm(dataDir, { recursive: true, force: true });
