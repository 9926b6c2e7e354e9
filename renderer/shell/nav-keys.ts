import { viewIds, type ViewId } from './views';

/**
 * Where a key moves focus in the sidebar (roving tabindex): arrows step and wrap, Home and End
 * jump to the ends. Null for any other key, so the caller leaves it to the browser.
 */
export function nextNavIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The parts of a KeyboardEvent the view shortcuts look at. */
export interface ShortcutKey {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * The view Ctrl+1…6 (Cmd on a Mac) opens, or null. Reads the physical key (`code`), so the
 * shortcut works on keyboard layouts whose digit row types other characters; any extra modifier
 * means some other shortcut and is left alone.
 */
export function viewForShortcut(key: ShortcutKey, mac: boolean): ViewId | null {
  const primary = mac ? key.metaKey : key.ctrlKey;
  const other = mac ? key.ctrlKey : key.metaKey;
  if (!primary || other || key.altKey || key.shiftKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(key.code)?.[1];
  return digit === undefined ? null : (viewIds[Number(digit) - 1] ?? null);
}

/** The shortcut as printed next to a sidebar item. */
export function shortcutLabel(index: number, mac: boolean): string {
  return mac ? `⌘${index + 1}` : `Ctrl+${index + 1}`;
}

/** The shortcut in `aria-keyshortcuts` syntax, for screen readers. */
export function ariaShortcut(index: number, mac: boolean): string {
  return `${mac ? 'Meta' : 'Control'}+${index + 1}`;
}

/** True on macOS, where Cmd rather than Ctrl is the shortcut modifier. */
export function isMacUserAgent(userAgent: string): boolean {
  return /Mac OS X|Macintosh/.test(userAgent);
}
