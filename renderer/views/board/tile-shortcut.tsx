import type { ShortcutStatus } from '../../../shared/domain/shortcuts';
import { useAcceleratorLabel } from '../../i18n/accelerator-label';
import { useT } from '../../i18n/use-t';

// A tile's global shortcut, as the board shows it: a badge while it works, a warning when the OS
// refused it or it clashes, so a shortcut the operator counts on never fails unnoticed.

/** The badge of a working shortcut (`Ctrl+Alt+1 fails over`), or nothing. */
export function TileShortcutBadge({ shortcut }: { shortcut: ShortcutStatus | null }) {
  const t = useT();
  const label = useAcceleratorLabel();
  if (shortcut?.state !== 'active') return null;
  return <span className="badge badge--shortcut">{t('board.tile.shortcut', { accelerator: label(shortcut.accelerator) })}</span>;
}

/** Why a tile's shortcut does not work — refused by the system, or clashing and with what — or nothing. */
export function TileShortcutWarning({ shortcut }: { shortcut: ShortcutStatus | null }) {
  const t = useT();
  const label = useAcceleratorLabel();
  if (shortcut === null || (shortcut.state !== 'refused' && shortcut.state !== 'clash')) return null;
  const accelerator = label(shortcut.accelerator);
  let text: string;
  if (shortcut.state === 'refused') text = t('board.tile.shortcutRefused', { accelerator });
  else if (shortcut.clashWith === 'app') text = t('board.tile.shortcutClashApp', { accelerator });
  else if (shortcut.clashWith !== null) text = t('board.tile.shortcutClashTile', { accelerator, stream: shortcut.clashWith });
  else text = t('board.tile.shortcutClash', { accelerator });
  return <p className="tile__warning tile__warning--shortcut">{text}</p>;
}
