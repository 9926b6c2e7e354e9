import { streamKey, type BoardTile, type TilePhase } from '../../../shared/domain/board';
import type { DualIngestChange } from '../../../shared/domain/live-streams';
import type { ShortcutStatus } from '../../../shared/domain/shortcuts';
import { errorMessage } from '../../../shared/i18n/translate';
import { useLocale, useT, type Translate } from '../../i18n/use-t';
import { useDeskZone } from '../../time/desk-zone';
import { localTime } from '../../time/local-datetime';
import { TileShortcutBadge, TileShortcutWarning } from './tile-shortcut';

/** What a tile needs besides its data: the desk's lock, the time, and the actions. */
export interface TileProps {
  tile: BoardTile;
  /** Position in board order; tiles 1–9 answer their number key. */
  index: number;
  /** Chosen with its number key: Enter and Escape act on it. */
  selected: boolean;
  phase: TilePhase;
  locked: boolean;
  /** Single-action mode: each standby's button takes it at once, and there is no Take. */
  single: boolean;
  /** The tile's global shortcut and whether it works; null without one. */
  shortcut: ShortcutStatus | null;
  now: Date;
  /** Whether the last change was confirmed from this desk. */
  byThisDesk(change: DualIngestChange): boolean;
  /** A standby's button: arms it, or in single-action mode takes it at once. */
  onChoose(sequence: string): void;
  onTake(): void;
  onUnpin(): void;
  /** Asks to turn the cloud's automatic switching on or off (after a confirmation). */
  onMode(automatic: boolean): void;
}


function reasonText(change: DualIngestChange, t: Translate): string {
  return change.reason === 'other' ? t('board.reason.other', { raw: change.rawReason }) : t(`board.reason.${change.reason}`);
}

/**
 * One pinned stream: its upstreams with the on-air one lit like a tally, the encoder IP and ingest
 * time, automatic or manual mode, the last change and who made it, how old the confirmed state
 * is, and its global shortcut. Standbys are armed with a click and Take switches to the armed one
 * — or, in single-action mode, a standby's Take now does both — showing pending until the cloud
 * confirms. Every state shown is what the cloud last confirmed.
 */
export function BoardTileView({ tile, index, selected, phase, locked, single, shortcut, now, byThisDesk, onChoose, onTake, onUnpin, onMode }: TileProps) {
  const t = useT();
  const locale = useLocale();
  const zone = useDeskZone();
  const key = streamKey(tile.pin);
  // With no fresh read the board shows the last confirmed state and switches nothing on it.
  const stale = tile.readError !== null;
  const stream = tile.stream;
  const master = stream?.upstreams.find((upstream) => upstream.master);
  const pending = phase.kind === 'pending';
  const armed = phase.kind === 'armed' ? phase.sequence : null;
  const listed = tile.presence === 'listed';
  const [lastChange] = stream?.changes ?? [];
  const age = tile.confirmedAt ? Math.max(0, Math.round((now.getTime() - Date.parse(tile.confirmedAt)) / 1000)) : null;
  return (
    <article className={`tile${tile.readError ? ' tile--stale' : ''}${listed ? '' : ' tile--off'}${selected ? ' tile--selected' : ''}`} aria-label={key} aria-current={selected || undefined}>
      <header className="tile__header">
        {index < 9 && (
          <kbd className="tile__key" aria-hidden="true">
            {index + 1}
          </kbd>
        )}
        <h2 className="tile__name" translate="no">
          {key}
        </h2>
        {stream && <span className="badge">{stream.automatic ? t('board.tile.automatic') : t('board.tile.manual')}</span>}
        <TileShortcutBadge shortcut={shortcut} />
        <button type="button" className="button" onClick={onUnpin}>
          {t('board.unpin')}
        </button>
      </header>
      <TileShortcutWarning shortcut={shortcut} />
      {tile.presence === 'unknown' && <p className="muted">{t('board.tile.unknown')}</p>}
      {tile.presence === 'notListed' && <p className="tile__warning">{t('board.tile.offAir')}</p>}
      {listed && stream && !master && <p className="tile__warning">{t('board.tile.noMaster')}</p>}
      {tile.readError && (
        <div className="tile__warning" role="status">
          <p>{t('board.tile.stale')}</p>
          <p>{errorMessage(locale, tile.readError)}</p>
        </div>
      )}
      {listed && stream && (
        <ul className="tile__upstreams">
          {stream.upstreams.map((upstream) => (
            <li key={upstream.sequence} className={`upstream${upstream.master ? ' upstream--on-air' : ''}${armed === upstream.sequence ? ' upstream--armed' : ''}`}>
              <span className="upstream__tally" aria-hidden="true" />
              <span className="upstream__state">{upstream.master ? t('board.tile.onAir') : t('board.tile.standby')}</span>
              <span className="upstream__id" translate="no">
                {upstream.sequence}
              </span>
              <span className="upstream__ip" translate="no">
                {upstream.ip}
              </span>
              <span className="muted">{t('board.tile.since', { time: localTime(upstream.since, zone) })}</span>
              {!upstream.master && single && (
                <button type="button" className="button button--take" disabled={locked || pending || stale} onClick={() => onChoose(upstream.sequence)}>
                  {t('board.tile.takeNow')}
                </button>
              )}
              {!upstream.master && !single && (
                <button type="button" className="button" aria-pressed={armed === upstream.sequence} disabled={locked || pending || stale} onClick={() => onChoose(upstream.sequence)}>
                  {armed === upstream.sequence ? t('board.tile.armed') : t('board.tile.arm')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {listed && (
        <div className="tile__actions">
          {!single && (
            <button type="button" className="button button--take" disabled={locked || armed === null || pending || stale} onClick={onTake}>
              {t('board.tile.take')}
            </button>
          )}
          {stream && (
            <button type="button" className="button" disabled={locked || stale} onClick={() => onMode(!stream.automatic)}>
              {stream.automatic ? t('board.mode.turnOff') : t('board.mode.turnOn')}
            </button>
          )}
          {pending && (
            <span className="tile__pending" role="status">
              {t('board.tile.pending', { sequence: phase.sequence })}
            </span>
          )}
        </div>
      )}
      <footer className="tile__footer muted">
        {lastChange && <span>{t('board.tile.lastChange', { reason: reasonText(lastChange, t), time: localTime(lastChange.at, zone), by: byThisDesk(lastChange) ? t('board.by.thisDesk') : t('board.by.elsewhere') })}</span>}
        {age !== null && <span>{t('board.tile.confirmedAgo', { seconds: age })}</span>}
      </footer>
    </article>
  );
}
