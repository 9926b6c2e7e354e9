import type { Locator, Page, Request } from '@playwright/test';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { stampIt, type Probe, type Stamps } from '../studios/render-probe';

// The Journal screen as its benchmark drives it: the sidebar, what the DOM shows once rows of a
// given result are drawn with their lines, and the page's own record (Resource Timing) of when it
// asked main's journal for something (a window of lines, the pickers' values) and when the answer
// was in — all on the page's performance clock.

/** The sidebar's items: 0 Failover, 4 Journal, 5 Settings (a short form, nothing fetched). */
export const views = { failover: 0, journal: 4, settings: 5 } as const;

/** A sidebar item. */
export const navItem = (page: Page, index: number): Locator => page.getByRole('navigation').getByRole('button').nth(index);

/** The journal's table (its scroller too). */
export const journalTable = '[role="table"][aria-label="Journal entries, newest first"]';

/**
 * Matches once the table counts `total` matching lines and row `index` (0 the newest) is drawn
 * with its line — a row header (the time, or "damaged") instead of the "Reading…" placeholder a
 * row shows while its window is on its way.
 */
export const rowsShown = (total: number, index = 0): string => `${journalTable}[aria-rowcount="${total + 1}"] [role="row"][aria-rowindex="${index + 2}"] [role="rowheader"]`;

/** One request to main's journal as the page timed it. */
export interface JournalRead {
  /** The channel: `journal.page`, `journal.facets`, … */
  channel: string;
  /** When the page called fetch. */
  startTime: number;
  /** When the answer's last byte was in. */
  responseEnd: number;
}

const journalChannel = /\/ipc\/(journal\.[a-z]+)/;

/** The page keeps every request's timing (the default buffer holds 250) and forgets the ones so far. */
export const clearReads = (page: Page): Promise<void> => page.evaluate('performance.setResourceTimingBufferSize(100000); performance.clearResourceTimings(); undefined');

/** The page's answered requests to main's journal sent at or after `since`, in the order sent. */
export async function readsSince(page: Page, since: number): Promise<JournalRead[]> {
  const entries = await page.evaluate<{ name: string; startTime: number; responseEnd: number }[]>(`performance.getEntriesByType('resource')
    .filter((entry) => entry.startTime >= ${since} && entry.responseEnd > 0)
    .map((entry) => ({ name: entry.name, startTime: entry.startTime, responseEnd: entry.responseEnd }))`);
  return entries
    .flatMap(({ name, startTime, responseEnd }) => {
      const channel = journalChannel.exec(name)?.[1];
      return channel ? [{ channel, startTime, responseEnd }] : [];
    })
    .sort((a, b) => a.startTime - b.startTime);
}

/**
 * Counts the page's requests to main's journal as Playwright sees them leave and come back, so a
 * benchmark can wait until every one an action caused is answered (Resource Timing lists only
 * finished requests, so it cannot tell one still on its way from none at all).
 */
export function watchJournalRequests(page: Page): { sent(): number; idle(): boolean } {
  let sent = 0;
  const open = new Set<Request>();
  page.on('request', (request) => {
    if (!journalChannel.test(request.url())) return;
    sent += 1;
    open.add(request);
  });
  // One sent before the watch began is never counted, and so never waited for.
  const ended = (request: Request) => open.delete(request);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return { sent: () => sent, idle: () => open.size === 0 };
}

/** What `answeredReads` waits for. */
export interface Awaited {
  /** At least this many requests listed (1 by default). */
  count?: number;
  /** Only requests on this channel count. */
  channel?: string;
  /** And none still on its way. */
  watch?: { idle(): boolean };
}

/** Waits until the journal requests sent since `since` on the page's clock are answered as `awaited` says, and answers them. */
export async function answeredReads(page: Page, since: number, awaited: Awaited = {}): Promise<JournalRead[]> {
  const { count = 1, channel, watch } = awaited;
  const giveUp = Date.now() + giveUpMs;
  for (;;) {
    const reads = (await readsSince(page, since)).filter((read) => channel === undefined || read.channel === channel);
    if (reads.length >= count && (watch?.idle() ?? true)) return reads;
    if (Date.now() > giveUp) throw new Error(`${reads.length} of ${count} ${channel ?? 'journal'} requests since ${since.toFixed(0)} ms answered after ${giveUpMs} ms`);
    await page.waitForTimeout(20);
  }
}

/** Longer than anything measured takes, so a wrong expectation fails loudly instead of hanging. */
const giveUpMs = 60_000;

/** `stampIt`, failing with the selector it waited for if the result never shows. */
export async function stamped(page: Page, probe: Probe, act: () => Promise<void>): Promise<Stamps> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not painted within ${giveUpMs} ms: ${probe.selector}`)), giveUpMs);
  });
  try {
    return await Promise.race([stampIt(page, probe, act), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** From the Failover view, a click on a sidebar item → the stamps of the first frame painted with `selector`. */
export async function openFromFailover(page: Page, index: number, selector: string): Promise<Stamps> {
  await navItem(page, views.failover).click();
  await page.locator('main h1', { hasText: 'Failover' }).waitFor();
  return stamped(page, { trigger: 'click', selector }, () => navItem(page, index).click());
}

/**
 * Does `work` and answers, beside its result, the longest this process's event loop was held up
 * meanwhile (perf_hooks, 10 ms resolution). The harness's main runs in this process, so a long
 * stall is main answering nobody — not the board, not a take — while the journal works.
 */
export async function stallDuring<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    const result = await work();
    return { result, stallMs: delay.max / 1e6 };
  } finally {
    delay.disable();
  }
}
