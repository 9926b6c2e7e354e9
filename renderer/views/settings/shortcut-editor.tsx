import { useEffect, useId } from 'react';
import { streamKey } from '../../../shared/domain/board';
import type { ShortcutStatus } from '../../../shared/domain/shortcuts';
import { errorMessage } from '../../../shared/i18n/translate';
import { useLocale, useT } from '../../i18n/use-t';
import { useBoardState, useShortcutsState } from '../../state/stores-context';
import { ShortcutRow } from './shortcut-row';

// Settings › Switching › Global shortcuts: the editor's table, one row per tile.

/** The editor's rows: every pinned tile in board order, then bindings whose tile is not pinned. */
function editorRows(pinned: readonly string[], shortcuts: readonly ShortcutStatus[]): { tileKey: string; pinned: boolean; binding: ShortcutStatus | null }[] {
  const byKey = new Map(shortcuts.map((shortcut) => [shortcut.key, shortcut]));
  return [
    ...pinned.map((tileKey) => ({ tileKey, pinned: true, binding: byKey.get(tileKey) ?? null })),
    ...shortcuts.filter((shortcut) => !pinned.includes(shortcut.key)).map((shortcut) => ({ tileKey: shortcut.key, pinned: false, binding: shortcut })),
  ];
}

/**
 * The global shortcut editor: one row per pinned tile of the active Alibaba profile, plus the
 * bindings left by tiles since unpinned. What each row says about a binding is what main (and
 * through it the OS) answered.
 */
export function ShortcutEditor() {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const board = useBoardState((state) => state.board);
  const boardError = useBoardState((state) => state.error);
  const loadBoard = useBoardState((state) => state.load);
  const confirmed = useShortcutsState((state) => state.confirmed);
  const loadError = useShortcutsState((state) => state.loadError);
  useEffect(() => void loadBoard(), [loadBoard]);
  const pinned = (board?.tiles ?? []).map((tile) => streamKey(tile.pin));
  const rows = editorRows(pinned, confirmed?.shortcuts ?? []);
  // Without the board or the bindings there is nothing to edit; say why rather than wait forever.
  const unreadable = loadError ?? (board === null ? boardError : null);
  return (
    <section className="shortcut-editor" aria-labelledby={headingId}>
      <h3 id={headingId} className="settings-section__subheading">
        {t('shortcuts.heading')}
      </h3>
      <p className="settings-section__hint">{t('shortcuts.intro')}</p>
      {unreadable && <p className="shortcut-editor__problem">{errorMessage(locale, unreadable)}</p>}
      {(board === null || confirmed === null) && !unreadable && <p className="muted">{t('shortcuts.loading')}</p>}
      {board !== null && confirmed !== null && rows.length === 0 && <p className="muted">{t('shortcuts.empty')}</p>}
      {rows.length > 0 && (
        <table className="shortcut-editor__table">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.column.stream')}</th>
              <th scope="col">{t('shortcuts.column.binding')}</th>
              <th scope="col">{t('shortcuts.column.state')}</th>
              <th scope="col">{t('shortcuts.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ShortcutRow key={row.tileKey} {...row} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
