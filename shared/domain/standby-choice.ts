import type { DualIngestStream } from './live-streams';

/** How long after a no-data or low-quality handover an upstream counts as unreliable. */
export const troubledWindowMs = 5 * 60_000;

/**
 * Which standby "the standby" is, for arm-and-take and for "fail over now":
 * - `only`: the stream has exactly one standby;
 * - `steadiest`: several, and this one has been connected longest without having just failed;
 * - `choose`: the board cannot say (nothing on air, no standby, or no clear pick) — the operator
 *   picks from `candidates`, never the board by guesswork.
 */
export type StandbyChoice =
  | { kind: 'only'; sequence: string }
  | { kind: 'steadiest'; sequence: string }
  | { kind: 'choose'; candidates: string[] };

/**
 * The upstreams that lost the air to a no-data or low-quality handover within the window. The
 * cloud's change log names the upstream put on air; the one that failed is the one on air before
 * it, named by the next-older entry (changes are newest first). A handover with no older entry
 * names nobody: the board does not blame an upstream it cannot identify.
 */
function recentlyTroubled(stream: Pick<DualIngestStream, 'changes'>, now: number): Set<string> {
  const troubled = new Set<string>();
  stream.changes.forEach((change, index) => {
    const recent = now - Date.parse(change.at) <= troubledWindowMs;
    const failedOver = change.reason === 'noData' || change.reason === 'lowQuality';
    const before = stream.changes[index + 1];
    if (recent && failedOver && before) troubled.add(before.sequence);
  });
  return troubled;
}

/**
 * Picks the standby to switch to: the only one; else the one connected longest (earliest `since`)
 * that has not failed over in the last five minutes; else the operator chooses. Nothing is picked
 * while the stream has no single upstream on air — then every upstream is a candidate, because
 * "the standby" means nothing when no master is confirmed.
 */
export function chooseStandby(stream: Pick<DualIngestStream, 'upstreams' | 'changes'>, now: number): StandbyChoice {
  const masters = stream.upstreams.filter((upstream) => upstream.master);
  if (masters.length !== 1) return { kind: 'choose', candidates: stream.upstreams.map((upstream) => upstream.sequence) };
  const standbys = stream.upstreams.filter((upstream) => !upstream.master);
  const [single] = standbys;
  if (standbys.length === 1 && single) return { kind: 'only', sequence: single.sequence };
  const troubled = recentlyTroubled(stream, now);
  const steady = standbys.filter((upstream) => !troubled.has(upstream.sequence)).sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
  const [first, second] = steady;
  if (first && (!second || Date.parse(first.since) < Date.parse(second.since))) return { kind: 'steadiest', sequence: first.sequence };
  return { kind: 'choose', candidates: standbys.map((upstream) => upstream.sequence) };
}
