import { useEffect, useState } from 'react';

/** What the board keys act on: tile keys in board order, the take mode, and the board's actions. */
export interface BoardKeyActions {
  keys: readonly string[];
  /** Single-action mode: a number key fails its tile over at once; Enter and Escape do nothing. */
  single: boolean;
  /** A tile's number key: arms its standby, or in single-action mode fails it over. */
  press(key: string): void;
  take(key: string): void;
  disarm(key: string): void;
}

/** Focus in a field that takes typing: there the keys type, they do not switch. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The board keys: 1–9 select a tile in board order and arm its standby (pressed again, the next
 * standby), Enter takes the selected tile's armed standby, Escape disarms it. In single-action
 * mode 1–9 fail the tile over at once, and a held key does not repeat the switch. They act only
 * when focus is not in a text field and no modifier is held (Ctrl+1… switch views). Returns the
 * selected tile's key. Arming, taking and their rules are main's, the same as for a click.
 */
export function useBoardKeys({ keys, single, press, take, disarm }: BoardKeyActions): string | null {
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
      if (/^[1-9]$/.test(event.key)) {
        const key = keys[Number(event.key) - 1];
        if (!key) return;
        event.preventDefault();
        if (single && event.repeat) return;
        setSelected(key);
        press(key);
      } else if (single) {
        return;
      } else if (event.key === 'Enter' && selected && keys.includes(selected) && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        take(selected);
      } else if (event.key === 'Escape' && selected) {
        disarm(selected);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys, single, press, take, disarm, selected]);
  return selected;
}
