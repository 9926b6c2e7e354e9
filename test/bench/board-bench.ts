import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultSettings } from '../../shared/domain/settings';
import { listDualIngestStreams } from '../../electron/cloud/actions/aliyun/dual-stream';
import { streamKey } from '../../shared/domain/board';
import playwrightConfig from '../e2e/playwright.config';
import { startHarnessApp, type HarnessApp } from '../harness/harness-app';
import { printBoardReport, type LatencyPhase } from './board/board-report';
import { startFloorPage } from './board/floor-page';
import { clockOffset, installProbes } from './board/page-probes';
import { countPolling, pinsOn } from './board/polling-count';
import { floorOnce, switchOnce, type SwitchContext } from './board/switch-rounds';
import { startWireLog, type WireLog } from './board/wire-log';

// `npm run bench:board`: the failover board's "harness path" in figures; asserts nothing. The
// script builds the renderer first; the built-in rehearsal profiles need no keychain, so it runs
// without the keyring wrapper.
//
// The harness runs in this process (test/harness/harness-app.ts, the same composition as
// `npm run harness`) on a fresh data folder, so the built-in rehearsal profile is active and the
// board talks to the embedded rehearsal cloud, also in this process. Debian's Chromium, launched
// as the E2E tests launch it, opens the board with one pinned stream (studio-b: manual mode, two
// upstreams) and, in a second page, the floor: a bare page whose keydown handler only POSTs once
// to a loopback server in this process (board/floor-page.ts).
//
// Clocks: the page stamps with `performance.timeOrigin + event.timeStamp` (the key, in a capturing
// listener) and `performance.timeOrigin + performance.now()` (DOM changes); Node stamps with
// `performance.timeOrigin + performance.now()` when a server here has parsed a request
// (diagnostics channel `http.server.request.start`) and when undici creates and writes the app's
// requests. Both are the one system wall clock read at high resolution; the printed offset is
// measured at the start (a page reading between two of Node's) and falls alike on floor and board.
//
// Rounds: per added-latency setting (a `latency` drill: the cloud holds every answer back), a few
// untimed rounds, then 100 timed rounds, each one floor key and one board switch (their order
// alternating, so noise falls on both alike) and one signed read through the app's client (the
// round trip). A switch is 1 (arm the first tile's standby), then Enter (take), timed
// - key → request: Enter's keydown → SetLiveDomainMultiStreamMaster received by the cloud;
// - take → confirmed: Enter's keydown → the DOM shows the target ON AIR with nothing pending.
// Enter comes a random 0–2 s after the arm, so takes fall anywhere in the board's 2 s polling
// cycle as an operator's do; pressed as soon as the previous round ended, every take would keep
// one phase to the poll (and, where a tile shows a new master only from a poll, always wait a
// whole interval). Consecutive takes are ≥ 300 ms apart, clear of the desk's 250 ms debounce. The
// next round arms only once the tile shows the result, so the run takes about 5 minutes (about 8
// where a confirmed take shows only from the next poll). Then the board gets 50 pins on two
// domains and everything reaching the cloud for 20 s is counted.
const studio = { domain: 'live.rehearsal.example', app: 'live', stream: 'studio-b' };
const tileKey = streamKey(studio);
const rounds = { warmup: 3, timed: 100 };
const latencies = [0, 150];
const giveUpMs = 15_000;
const takeSpacingMs = 300;
const polling = { pins: 50, settleMs: 3000, windowMs: 20_000 };
const pollDomains = [
  { domain: 'live.rehearsal.example', streams: ['studio-b', 'main', 'lobby'] },
  { domain: 'sports.rehearsal.example', streams: ['match-1', 'match-2', 'commentary'] },
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const portOf = (url: string | undefined) => Number(new URL(url ?? 'http://invalid').port);

/** One setting's rounds: floor key, board switch (alternating order), then one signed read. */
async function runPhase(app: HarnessApp, context: SwitchContext, floorPage: Page, floorPort: number, latencyMs: number): Promise<LatencyPhase> {
  const { services } = app;
  await services.cloud.rehearsal.drill(latencyMs === 0 ? { kind: 'clear' } : { kind: 'latency', ms: latencyMs });
  const phase: LatencyPhase = { latencyMs, floor: [], switches: [], roundTrips: [] };
  let previousKeyAt = 0;
  for (let n = 0; n < rounds.warmup + rounds.timed; n += 1) {
    const timed = n >= rounds.warmup;
    const floorRound = async () => {
      const sample = await floorOnce(floorPage, context.wire, floorPort, giveUpMs);
      if (timed) phase.floor.push(sample);
    };
    const switchRound = async () => {
      const sample = await switchOnce(context, { holdMs: Math.random() * defaultSettings.pollingSeconds * 1000, notBefore: previousKeyAt + takeSpacingMs });
      previousKeyAt = sample.keyAt;
      if (timed) phase.switches.push(sample);
    };
    if (n % 2 === 0) {
      await floorRound();
      await switchRound();
    } else {
      await switchRound();
      await floorRound();
    }
    const started = performance.now();
    await listDualIngestStreams(services.cloud.client, { domain: studio.domain, stream: studio.stream }, { profileId: services.profiles.activeId('aliyun') });
    if (timed) phase.roundTrips.push(performance.now() - started);
  }
  return phase;
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-board-bench-'));
const wire: WireLog = startWireLog();
// Warnings and errors still reach stderr; the per-call info lines would drown the table.
const app = await startHarnessApp({ dataDir, logSink: (line) => void (/ info /.test(line) || process.stderr.write(`${line}\n`)) });
const floor = await startFloorPage();
const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
try {
  app.services.board.pin(studio);
  const browserContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const floorPage = await browserContext.newPage();
  const boardPage = await browserContext.newPage();
  await installProbes(floorPage);
  await installProbes(boardPage);
  await floorPage.goto(floor.url);
  await boardPage.goto(app.url);
  await boardPage.locator(`article[aria-label="${tileKey}"] li.upstream--on-air`).waitFor({ timeout: giveUpMs });
  // Focus out of any field, as an operator's desk is between takes.
  await boardPage.locator('main h1').click();
  const endpoints = app.services.cloud.rehearsal.status().endpoints;
  const context: SwitchContext = { page: boardPage, wire, tileKey, harnessPort: app.server.port, cloudPort: portOf(endpoints?.aliyun), giveUpMs };
  const clock = await clockOffset(boardPage);

  const phases: LatencyPhase[] = [];
  for (const latencyMs of latencies) {
    process.stderr.write(`[bench] ${rounds.warmup} + ${rounds.timed} switches at ${latencyMs} ms added latency…\n`);
    phases.push(await runPhase(app, context, floorPage, floor.port, latencyMs));
  }
  await app.services.cloud.rehearsal.drill({ kind: 'clear' });

  process.stderr.write(`[bench] ${polling.pins} pins on ${pollDomains.length} domains, counting for ${polling.windowMs / 1000} s…\n`);
  for (const pin of pinsOn(pollDomains, polling.pins)) app.services.board.pin(pin);
  await pause(polling.settleMs);
  const counted = await countPolling(wire, [portOf(endpoints?.aliyun), portOf(endpoints?.volcengine)], polling.windowMs);

  printBoardReport(phases, { polling: { ...counted, pins: polling.pins, domains: pollDomains.length }, clock, warmup: rounds.warmup });
} finally {
  wire.stop();
  await browser.close();
  await Promise.all([floor.close(), app.close()]);
  await rm(dataDir, { recursive: true, force: true });
}
