import { claimedByDesk, streamKey, type BoardTile, type ObservedChange } from '../../shared/domain/board';
import { onAirUpstream } from '../../shared/domain/live-streams';
import type { DeskSwitch } from './switch-desk';

/**
 * The changes between the tiles as last shown and as just read. Only reads that listed the
 * stream both times are compared for its master: a failed read shows nothing new, and a stream
 * that left the air is reported as that, not as a switch. A master change is this desk's when the
 * desk confirmed a switch to that upstream within the last minute; anything else is "elsewhere"
 * (another desk, the console, or automatic mode — the reason says which).
 */
export function observeChanges(previous: ReadonlyMap<string, BoardTile>, next: readonly BoardTile[], desk: readonly DeskSwitch[], now: number): ObservedChange[] {
  const changes: ObservedChange[] = [];
  for (const tile of next) {
    const key = streamKey(tile.pin);
    const before = previous.get(key);
    if (!before || tile.readError) continue;
    if (before.presence === 'listed' && tile.presence === 'notListed') changes.push({ kind: 'offAir', key });
    if (before.presence === 'notListed' && tile.presence === 'listed') changes.push({ kind: 'backOnAir', key });
    if (before.presence !== 'listed' || tile.presence !== 'listed' || !before.stream || !tile.stream) continue;
    const from = onAirUpstream(before.stream)?.sequence ?? null;
    const to = onAirUpstream(tile.stream)?.sequence ?? null;
    if (to !== null && to !== from) {
      const [latest] = tile.stream.changes;
      const logged = latest && latest.sequence === to ? latest : null;
      const byThisDesk = claimedByDesk(desk, key, to, now);
      changes.push({ kind: 'masterChanged', key, from, to, reason: logged?.reason ?? null, rawReason: logged?.rawReason ?? null, byThisDesk });
    }
    if (from !== null && to === null) changes.push({ kind: 'masterLost', key });
    const standbys = (stream: typeof tile.stream) => stream.upstreams.filter((upstream) => !upstream.master).length;
    if (standbys(before.stream) > 0 && standbys(tile.stream) === 0) changes.push({ kind: 'standbyLost', key });
    if (standbys(before.stream) === 0 && standbys(tile.stream) > 0) changes.push({ kind: 'standbyBack', key });
  }
  return changes;
}
