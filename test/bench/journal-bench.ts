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
// - filter: a filter not asked before (so the index is filtered again) to its first window;
// - scroll: another window of the same filter (the matches are kept);
// - export: every matching entry as CSV (words in English) and as JSON.
const entryCount = 100_000;
const files = 5;
const samples = { opens: 7, filters: 7, scrolls: 50 };

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-journal-bench-'));
const start = seasonStart;
const { bytes } = await writeSeasonFolder(dataDir, entryCount, files);

const time = async (work: () => Promise<unknown>): Promise<number> => {
  const began = performance.now();
  await work();
  return performance.now() - began;
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
const opens = await repeat(samples.opens, () => createJournalService(createJournalIndex(dataDir)).page({}, 0, 100));

const journal = createJournalService(createJournalIndex(dataDir));
await journal.page({}, 0, 100);
const day = (d: number) => new Date(start + d * 86_400_000).toISOString();
const filters: readonly [string, (n: number) => JournalFilter][] = [
  ['outcome = failed', (n) => ({ outcome: 'failed', ...(n % 2 ? { source: 'desk' } : {}) })],
  ['one profile and a week', (n) => ({ profileId: 'p-sports', from: day(n), to: day(n + 7) })],
  ['free text "赛事"', (n) => ({ text: n % 2 ? '赛事' : '赛事直播' })],
  ['observed only', (n) => ({ source: 'observed', ...(n % 2 ? { provider: 'aliyun' } : {}) })],
];
const filtered = new Map<string, number[]>();
const matched = new Map<string, number>();
for (const [label, filterOf] of filters) {
  filtered.set(label, await repeat(samples.filters, (n) => journal.page(filterOf(n), 0, 100)));
  matched.set(label, (await journal.page(filterOf(0), 0, 1)).total);
}
const { total } = await journal.page({ outcome: 'failed' }, 0, 1);
const scrolls = await repeat(samples.scrolls, (n) => journal.page({ outcome: 'failed' }, (n * 97) % total, 100));
const csv = await time(() => journal.exported({}, 'csv', 'en'));
const json = await time(() => journal.exported({}, 'json', 'en'));

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
summaryRow(`scroll: another window of a kept filter (${total.toLocaleString('en')} match)`, scrolls);
row([`export every entry as CSV (${(entryCount).toLocaleString('en')})`, '1', ms(csv), '—']);
row([`export every entry as JSON`, '1', ms(json), '—']);
console.log(`\nopen ÷ floor: ${(summarise(opens).median / summarise(floor).median).toFixed(2)}×`);
await rm(dataDir, { recursive: true, force: true });
