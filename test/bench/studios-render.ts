import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { filterStudios, noFilters } from '../../renderer/views/studios/studio-filter';
import playwrightConfig from '../e2e/playwright.config';
import { startHarnessApp } from '../harness/harness-app';
import { summarise } from './latency';
import { manyStudios } from './studios/many-studios';
import { timeIt } from './studios/render-probe';

// `npm run bench:studios`: how fast the Studios view draws and filters a big account; asserts
// nothing. The script builds the renderer first.
//
// What is measured is rendering only, never fetching. The harness runs in this process
// (test/harness/harness-app.ts, as `npm run harness` composes it) and serves the built renderer to
// Debian's Chromium, launched as the E2E tests launch it. The page's `studios.view` request — the
// cached list, which the studios slice reads when the window starts — is answered by Playwright
// from 5,000 generated studios (studios/many-studios.ts) instead of main, so the store holds all
// of them before anything is timed; the list then says it was listed just now, so opening the view
// lists nothing. The page opens on the Failover view; the 5,000 studios are in the store once a
// first visit to Studios shows them (untimed). Then, with the page's own clock (studios/render-probe.ts):
// - first paint: a click on "Studios" in the sidebar → the first frame painted with the list
//   (the table and its rows), the view mounting from scratch each time (it unmounts on leaving);
//   the very first of these (cold: code not yet optimised) is shown apart, and beside them the
//   floor: the same click on a view with little to draw (Settings);
// - keystroke → filtered list: a key typed into "Name contains" → the first frame painted with the
//   list of matching studios, alternating "7" (studios whose name contains 7) and Backspace (all);
// - sort: a click on the "Studio" column header → the frame with the list in the other order.
// Each row of the table is the median and 95th percentile of its samples.
const studioCount = 5000;
const rounds = { mounts: 20, keystrokes: 50, sorts: 20, warmup: 5 };

const table = (selector: string) => `[role="table"]${selector}`;

/** Times `count` samples after `warmup` untimed ones of `sample`. */
async function samples(count: number, warmup: number, sample: (n: number) => Promise<number>): Promise<number[]> {
  const timed: number[] = [];
  for (let n = 0; n < warmup + count; n += 1) {
    const ms = await sample(n);
    if (n >= warmup) timed.push(ms);
  }
  return timed;
}

/** The sidebar's item of a view: 0 Failover, 1 Studios, 5 Settings (a short form, nothing fetched). */
const navItem = (page: Page, index: number) => page.getByRole('navigation').getByRole('button').nth(index);

/** From the Failover view, a click on a sidebar item → the first frame painted with `selector` on screen. */
async function openOnce(page: Page, index: number, selector: string): Promise<number> {
  await navItem(page, 0).click();
  await page.locator('main h1', { hasText: 'Failover' }).waitFor();
  return timeIt(page, { trigger: 'click', selector }, () => navItem(page, index).click());
}

const listShown = table(`[aria-rowcount="${studioCount + 1}"] [role="row"][aria-rowindex="2"]`);
const mountOnce = (page: Page) => openOnce(page, 1, listShown);
/** The floor of a view change: the shell swapping in a view with little to draw (Settings' language choice). */
const floorOnce = (page: Page) => openOnce(page, 5, 'input[name="language"]');

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-studios-bench-'));
const app = await startHarnessApp({ dataDir, logSink: (line) => void (/ info /.test(line) || process.stderr.write(`${line}\n`)) });
const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
try {
  const view = manyStudios(studioCount, app.services.profiles.activeId('aliyun'));
  const answer = JSON.stringify({ ok: true, value: view });
  const withSeven = filterStudios(view.studios, { ...noFilters, name: '7' }).length;
  const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  await page.route('**/ipc/studios.view', (route) => route.fulfill({ contentType: 'application/json', body: answer }));
  await page.route('**/ipc/studios.refresh', (route) => route.fulfill({ contentType: 'application/json', body: answer }));
  await page.goto(app.url);
  await page.locator('main h1', { hasText: 'Failover' }).waitFor();
  await page.getByRole('navigation').getByRole('button').nth(1).click();
  await page.getByText(`${studioCount} of ${studioCount} studios`).waitFor({ timeout: 30_000 });
  process.stderr.write(`[bench] ${studioCount} studios in the store (${(answer.length / 1e6).toFixed(1)} MB as JSON); timing…\n`);

  const cold = await mountOnce(page);
  // Interleaved with the floor, so noise falls on both alike.
  const floors: number[] = [];
  const mounts = await samples(rounds.mounts, rounds.warmup, async (n) => {
    const floor = await floorOnce(page);
    if (n >= rounds.warmup) floors.push(floor);
    return mountOnce(page);
  });

  const filter = page.getByLabel('Name contains');
  await filter.focus();
  const keystrokes = await samples(rounds.keystrokes, rounds.warmup, async (n) => {
    const typing = n % 2 === 0;
    const shown = typing ? withSeven : studioCount;
    return timeIt(page, { trigger: 'keydown', selector: table(`[aria-rowcount="${shown + 1}"]`) }, () => page.keyboard.press(typing ? '7' : 'Backspace'));
  });

  const header = page.getByRole('columnheader', { name: 'Studio' });
  const sorts = await samples(rounds.sorts, rounds.warmup, async (n) => {
    const direction = n % 2 === 0 ? 'ascending' : 'descending';
    return timeIt(page, { trigger: 'click', selector: `[role="columnheader"][aria-sort="${direction}"]` }, () => header.getByRole('button').click());
  });

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const row = (cells: readonly string[]) => console.log(`| ${cells.join(' | ')} |`);
  console.log(`\nStudios view, ${studioCount} studios already in the store (no fetching timed); Chromium ${browser.version()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}\n`);
  row(['measurement', 'samples', 'median', 'p95']);
  row(['---', '---:', '---:', '---:']);
  row(['first paint of the list, first mount (cold)', '1', ms(cold), '—']);
  for (const [label, timed] of [
    ['floor: click "Settings" → its form painted', floors],
    ['first paint of the list: click "Studios" → list painted', mounts],
    [`keystroke → filtered list painted ("7": ${withSeven} studios ↔ Backspace: ${studioCount})`, keystrokes],
    ['click the "Studio" header → list painted in the other order', sorts],
  ] as const) {
    const { median, p95 } = summarise(timed);
    row([label, String(timed.length), ms(median), ms(p95)]);
  }
  console.log(`\nrows drawn at a time: ${await page.locator('[role="table"] [role="rowgroup"]:last-child [role="row"]').count()} of ${studioCount}`);
} finally {
  await browser.close();
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}
