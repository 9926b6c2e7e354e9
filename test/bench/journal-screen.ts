import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createJournalIndex } from '../../electron/journal/journal-index';
import { createJournalService } from '../../electron/journal/journal-service';
import { textDelayMs } from '../../renderer/views/journal/journal-filters';
import playwrightConfig from '../e2e/playwright.config';
import { startHarnessApp, type HarnessApp } from '../harness/harness-app';
import { answeredReads, clearReads, journalTable, navItem, openFromFailover, rowsShown, stallDuring, stamped, views, watchJournalRequests } from './journal/screen-page';
import { writeSeasonFolder } from './journal/season-folder';
import { summarise } from './latency';

// `npm run -s bench:journal-screen`: the Journal screen opening, filtering and scrolling a
// 100,000-entry journal in Debian's Chromium; asserts nothing. The script builds the renderer
// first. Beside it, `npm run -s bench:journal` times main's journal service alone.
//
// The data folder holds the season's journal (journal/season-folder.ts: 100,000 entries in four
// rotated files and the current one, damaged lines among them). The harness runs in this process
// on it (test/harness/harness-app.ts, as `npm run harness` composes it; main's journal and the
// renderer are the app's own, nothing is answered by the bench) and Chromium is launched as the
// E2E tests launch it. Times are the page's own clock (studios/render-probe.ts): from the input
// event to the first frame painted with the result, and Resource Timing for when the page asked
// main for a window of 200 lines and when the answer was in.
//
// What is warm and what is cold. Main reads the journal into an index on the first request and
// keeps it (following appends); the renderer's journal slice reads nothing until the Journal view
// is first opened. So:
// - cold (a fresh harness and page per sample): a click on "Journal" as soon as the sidebar shows →
//   the first frame with rows, and the first read it sends (main builds its index) → its answer;
// - open (warm): the view unmounts on leaving, so each click mounts it anew, but the slice keeps
//   its windows: rows are drawn from them at once, and the view asks main again for every window
//   held (its re-read; timed to the answer, not to a paint, as the rows drawn do not change);
// - floor: the same click on Settings (little to draw), interleaved with the opens;
// - picker: Outcome set to "Failed" ↔ "Any" → the first frame with the new filter's rows (main
//   keeps the last few filters' matches, so after the first choice after start, timed apart, both
//   are answered from them);
// - text: words put in "Contains" in one input event (as an IME commits it) ↔ cleared. The field
//   waits `textDelayMs` (300 ms) of quiet before asking, so input → rows includes that pause; the
//   same samples are also timed from the request the pause sends (Resource Timing), nothing
//   subtracted. The first search after start ("赛事", once per cold round and once warm) apart:
//   main then makes each entry's searchable text. Later ones take five words in turn, more than
//   main keeps, so each is a search main runs anew;
// - scroll: the list's scrollTop set far down (rows 20,000 to 90,000, each jump to windows not
//   held) → the first frame with rows of that window drawn; the clock starts at the scroll event,
//   in the frame the list moved in;
// - main's event loop: the longest this process's loop was held up (perf_hooks) during the cold
//   start, a search and an Outcome choice, beside the floor's click on Settings (no journal work:
//   what this 2-core machine's noise alone costs). Main shares the loop here only with Playwright's
//   client, so a long stall is main busy (or this process not given a core, or collecting
//   garbage): nothing else it does (board reads, a take) is answered meanwhile.
// The screen is driven as the E2E tests drive it (sidebar buttons, labelled fields) and every wait
// is on the DOM or the network, never a sleep.
const entryCount = 100_000;
const files = 5;
const rounds = { cold: 5, opens: 20, picks: 20, texts: 20, scrolls: 30, warmup: 4 };
const words = '赛事';
/** Later searches, in turn: more than main keeps matches of (besides the cleared field's), so none is kept. */
const laterWords = ['赛事', '体育', 'producer2', 'desk-2', 'match2'] as const;

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-journal-screen-bench-'));
const logSink = (line: string) => void (/ info /.test(line) || process.stderr.write(`${line}\n`));
const note = (text: string) => process.stderr.write(`[bench] ${text}\n`);

/** Puts `value` in "Contains" → its `total` rows painted: timed from the input and from the request the field's pause sends, with main's longest stall. */
async function typeWords(page: Page, value: string, total: number) {
  await clearReads(page);
  const {
    result: { start, painted },
    stallMs,
  } = await stallDuring(() => stamped(page, { trigger: 'input', selector: rowsShown(total) }, () => page.getByLabel('Contains').fill(value)));
  const [request] = await answeredReads(page, start, { channel: 'journal.page' });
  if (!request) throw new Error('no request for the words');
  return { fromInput: painted - start, fromRequest: painted - request.startTime, pause: request.startTime - start, stallMs };
}

/** A fresh page on the harness, on the Failover view it starts on. */
async function freshPage(browser: Browser, app: HarnessApp): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await navItem(page, views.journal).waitFor();
  return page;
}

