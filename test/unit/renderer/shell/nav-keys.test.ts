import { describe, expect, it } from 'vitest';
import {
  ariaShortcut,
  isMacUserAgent,
  nextNavIndex,
  shortcutLabel,
  viewForShortcut,
  type ShortcutKey,
} from '../../../../renderer/shell/nav-keys';
import { viewIds } from '../../../../renderer/shell/views';

const plain: ShortcutKey = { code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };

describe('nextNavIndex', () => {
  it('steps with the arrows and wraps at both ends', () => {
    expect(nextNavIndex('ArrowDown', 0, 6)).toBe(1);
    expect(nextNavIndex('ArrowDown', 5, 6)).toBe(0);
    expect(nextNavIndex('ArrowUp', 3, 6)).toBe(2);
    expect(nextNavIndex('ArrowUp', 0, 6)).toBe(5);
  });

  it('jumps to the ends with Home and End', () => {
    expect(nextNavIndex('Home', 4, 6)).toBe(0);
    expect(nextNavIndex('End', 1, 6)).toBe(5);
  });

  it('leaves every other key, and an empty list, to the browser', () => {
    for (const key of ['Enter', ' ', 'Tab', 'ArrowLeft', 'a']) expect(nextNavIndex(key, 2, 6)).toBeNull();
    expect(nextNavIndex('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('viewForShortcut', () => {
  it('maps Ctrl+1…6 to the views in sidebar order', () => {
    viewIds.forEach((view, index) => {
      expect(viewForShortcut({ ...plain, ctrlKey: true, code: `Digit${index + 1}` }, false)).toBe(view);
    });
    expect(viewForShortcut({ ...plain, ctrlKey: true, code: 'Numpad6' }, false)).toBe('settings');
  });

  it('uses Cmd instead of Ctrl on a Mac', () => {
    expect(viewForShortcut({ ...plain, metaKey: true, code: 'Digit1' }, true)).toBe('failover');
    expect(viewForShortcut({ ...plain, ctrlKey: true, code: 'Digit1' }, true)).toBeNull();
    expect(viewForShortcut({ ...plain, metaKey: true, code: 'Digit1' }, false)).toBeNull();
  });

  it('ignores digits with no view, other keys, and extra modifiers', () => {
    expect(viewForShortcut({ ...plain, ctrlKey: true, code: 'Digit7' }, false)).toBeNull();
    expect(viewForShortcut({ ...plain, ctrlKey: true, code: 'Digit0' }, false)).toBeNull();
    expect(viewForShortcut({ ...plain, ctrlKey: true, code: 'KeyA' }, false)).toBeNull();
    expect(viewForShortcut({ ...plain, code: 'Digit1' }, false)).toBeNull();
    expect(viewForShortcut({ ...plain, ctrlKey: true, shiftKey: true, code: 'Digit1' }, false)).toBeNull();
    expect(viewForShortcut({ ...plain, ctrlKey: true, altKey: true, code: 'Digit1' }, false)).toBeNull();
    expect(viewForShortcut({ ...plain, ctrlKey: true, metaKey: true, code: 'Digit1' }, false)).toBeNull();
  });
});

describe('shortcut labels', () => {
  it('prints and announces the platform modifier', () => {
    expect(shortcutLabel(0, false)).toBe('Ctrl+1');
    expect(shortcutLabel(5, true)).toBe('⌘6');
    expect(ariaShortcut(2, false)).toBe('Control+3');
    expect(ariaShortcut(2, true)).toBe('Meta+3');
  });

  it('recognises a Mac from its user agent', () => {
    expect(isMacUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36')).toBe(true);
    expect(isMacUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36')).toBe(false);
    expect(isMacUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe(false);
  });
});
