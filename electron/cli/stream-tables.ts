import { streamKey } from '../../shared/domain/board';
import { onAirUpstream, type DualIngestStream, type DualIngestUpstream } from '../../shared/domain/live-streams';
import { utcSeconds } from '../cloud/utc-seconds';
import type { Translate } from './help-text';
import { formatTable, printable } from './text-table';

// How `lcr streams` and `lcr upstreams` print what the cloud listed: plain aligned tables, times in
// UTC to the second (as the journal and the cloud write them), words from the catalogues.

/** An instant as the tables show it: `2026-11-22T20:00:00Z`. */
export function timeCell(iso: string): string {
  return utcSeconds(new Date(iso));
}

/** An upstream as the operator names it: its sequence, and the encoder's address beside it. */
export function upstreamLabel(upstream: Pick<DualIngestUpstream, 'sequence' | 'ip'>): string {
  return `${upstream.sequence} (${upstream.ip})`;
}

/** How many upstreams stand by: every one that is not on air. */
export function standbysOf(stream: Pick<DualIngestStream, 'upstreams'>): DualIngestUpstream[] {
  return stream.upstreams.filter((upstream) => !upstream.master);
}

const automaticCell = (stream: DualIngestStream, t: Translate) => t(stream.automatic ? 'cli.stream.automaticOn' : 'cli.stream.automaticOff');

/**
 * `lcr streams` as a table: one row per stream, the upstream on air (never guessed: none or two
 * masters read as unknown, as on the board), its standbys, the cloud's automatic mode, and since
 * when the encoder on air has been pushing.
 */
export function streamsTable(streams: readonly DualIngestStream[], t: Translate): string {
  const headers = [t('cli.column.stream'), t('cli.column.onAir'), t('cli.column.standbys'), t('cli.column.automatic'), t('cli.column.ingestSince')];
  const rows = streams.map((stream) => {
    const onAir = onAirUpstream(stream);
    return [
      streamKey(stream),
      onAir ? upstreamLabel(onAir) : t('cli.stream.onAirUnknown'),
      String(standbysOf(stream).length),
      automaticCell(stream, t),
      onAir ? timeCell(onAir.since) : '-',
    ];
  });
  return `${formatTable(headers, rows)}\n`;
}

/** The last change of the upstream on air and why, in the board's words for the reason. */
function lastChangeLine(stream: DualIngestStream, t: Translate): string {
  const [last] = stream.changes;
  if (!last) return t('cli.upstreams.noChange');
  const reason = t(`board.reason.${last.reason}`, { raw: last.rawReason });
  return t('cli.upstreams.lastChange', { time: timeCell(last.at), upstream: upstreamLabel(last), reason });
}

/**
 * `lcr upstreams` as a table: one row per encoder in the cloud's order (by ingest start), the one
 * on air marked, then the stream's mode and its last change of master with the reason.
 */
export function upstreamsTable(stream: DualIngestStream, t: Translate): string {
  const headers = [t('cli.column.sequence'), t('cli.column.status'), t('cli.column.encoderIp'), t('cli.column.ingestSince')];
  const rows = stream.upstreams.map((upstream) => [
    upstream.sequence,
    t(upstream.master ? 'cli.stream.onAir' : 'cli.stream.standby'),
    upstream.ip,
    timeCell(upstream.since),
  ]);
  const notes = [
    ...(onAirUpstream(stream) ? [] : [t('cli.upstreams.noMaster')]),
    t(stream.automatic ? 'cli.upstreams.automaticOn' : 'cli.upstreams.automaticOff'),
    lastChangeLine(stream, t),
  ];
  // The key and the change log's own words come from the cloud: shown, never allowed to drive the terminal.
  return `${printable(streamKey(stream))}\n\n${formatTable(headers, rows)}\n\n${notes.map(printable).join('\n')}\n`;
}
