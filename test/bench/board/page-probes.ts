import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';
import { summarise } from '../latency';
import type { BoardBenchProbe, Drained, TakeTimes } from './page-probe-script';
import { wallNow } from './wire-log';

// The Node side of the board benchmark's eyes in a page: installs page-probe-script.ts (bundled
// here, as the harness bundles its bridge) before a page's own scripts, and asks it what it saw.
// The functions handed to page.evaluate only call the probe: they are serialised into the page,
// where nothing else of this file exists — not even the `__name` helper that tsx (esbuild's
// keepNames) wraps around named inner functions, which is why the probe is a bundled script.

export type { TakeTimes } from './page-probe-script';

/** What the probe script adds to a page's global object. */
interface ProbeHost {
  __boardBench: BoardBenchProbe;
}

let bundled: Promise<string> | null = null;

/** Installs the probe in every document the page loads from now on. */
export async function installProbes(page: Page): Promise<void> {
  bundled ??= build({
    entryPoints: [path.join(import.meta.dirname, 'page-probe-script.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  await page.addInitScript({ content: await bundled });
}

/** The Enter keydowns and fetch starts recorded since the last call, and forgets them. */
export function drainProbes(page: Page): Promise<Drained> {
  return page.evaluate(() => (globalThis as unknown as ProbeHost).__boardBench.drain());
}

/** Starts watching tile `key` for a take of `target`, before the key press, so no DOM change is missed. */
export function watchTake(page: Page, key: string, target: string, giveUpMs: number): Promise<void> {
  return page.evaluate((args) => (globalThis as unknown as ProbeHost).__boardBench.watchTake(args.key, args.target, args.giveUpMs), { key, target, giveUpMs });
}

/** Waits for the watch started by {@link watchTake} to end, and answers what it saw. */
export function takeWatched(page: Page): Promise<TakeTimes> {
  return page.evaluate(() => (globalThis as unknown as ProbeHost).__boardBench.takeWatched());
}

/** The tile's upstreams as the DOM shows them: the one ON AIR, the standbys, the armed one. */
export function tileUpstreams(page: Page, key: string): Promise<ReturnType<BoardBenchProbe['tileUpstreams']>> {
  return page.evaluate((tile) => (globalThis as unknown as ProbeHost).__boardBench.tileUpstreams(tile), key);
}

/**
 * The page's clock minus Node's, estimated `samples` times from a reading taken in the page
 * between two of Node's: the median estimate, and the median half-width of the windows it lies in.
 */
export async function clockOffset(page: Page, samples = 21): Promise<{ offsetMs: number; withinMs: number }> {
  const offsets: number[] = [];
  const halves: number[] = [];
  for (let n = 0; n < samples; n += 1) {
    const before = wallNow();
    const inPage = await page.evaluate(() => (globalThis as unknown as ProbeHost).__boardBench.now());
    const after = wallNow();
    offsets.push(inPage - (before + after) / 2);
    halves.push((after - before) / 2);
  }
  return { offsetMs: summarise(offsets).median, withinMs: summarise(halves).median };
}
