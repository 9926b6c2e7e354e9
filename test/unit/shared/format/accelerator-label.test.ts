import { describe, expect, it } from 'vitest';
import { acceleratorLabel } from '../../../../shared/format/accelerator-label';

describe('acceleratorLabel', () => {
  it('prints Linux and Windows names joined with +', () => {
    expect(acceleratorLabel('Control+Alt+1', false)).toBe('Ctrl+Alt+1');
    expect(acceleratorLabel('CommandOrControl+Shift+F5', false)).toBe('Ctrl+Shift+F5');
    expect(acceleratorLabel('Super+num3', false)).toBe('Super+Num 3');
  });

  it('prints a Mac\'s symbols, run together', () => {
    expect(acceleratorLabel('Control+Alt+1', true)).toBe('⌃⌥1');
    expect(acceleratorLabel('Command+Shift+K', true)).toBe('⌘⇧K');
    expect(acceleratorLabel('CommandOrControl+Delete', true)).toBe('⌘⌦');
    expect(acceleratorLabel('Super+num0', true)).toBe('⌘Keypad 0');
  });

  it('prints what it does not know as written', () => {
    expect(acceleratorLabel('Hyper+Up', false)).toBe('Hyper+Up');
  });
});
