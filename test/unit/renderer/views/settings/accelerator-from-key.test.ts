import { describe, expect, it } from 'vitest';
import { acceleratorFromKey, acceleratorKey, type RecordedKey } from '../../../../../renderer/views/settings/accelerator-from-key';

/** A keydown of the physical key `code` with the modifiers named. */
function press(code: string, ...held: ('ctrl' | 'alt' | 'shift' | 'meta')[]): RecordedKey {
  return { code, ctrlKey: held.includes('ctrl'), altKey: held.includes('alt'), shiftKey: held.includes('shift'), metaKey: held.includes('meta') };
}

describe('acceleratorKey', () => {
  it('names each physical key as an accelerator does', () => {
    const names = {
      Digit1: '1',
      Digit0: '0',
      KeyA: 'A',
      KeyZ: 'Z',
      F1: 'F1',
      F12: 'F12',
      F24: 'F24',
      Numpad0: 'num0',
      Numpad9: 'num9',
      ArrowUp: 'Up',
      ArrowDown: 'Down',
      ArrowLeft: 'Left',
      ArrowRight: 'Right',
      Space: 'Space',
      Home: 'Home',
      End: 'End',
      PageUp: 'PageUp',
      PageDown: 'PageDown',
      Insert: 'Insert',
      Delete: 'Delete',
    };
    for (const [code, name] of Object.entries(names)) expect(acceleratorKey(code), code).toBe(name);
  });

  it('leaves other keys as the browser names them, for the shared check to refuse', () => {
    expect(acceleratorKey('Minus')).toBe('Minus');
    expect(acceleratorKey('F25')).toBe('F25');
  });
});

describe('acceleratorFromKey', () => {
  it('writes modifiers in canonical order, Super for the Meta key', () => {
    expect(acceleratorFromKey(press('Digit1', 'alt', 'ctrl'))).toEqual({ kind: 'accelerator', accelerator: 'Control+Alt+1' });
    expect(acceleratorFromKey(press('KeyK', 'shift', 'meta'))).toEqual({ kind: 'accelerator', accelerator: 'Shift+Super+K' });
    expect(acceleratorFromKey(press('Numpad3', 'ctrl', 'shift'))).toEqual({ kind: 'accelerator', accelerator: 'Control+Shift+num3' });
    expect(acceleratorFromKey(press('ArrowLeft', 'alt'))).toEqual({ kind: 'accelerator', accelerator: 'Alt+Left' });
    expect(acceleratorFromKey(press('F5', 'ctrl', 'alt', 'shift', 'meta'))).toEqual({ kind: 'accelerator', accelerator: 'Control+Alt+Shift+Super+F5' });
  });

  it('reads the physical key, so Shift or a layout never changes the digit', () => {
    expect(acceleratorFromKey(press('Digit1', 'ctrl', 'shift'))).toEqual({ kind: 'accelerator', accelerator: 'Control+Shift+1' });
  });

  it('refuses a bare or shifted key as having no modifier', () => {
    expect(acceleratorFromKey(press('Digit1'))).toEqual({ kind: 'refused', accelerator: '1', problem: 'noModifier' });
    expect(acceleratorFromKey(press('KeyA', 'shift'))).toEqual({ kind: 'refused', accelerator: 'Shift+A', problem: 'noModifier' });
    expect(acceleratorFromKey(press('F2'))).toEqual({ kind: 'refused', accelerator: 'F2', problem: 'noModifier' });
  });

  it('refuses a key no shortcut can use', () => {
    expect(acceleratorFromKey(press('Minus', 'ctrl'))).toEqual({ kind: 'refused', accelerator: 'Control+Minus', problem: 'malformed' });
    expect(acceleratorFromKey(press('Enter', 'alt'))).toEqual({ kind: 'refused', accelerator: 'Alt+Enter', problem: 'malformed' });
  });

  it('waits while only modifiers are held', () => {
    for (const code of ['ControlLeft', 'ControlRight', 'AltLeft', 'AltRight', 'ShiftLeft', 'MetaLeft', 'MetaRight', 'OSLeft', 'AltGraph', 'CapsLock', ''])
      expect(acceleratorFromKey(press(code, 'ctrl')), code).toEqual({ kind: 'wait' });
  });

  it('cancels on Escape, with or without modifiers, and leaves a bare Tab to the browser', () => {
    expect(acceleratorFromKey(press('Escape'))).toEqual({ kind: 'cancel' });
    expect(acceleratorFromKey(press('Escape', 'ctrl'))).toEqual({ kind: 'cancel' });
    expect(acceleratorFromKey(press('Tab'))).toEqual({ kind: 'pass' });
    expect(acceleratorFromKey(press('Tab', 'alt'))).toEqual({ kind: 'refused', accelerator: 'Alt+Tab', problem: 'malformed' });
  });
});
