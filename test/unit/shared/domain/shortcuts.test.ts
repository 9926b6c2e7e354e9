import { describe, expect, it } from 'vitest';
import { acceleratorsOverlap, canonicalAccelerator, reservedByApp } from '../../../../shared/domain/shortcuts';

describe('global shortcut accelerators', () => {
  it('spells one combination one way, whatever way it was written', () => {
    expect(canonicalAccelerator('ctrl+alt+1')).toEqual({ ok: true, accelerator: 'Control+Alt+1' });
    expect(canonicalAccelerator('Shift + Option + f5')).toEqual({ ok: true, accelerator: 'Alt+Shift+F5' });
    expect(canonicalAccelerator('Meta+Shift+k')).toEqual({ ok: true, accelerator: 'Shift+Super+K' });
    expect(canonicalAccelerator('CmdOrCtrl+Alt+Num3')).toEqual({ ok: true, accelerator: 'CommandOrControl+Alt+num3' });
    expect(canonicalAccelerator('Control+Alt+pageup')).toEqual({ ok: true, accelerator: 'Control+Alt+PageUp' });
  });

  it('refuses a combination without a modifier other than Shift: it would fire while typing elsewhere', () => {
    expect(canonicalAccelerator('1')).toEqual({ ok: false, problem: 'noModifier' });
    expect(canonicalAccelerator('Shift+A')).toEqual({ ok: false, problem: 'noModifier' });
    expect(canonicalAccelerator('F13')).toEqual({ ok: false, problem: 'noModifier' });
  });

  it('refuses what is not a key combination at all', () => {
    for (const text of ['', 'Control+', 'Control+Alt', 'Hyper+1', 'Control+Control+1', 'Control+Enter', 'Control+F25', 'Control+é']) {
      expect(canonicalAccelerator(text)).toEqual({ ok: false, problem: 'malformed' });
    }
  });

  it('knows CommandOrControl is Control off a Mac and Command on one', () => {
    expect(acceleratorsOverlap('CommandOrControl+Alt+1', 'Control+Alt+1', false)).toBe(true);
    expect(acceleratorsOverlap('CommandOrControl+Alt+1', 'Control+Alt+1', true)).toBe(false);
    expect(acceleratorsOverlap('CommandOrControl+Alt+1', 'Command+Alt+1', true)).toBe(true);
    expect(acceleratorsOverlap('Control+Alt+1', 'Control+Alt+2', false)).toBe(false);
  });

  it('keeps the app\'s own view keys (Ctrl+1…9, Cmd on a Mac) for the app', () => {
    expect(reservedByApp('Control+1', false)).toBe(true);
    expect(reservedByApp('CommandOrControl+6', false)).toBe(true);
    expect(reservedByApp('Command+2', true)).toBe(true);
    expect(reservedByApp('Control+2', true)).toBe(false);
    expect(reservedByApp('Control+Alt+1', false)).toBe(false);
  });
});
