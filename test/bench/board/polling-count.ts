import type { BoardPin } from '../../../shared/domain/board';
import { wallNow, type WireLog } from './wire-log';

// The board's polling cost as the cloud sees it: with a board of many pins open, every request
// that reaches the rehearsal cloud in a window is counted by action, and the list reads are
// grouped into polling cycles (a cycle's reads leave together; cycles are ~2 s apart).

/** What the cloud received while the board polled. */
export interface PollingCount {
  windowSeconds: number;
  /** Requests per action over the window. */
  byAction: Record<string, number>;
  total: number;
  /** Polling cycles seen (groups of list reads), and list reads per cycle. */
  cycles: number;
  listReadsPerCycle: number;
}

/** The board's list read: one walk of one domain. */
export const listAction = 'QueryLiveDomainMultiStreamList';

/**
 * `count` pins on the given domains, spread evenly: the domains' real streams first (so some
 * tiles are live), then made-up stream names (tiles that are off the air) — `board.pin` takes any
 * name, and a poll reads whole domains, so what matters for its cost is how many domains.
 */
export function pinsOn(domains: readonly { domain: string; streams: readonly string[] }[], count: number): BoardPin[] {
  return Array.from({ length: count }, (_, at) => {
    const { domain, streams } = domains[at % domains.length] as { domain: string; streams: readonly string[] };
    const nth = Math.floor(at / domains.length);
    return { domain, app: 'live', stream: streams[nth] ?? `bench-${String(nth).padStart(2, '0')}` };
  });
}

/** A gap between list reads longer than this starts a new cycle. */
const cycleGapMs = 500;

/** Counts what reaches the cloud's `ports` during the next `windowMs`. */
export async function countPolling(wire: WireLog, ports: readonly number[], windowMs: number): Promise<PollingCount> {
  const from = wallNow();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const to = wallNow();
  const seen = wire.events(from).filter((event) => event.kind === 'arrived' && event.at < to && ports.includes(event.port));
  const byAction: Record<string, number> = {};
  for (const event of seen) byAction[event.action || '(no action)'] = (byAction[event.action || '(no action)'] ?? 0) + 1;
  const lists = seen.filter((event) => event.action === listAction).map((event) => event.at);
  const cycles = lists.filter((at, index) => index === 0 || at - (lists[index - 1] ?? at) > cycleGapMs).length;
  return { windowSeconds: (to - from) / 1000, byAction, total: seen.length, cycles, listReadsPerCycle: cycles === 0 ? 0 : lists.length / cycles };
}
