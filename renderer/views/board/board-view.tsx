import { useEffect, useMemo, useState } from 'react';
import { claimedByDesk, streamKey } from '../../../shared/domain/board';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { useBoardState, useSettingsState, useShortcutsState } from '../../state/stores-context';
import { useNow } from '../../time/use-now';
import { BoardTileView } from './board-tile';
import { PinPicker } from './pin-picker';
import { useBoardKeys } from './use-board-keys';
import './board.css';

/**
 * The failover board: one tile per pinned stream of the active Alibaba profile, in board order,
 * refreshed by main's polling; arm a standby, then take — or, in single-action mode, one press
 * takes. The mode in force is said under the title. A lock makes it watch-only.
 */
export function BoardView() {
  const t = useT();
  const now = useNow(1000);
  const board = useBoardState((state) => state.board);
  const error = useBoardState((state) => state.error);
  const { load, chooseStandby, pressTileKey, take, disarm, unpin, setLocked, setAutomatic, dismissError } = useBoardState((state) => state);
  const single = useSettingsState((state) => state.settings.takeMode === 'single');
  const shortcuts = useShortcutsState((state) => state.confirmed);
  const [modeChange, setModeChange] = useState<{ key: string; automatic: boolean } | null>(null);
  const [picking, setPicking] = useState(false);
  useEffect(() => void load(), [load]);
  const deskSwitches = (board?.deskSwitches ?? []).map((entry) => ({ ...entry, at: Date.parse(entry.at) }));
  const locked = board?.locked ?? false;
  const tileKeys = useMemo(() => (board?.tiles ?? []).map((tile) => streamKey(tile.pin)), [board?.tiles]);
  const selected = useBoardKeys({
    keys: tileKeys,
    single,
    press: (key) => void pressTileKey(key),
    take: (key) => void take(key, 'key'),
    disarm: (key) => void disarm(key),
  });
  return (
    <section className="view view--wide">
      <div className="view__header">
        <h1 className="view__title" tabIndex={-1}>
          {t('view.failover')}
        </h1>
        <div className="view__actions">
          <label className="board__lock">
            <input type="checkbox" checked={locked} disabled={!board} onChange={(event) => void setLocked(event.target.checked)} />
            {t('board.lock')}
          </label>
          <button type="button" className="button button--primary" aria-expanded={picking} disabled={!board} onClick={() => setPicking(!picking)}>
            {t('board.addStreams')}
          </button>
        </div>
      </div>
      <p className="view__lead">{t('view.failover.summary')}</p>
      <p className={`board__mode${single ? ' board__mode--single' : ''}`}>{t(single ? 'board.takeMode.single' : 'board.takeMode.armThenTake')}</p>
      {locked && <p className="board__locked">{t('board.locked')}</p>}
      <ErrorAlert error={error} onDismiss={dismissError} />
      {picking && <PinPicker onClose={() => setPicking(false)} />}
      {board && board.tiles.length === 0 && !picking && <p className="muted">{t('board.empty')}</p>}
      <div className="board">
        {board?.tiles.map((tile) => {
          const key = streamKey(tile.pin);
          return (
            <BoardTileView
              key={key}
              tile={tile}
              index={board.tiles.indexOf(tile)}
              selected={selected === key}
              phase={board.phases[key] ?? { kind: 'idle' }}
              locked={locked}
              single={single}
              shortcut={shortcuts?.shortcuts.find((shortcut) => shortcut.key === key) ?? null}
              now={now}
              byThisDesk={(change) => claimedByDesk(deskSwitches, key, change.sequence, Date.parse(change.at))}
              onChoose={(sequence) => void chooseStandby(key, sequence)}
              onTake={() => void take(key, 'click')}
              onUnpin={() => void unpin(tile.pin)}
              onMode={(automatic) => setModeChange({ key, automatic })}
            />
          );
        })}
      </div>
      {modeChange && (
        <ConfirmDialog
          title={t(modeChange.automatic ? 'board.mode.onTitle' : 'board.mode.offTitle', { stream: modeChange.key })}
          body={t(modeChange.automatic ? 'board.mode.onBody' : 'board.mode.offBody')}
          confirmLabel={t(modeChange.automatic ? 'board.mode.confirmOn' : 'board.mode.confirmOff')}
          cancelLabel={t('board.mode.cancel')}
          onConfirm={() => setAutomatic(modeChange.key, modeChange.automatic)}
          onClose={() => setModeChange(null)}
        />
      )}
    </section>
  );
}
