import { streamKey, type BoardPin, type BoardTile } from '../../shared/domain/board';
import type { DualIngestStream } from '../../shared/domain/live-streams';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ActionOptions } from '../cloud/actions/action-definition';
import { listDualIngestStreams } from '../cloud/actions/aliyun/dual-stream';
import type { CloudClient } from '../cloud/cloud-client';

/** What one domain's read gave: its dual-ingest streams, or why it failed. */
type DomainRead = { ok: true; streams: DualIngestStream[] } | { ok: false; error: AppError };

/** A cycle's tiles, and the reads it sent (one per domain and page), which the polling budget counts. */
export interface BoardRead {
  tiles: BoardTile[];
  reads: number;
}

/**
 * One polling cycle of the board: each pinned domain is walked once (all pages), however many of
 * its streams are pinned, so fifty tiles on two domains cost two walks per interval. Each tile
 * then takes what its domain's read says; a failed read keeps the tile's last confirmed stream
 * and its age, marked with the error — the offline rule: show what was confirmed, never a guess.
 */
export async function pollBoard(
  client: CloudClient,
  pins: readonly BoardPin[],
  previous: ReadonlyMap<string, BoardTile>,
  now: Date,
  options: ActionOptions = {},
): Promise<BoardRead> {
  const domains = [...new Set(pins.map((pin) => pin.domain))];
  let sent = 0;
  const byDomain = new Map<string, DomainRead>(
    await Promise.all(
      domains.map(async (domain): Promise<[string, DomainRead]> => {
        try {
          return [domain, { ok: true, streams: await listDualIngestStreams(client, { domain }, { ...options, onProgress: () => (sent += 1) }) }];
        } catch (thrown) {
          sent += 1;
          return [domain, { ok: false, error: toAppError(thrown) }];
        }
      }),
    ),
  );
  const tiles = pins.map((pin): BoardTile => {
    const before = previous.get(streamKey(pin));
    const read = byDomain.get(pin.domain);
    if (!read || !read.ok) {
      return { pin, stream: before?.stream ?? null, confirmedAt: before?.confirmedAt ?? null, presence: before?.presence ?? 'unknown', readError: read?.ok === false ? read.error : null };
    }
    const stream = read.streams.find((candidate) => candidate.app === pin.app && candidate.stream === pin.stream) ?? null;
    return { pin, stream: stream ?? before?.stream ?? null, confirmedAt: now.toISOString(), presence: stream ? 'listed' : 'notListed', readError: null };
  });
  return { tiles, reads: sent };
}
