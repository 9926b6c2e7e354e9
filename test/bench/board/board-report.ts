import { summarise } from '../latency';
import type { PollingCount } from './polling-count';
import type { FloorSample, SwitchSample } from './switch-rounds';

// Prints the board benchmark's figures: one table labelled "harness path" with each measurement
// beside its floor or expectation and the ratio, then where the time of a key and of a take goes,
// stage by stage. Figures only; nothing here passes or fails.

/** The samples of one added-latency setting. */
export interface LatencyPhase {
  latencyMs: number;
  floor: FloorSample[];
  switches: SwitchSample[];
  /** One signed read through the app's client per round, ms. */
  roundTrips: number[];
}

/** What the report prints besides the phases. */
export interface ReportContext {
  polling: PollingCount & { pins: number; domains: number };
  /** Page clock minus Node's clock (ms): median of the estimates, and the median half-width of their windows. */
  clock: { offsetMs: number; withinMs: number };
  warmup: number;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
const row = (cells: readonly string[]) => console.log(`| ${cells.join(' | ')} |`);

/** Per-sample durations from `from` to `to`, then their median and p95. */
function stage<T>(samples: readonly T[], from: (s: T) => number | null, to: (s: T) => number | null) {
  const spans: number[] = [];
  for (const sample of samples) {
    const start = from(sample);
    const end = to(sample);
    if (start !== null && end !== null) spans.push(end - start);
  }
  return { ...summarise(spans), count: spans.length };
}

/** The main table: key → request beside the floor, round trips, take → confirmed beside two round trips + 50 ms. */
function printHarnessTable(phases: readonly LatencyPhase[], context: ReportContext): void {
  const rounds = phases[0]?.switches.length ?? 0;
  console.log(`\nharness path — ${rounds} switches per added-latency setting after ${context.warmup} untimed, floor rounds interleaved; page clock − Node clock ${ms(context.clock.offsetMs)} ms (± ${ms(context.clock.withinMs)})\n`);
  row(['measurement', 'median', 'p95', 'floor / expectation', 'median ÷', 'p95 ÷']);
  row(['---', '---:', '---:', '---', '---:', '---:']);
  for (const phase of phases) {
    const at = `added latency ${phase.latencyMs} ms`;
    const floor = stage(phase.floor, (s) => s.keyAt, (s) => s.arrivedAt);
    const key = stage(phase.switches, (s) => s.keyAt, (s) => s.arrivedAt);
    const trip = summarise(phase.roundTrips);
    const take = stage(phase.switches, (s) => s.keyAt, (s) => s.take.confirmedAt);
    const desk = stage(phase.switches, (s) => s.keyAt, (s) => s.take.pendingGoneAt);
    const budget = { median: 2 * trip.median + 50, p95: 2 * trip.p95 + 50 };
    row([`floor: key → request at the loopback server (bare page, one fetch), ${at}`, `${ms(floor.median)} ms`, `${ms(floor.p95)} ms`, '—', '—', '—']);
    row([`board: key (Enter) → switch request at the rehearsal cloud, ${at}`, `${ms(key.median)} ms`, `${ms(key.p95)} ms`, `≤ 1.2 × floor = ${ms(1.2 * floor.median)} / ${ms(1.2 * floor.p95)} ms`, times(key.median / floor.median), times(key.p95 / floor.p95)]);
    row([`round trip: one signed read through the app's client, ${at}`, `${ms(trip.median)} ms`, `${ms(trip.p95)} ms`, '—', '—', '—']);
    const expected = `≤ 2 round trips + 50 ms = ${ms(budget.median)} / ${ms(budget.p95)} ms`;
    row([`board: take (Enter) → confirmed master on screen, ${at}`, `${ms(take.median)} ms`, `${ms(take.p95)} ms`, expected, times(take.median / budget.median), times(take.p95 / budget.p95)]);
    row([`(beside it) take (Enter) → the desk's confirmation on screen (pending ends), ${at}`, `${ms(desk.median)} ms`, `${ms(desk.p95)} ms`, expected, times(desk.median / budget.median), times(desk.p95 / budget.p95)]);
  }
  const { polling } = context;
  row([`polling: requests at the cloud per second, ${polling.pins} pins on ${polling.domains} domains`, `${(polling.total / polling.windowSeconds).toFixed(2)} /s`, '—', `${polling.listReadsPerCycle.toFixed(1)} list reads per cycle (${polling.cycles} cycles in ${polling.windowSeconds.toFixed(1)} s)`, '—', '—']);
  console.log(`\npolling requests by action: ${Object.entries(polling.byAction).map(([action, count]) => `${action} ${count}`).join(', ') || 'none'}`);
}

/** Where a key's and a take's time goes, stage by stage (medians of each round's own spans). */
function printStages(phases: readonly LatencyPhase[]): void {
  console.log('\nwhere the time goes — median / p95 ms of each round\'s own span (stages need not add up to the total\'s median)\n');
  row(['span', ...phases.map((phase) => `added latency ${phase.latencyMs} ms`)]);
  row(['---', ...phases.map(() => '---:')]);
  const line = (label: string, span: (phase: LatencyPhase) => { median: number; p95: number }) =>
    row([label, ...phases.map((phase) => {
      const { median, p95 } = span(phase);
      return `${ms(median)} / ${ms(p95)}`;
    })]);
  line('floor: keydown → fetch() begins (page)', (p) => stage(p.floor, (s) => s.keyAt, (s) => s.fetchAt));
  line('floor: fetch() begins → browser sends it', (p) => stage(p.floor, (s) => s.fetchAt, (s) => s.fetchSentAt));
  line('floor: browser sends → request at the server (loopback, Node parses)', (p) => stage(p.floor, (s) => s.fetchSentAt, (s) => s.arrivedAt));
  line('board: keydown → fetch(board.take) begins (React handler, store, contract api)', (p) => stage(p.switches, (s) => s.keyAt, (s) => s.fetchAt));
  line('board: fetch() begins → browser sends it', (p) => stage(p.switches, (s) => s.fetchAt, (s) => s.fetchSentAt));
  line('board: browser sends → request at the harness (loopback, Node parses)', (p) => stage(p.switches, (s) => s.fetchSentAt, (s) => s.harnessAt));
  line('board: harness → undici request created (body, dispatch, desk, signing)', (p) => stage(p.switches, (s) => s.harnessAt, (s) => s.createdAt));
  line('board: undici created → headers written', (p) => stage(p.switches, (s) => s.createdAt, (s) => s.sentAt));
  line('board: headers written → request at the cloud (loopback, Node parses)', (p) => stage(p.switches, (s) => s.sentAt, (s) => s.arrivedAt));
  line('take: Enter → tile shows pending', (p) => stage(p.switches, (s) => s.keyAt, (s) => s.take.pendingAt));
  line('take: switch at the cloud → answered (the drill\'s latency)', (p) => stage(p.switches, (s) => s.arrivedAt, (s) => s.answeredAt));
  line('take: switch answered → the desk\'s re-read at the cloud (answer read, journal entry fsynced, re-read sent)', (p) => stage(p.switches, (s) => s.answeredAt, (s) => s.rereadAt));
  line('take: re-read at the cloud → pending ends on screen', (p) => stage(p.switches, (s) => s.rereadAt, (s) => s.take.pendingGoneAt));
  line('take: pending ends → target shown ON AIR (the next poll)', (p) => stage(p.switches, (s) => s.take.pendingGoneAt, (s) => s.take.confirmedAt));
  console.log('');
  for (const phase of phases) {
    const count = (test: (s: SwitchSample) => boolean) => phase.switches.filter(test).length;
    const of = `of ${phase.switches.length}`;
    console.log(
      `added latency ${phase.latencyMs} ms: new browser connection for ${count((s) => s.newConnection)} ${of} takes (floor: ${phase.floor.filter((s) => s.newConnection).length}), ` +
        `new cloud connection for ${count((s) => s.newCloudConnection)} ${of}; pending never rendered in ${count((s) => s.take.pendingAt === null)} ${of}; ` +
        `target already ON AIR when pending ended in ${count((s) => s.take.pendingGoneAt !== null && s.take.confirmedAt === s.take.pendingGoneAt)} ${of}`,
    );
  }
}

/** Prints every table of the board benchmark. */
export function printBoardReport(phases: readonly LatencyPhase[], context: ReportContext): void {
  printHarnessTable(phases, context);
  printStages(phases);
  console.log('');
}