const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
try {
  const { bytes } = await writeSeasonFolder(dataDir, entryCount, files);
  // The counts each result shows, from main's own service over the same folder (untimed).
  const counting = createJournalService(createJournalIndex(dataDir));
  const count = async (filter: Parameters<typeof counting.page>[0]) => (await counting.page(filter, 0, 1)).total;
  const all = await count({});
  const failed = await count({ outcome: 'failed' });
  const withWords = await count({ text: words });
  const laterCounts = new Map<string, number>();
  for (const later of laterWords) laterCounts.set(later, await count({ text: later }));
  note(`${entryCount.toLocaleString('en')} entries in ${files} files (${(bytes / 1_048_576).toFixed(1)} MiB); ${all} lines listed, ${failed} failed, ${withWords} with "${words}"`);

  // Cold: a fresh harness (a new index in main) and a fresh page each time.
  const startupReads: number[] = [];
  const coldOpens: number[] = [];
  const coldStalls: number[] = [];
  const firstTexts = { fromInput: [] as number[], fromRequest: [] as number[], stalls: [] as number[] };
  const firstSearch = async (page: Page) => {
    const first = await typeWords(page, words, withWords);
    firstTexts.fromInput.push(first.fromInput);
    firstTexts.fromRequest.push(first.fromRequest);
    firstTexts.stalls.push(first.stallMs);
  };
  let readBeforeClick = 0;
  for (let n = 0; n < rounds.cold; n += 1) {
    const app = await startHarnessApp({ dataDir, logSink });
    try {
      const { result: [page, open], stallMs } = await stallDuring(async () => {
        const fresh = await freshPage(browser, app);
        return [fresh, await stamped(fresh, { trigger: 'click', selector: rowsShown(all) }, () => navItem(fresh, views.journal).click())] as const;
      });
      coldStalls.push(stallMs);
      const [startup] = await answeredReads(page, 0, { channel: 'journal.page' });
      if (!startup) throw new Error('no start-up read');
      startupReads.push(startup.responseEnd - startup.startTime);
      coldOpens.push(open.painted - open.start);
      if (startup.startTime < open.start) readBeforeClick += 1;
      await firstSearch(page);
      await page.context().close();
    } finally {
      await app.close();
    }
  }
  note(`cold rounds done (${readBeforeClick} of ${rounds.cold} starts read the journal before the click); timing warm…`);

  const app = await startHarnessApp({ dataDir, logSink });
  try {
    const page = await freshPage(browser, app);
    const traffic = watchJournalRequests(page);
    await clearReads(page);
    await openFromFailover(page, views.journal, rowsShown(all));
    await answeredReads(page, 0, { watch: traffic });

    // Open (warm) interleaved with the floor, so noise falls on both alike.
    const floors: number[] = [];
    const floorStalls: number[] = [];
    const opens: number[] = [];
    const reReads: number[] = [];
    const openSteps = { shown: [] as number[], asked: [] as number[] };
    for (let n = 0; n < rounds.warmup + rounds.opens; n += 1) {
      const { result: floor, stallMs: floorStall } = await stallDuring(() => openFromFailover(page, views.settings, 'input[name="language"]'));
      await clearReads(page);
      const sentBefore = traffic.sent();
      const open = await openFromFailover(page, views.journal, rowsShown(all));
      for (let waited = 0; traffic.sent() === sentBefore; waited += 10) {
        if (waited > 60_000) throw new Error('opening the journal asked main for nothing');
        await page.waitForTimeout(10);
      }
      const reads = await answeredReads(page, open.start, { count: traffic.sent() - sentBefore, watch: traffic });
      if (n < rounds.warmup) continue;
      floors.push(floor.painted - floor.start);
      floorStalls.push(floorStall);
      opens.push(open.painted - open.start);
      reReads.push(Math.max(...reads.map((read) => read.responseEnd)) - open.start);
      openSteps.shown.push(open.shown - open.start);
      openSteps.asked.push(Math.min(...reads.map((read) => read.startTime)) - open.start);
    }

    // Picker: Outcome "Failed" ↔ "Any"; the very first choice is the cold one.
    const outcome = page.getByLabel('Outcome');
    const pickStalls: number[] = [];
    const pick = async (label: 'Failed' | 'Any', total: number) => {
      const {
        result: { start, painted },
        stallMs,
      } = await stallDuring(() => stamped(page, { trigger: 'change', selector: rowsShown(total) }, () => outcome.selectOption({ label }).then(() => undefined)));
      pickStalls.push(stallMs);
      return painted - start;
    };
    const firstPick = await pick('Failed', failed);
    await pick('Any', all);
    const toFailed: number[] = [];
    const toAny: number[] = [];
    for (let n = 0; n < rounds.warmup + rounds.picks; n += 1) {
      const a = await pick('Failed', failed);
      const b = await pick('Any', all);
      if (n < rounds.warmup) continue;
      toFailed.push(a);
      toAny.push(b);
    }

    // Text: words ↔ cleared, each timed from the input and from the request the pause sends.
    const type = (value: string, total: number) => typeWords(page, value, total);
    await firstSearch(page);
    await type('', all);
    const typed = { fromInput: [] as number[], fromRequest: [] as number[], pause: [] as number[], stalls: [] as number[] };
    const cleared = { fromInput: [] as number[], fromRequest: [] as number[] };
    for (let n = 0; n < rounds.warmup + rounds.texts; n += 1) {
      const later = laterWords[n % laterWords.length] ?? words;
      const a = await type(later, laterCounts.get(later) ?? 0);
      const b = await type('', all);
      if (n < rounds.warmup) continue;
      typed.fromInput.push(a.fromInput);
      typed.fromRequest.push(a.fromRequest);
      typed.pause.push(a.pause);
      typed.stalls.push(a.stallMs);
      cleared.fromInput.push(b.fromInput);
      cleared.fromRequest.push(b.fromRequest);
    }

    // Scroll far down, to rows whose window is not held (rows are of one height, as the table's arithmetic needs).
    const rowHeight = await page.evaluate<number>(`document.querySelector('${journalTable} .vtable__row--body').offsetHeight`);
    const scrolls: number[] = [];
    for (let n = 0; n < rounds.warmup + rounds.scrolls; n += 1) {
      const row = 20_000 + ((n * 7_919) % 70_000);
      const scroll = `document.querySelector('${journalTable}').scrollTop = ${row * rowHeight}; undefined`;
      const { start, painted } = await stamped(page, { trigger: 'scroll', selector: rowsShown(all, row) }, () => page.evaluate(scroll));
      if (n >= rounds.warmup) scrolls.push(painted - start);
    }

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const row = (cells: readonly string[]) => console.log(`| ${cells.join(' | ')} |`);
    const summaryRow = (label: string, taken: readonly number[]) => {
      const { median, p95 } = summarise(taken);
      row([label, String(taken.length), ms(median), ms(p95)]);
    };
    const en = (value: number) => value.toLocaleString('en');
    console.log(
      `\nJournal screen, ${en(entryCount)} entries in ${files} files (${(bytes / 1_048_576).toFixed(1)} MiB, ${en(all)} lines with the damaged ones); Chromium ${browser.version()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}\n`,
    );
    row(['measurement', 'samples', 'median', 'p95']);
    row(['---', '---:', '---:', '---:']);
    summaryRow('floor: click "Settings" → its form painted', floors);
    summaryRow('cold: click "Journal" as soon as the sidebar shows → rows painted', coldOpens);
    summaryRow('cold: the first read it sends (main builds its index) → answered', startupReads);
    summaryRow('open: click "Journal" → rows painted (from the windows the store kept)', opens);
    summaryRow('open: click "Journal" → main answered the re-read it asks for (windows held, pickers\' values)', reReads);
    row([`picker, first after start: Outcome "Failed" (${en(failed)} match) → rows painted`, '1', ms(firstPick), '—']);
    summaryRow(`picker: Outcome "Failed" (${en(failed)} match, kept) → rows painted`, toFailed);
    summaryRow(`picker: Outcome "Any" (${en(all)}, kept) → rows painted`, toAny);
    summaryRow(`text, first search after start: "${words}" (${en(withWords)} match) → rows painted, with the ${textDelayMs} ms pause`, firstTexts.fromInput);
    summaryRow(`text, first search after start: the request after the pause → rows painted`, firstTexts.fromRequest);
    const laterRange = `${en(Math.min(...laterCounts.values()))}–${en(Math.max(...laterCounts.values()))} match`;
    summaryRow(`text: later words, not kept (${laterRange}) put in → rows painted, with the ${textDelayMs} ms pause`, typed.fromInput);
    summaryRow(`text: later words, the request after the pause → rows painted`, typed.fromRequest);
    summaryRow(`text: cleared (${en(all)}, kept) → rows painted, with the pause`, cleared.fromInput);
    summaryRow('text: cleared, the request after the pause → rows painted', cleared.fromRequest);
    summaryRow('scroll: far down to a window not held → its rows painted', scrolls);
    summaryRow(`main's event loop, longest stall: click "Settings" (the floor: no journal work)`, floorStalls);
    summaryRow(`main's event loop, longest stall: cold, page load → journal rows painted`, coldStalls);
    summaryRow(`main's event loop, longest stall: an Outcome choice`, pickStalls);
    summaryRow(`main's event loop, longest stall: first search after start for "${words}"`, firstTexts.stalls);
    summaryRow(`main's event loop, longest stall: a later search (words not kept)`, typed.stalls);
    const medianOf = (taken: readonly number[]) => ms(summarise(taken).median);
    console.log(`\nopen, medians from the click: rows in the DOM ${medianOf(openSteps.shown)}, re-read sent ${medianOf(openSteps.asked)}, answered ${medianOf(reReads)}, rows painted ${medianOf(opens)}`);
    const pause = summarise(typed.pause);
    console.log(`input → request (the field's pause, ${textDelayMs} ms set): median ${ms(pause.median)}, p95 ${ms(pause.p95)}`);
    console.log(`cold: ${readBeforeClick} of ${rounds.cold} starts read the journal before the click on "Journal"`);
    console.log(`rows drawn at a time: ${await page.locator(`${journalTable} .vtable__row--body`).count()} of ${en(all)}`);
  } finally {
    await app.close();
  }
} finally {
  await browser.close();
  await rm(dataDir, { recursive: true, force: true });
}
