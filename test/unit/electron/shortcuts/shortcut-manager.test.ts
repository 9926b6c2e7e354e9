import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/log';
import { createSettingsFile } from '../../../../electron/settings/settings-file';
import type { GlobalShortcuts } from '../../../../electron/shortcuts/global-shortcuts';
import { createShortcutBindings, shortcutBindingsSection } from '../../../../electron/shortcuts/shortcut-bindings';
import { createShortcutManager } from '../../../../electron/shortcuts/shortcut-manager';
import { memoryStore } from '../../support/memory-settings';

const main = 'live.example.com/live/main';
const backup = 'live.example.com/live/backup';

/** A stand-in OS: holds what it granted, refuses what "another program" holds, and can press a key. */
function fakeOs(heldElsewhere: string[] = []) {
  const granted = new Map<string, () => void>();
  const os: GlobalShortcuts = {
    register(accelerator, onPress) {
      if (heldElsewhere.includes(accelerator) || granted.has(accelerator)) return false;
      granted.set(accelerator, onPress);
      return true;
    },
    unregister: (accelerator) => void granted.delete(accelerator),
  };
  return { os, granted, press: (accelerator: string) => granted.get(accelerator)?.() };
}

function setup(options: { heldElsewhere?: string[]; pinned?: string[] } = {}) {
  const store = memoryStore();
  const file = createSettingsFile(store, () => 'aside', createLogger('settings', () => undefined));
  const system = fakeOs(options.heldElsewhere);
  let now = 0;
  let profile = 'show';
  let pinned = options.pinned ?? [main, backup];
  const presses: string[] = [];
  const unavailable: string[] = [];
  const manager = createShortcutManager({
    os: system.os,
    bindings: createShortcutBindings(file),
    profileId: () => profile,
    pinnedKeys: () => pinned,
    mac: false,
    onPress: (key) => presses.push(key),
    onUnavailable: (accelerator) => unavailable.push(accelerator),
    now: () => now,
  });
  return {
    manager,
    system,
    file,
    presses,
    unavailable,
    advance: (ms: number) => (now += ms),
    useProfile: (id: string) => (profile = id),
    pin: (keys: string[]) => (pinned = keys),
  };
}

describe('global shortcuts', () => {
  it('registers nothing until a tile opts in, then only that tile\'s "fail over now"', () => {
    const { manager, system, presses } = setup();
    expect(manager.refresh().shortcuts).toEqual([]);
    expect(system.granted.size).toBe(0);
    const state = manager.bind(main, 'ctrl+alt+1');
    expect(state.shortcuts).toEqual([{ key: main, accelerator: 'Control+Alt+1', state: 'active', clashWith: null }]);
    system.press('Control+Alt+1');
    expect(presses).toEqual([main]);
  });

  it('refuses a binding without a modifier, on the app\'s own keys, on another tile\'s keys, or for a tile not on the board', () => {
    const { manager, system } = setup();
    manager.bind(main, 'Control+Alt+1');
    const refusal = (key: string, accelerator: string) => {
      try {
        manager.bind(key, accelerator);
      } catch (thrown) {
        return (thrown as { error: { code: string } }).error.code;
      }
      return 'bound';
    };
    expect(refusal(backup, '2')).toBe('shortcut.noModifier');
    expect(refusal(backup, 'Control+Enter')).toBe('shortcut.malformed');
    expect(refusal(backup, 'Control+2')).toBe('shortcut.reserved');
    expect(refusal(backup, 'CommandOrControl+Alt+1')).toBe('shortcut.clash');
    expect(refusal('live.example.com/live/unpinned', 'Control+Alt+3')).toBe('shortcut.notPinned');
    expect([...system.granted.keys()]).toEqual(['Control+Alt+1']);
  });

  it('reports a binding the OS refuses, once, and keeps it so it works once the keys are free', () => {
    const heldElsewhere = ['Control+Alt+9'];
    const { manager, unavailable, file } = setup({ heldElsewhere });
    const state = manager.bind(main, 'Control+Alt+9');
    expect(state.shortcuts).toEqual([{ key: main, accelerator: 'Control+Alt+9', state: 'refused', clashWith: null }]);
    manager.refresh();
    expect(unavailable).toEqual(['Control+Alt+9']);
    expect(file.read(shortcutBindingsSection)).toEqual({ show: { [main]: 'Control+Alt+9' } });
    heldElsewhere.pop();
    expect(manager.refresh().shortcuts).toMatchObject([{ key: main, state: 'active' }]);
  });

  it('reports clashes found in stored bindings (a hand-edited or imported file) instead of dropping one', () => {
    const { manager, file, system } = setup();
    file.update(shortcutBindingsSection, () => ({ show: { [main]: 'Control+Alt+1', [backup]: 'CommandOrControl+Alt+1' } }));
    expect(manager.refresh().shortcuts).toEqual([
      { key: main, accelerator: 'Control+Alt+1', state: 'active', clashWith: null },
      { key: backup, accelerator: 'CommandOrControl+Alt+1', state: 'clash', clashWith: main },
    ]);
    expect([...system.granted.keys()]).toEqual(['Control+Alt+1']);
  });

  it('treats a held key\'s repeats as one press, and a press after a pause as a new one', () => {
    const { manager, system, presses, advance } = setup();
    manager.bind(main, 'Control+Alt+1');
    system.press('Control+Alt+1');
    for (let repeat = 0; repeat < 20; repeat += 1) {
      advance(40);
      system.press('Control+Alt+1');
    }
    expect(presses).toEqual([main]);
    advance(1500);
    system.press('Control+Alt+1');
    expect(presses).toEqual([main, main]);
  });

  it('follows the board: an unpinned tile\'s shortcut is released and shown inactive, another profile\'s are not registered', () => {
    const { manager, system, pin, useProfile } = setup();
    manager.bind(main, 'Control+Alt+1');
    manager.bind(backup, 'Control+Alt+2');
    pin([backup]);
    expect(manager.refresh().shortcuts).toEqual([
      { key: backup, accelerator: 'Control+Alt+2', state: 'active', clashWith: null },
      { key: main, accelerator: 'Control+Alt+1', state: 'inactive', clashWith: null },
    ]);
    expect([...system.granted.keys()]).toEqual(['Control+Alt+2']);
    useProfile('rehearsal');
    expect(manager.refresh().shortcuts).toEqual([]);
    expect(system.granted.size).toBe(0);
  });

  it('unbinds, and gives every shortcut back to the OS on quit', () => {
    const { manager, system } = setup();
    manager.bind(main, 'Control+Alt+1');
    manager.bind(backup, 'Control+Alt+2');
    expect(manager.unbind(main).shortcuts.map((s) => s.key)).toEqual([backup]);
    expect([...system.granted.keys()]).toEqual(['Control+Alt+2']);
    manager.releaseAll();
    expect(system.granted.size).toBe(0);
  });

  it('announces every change of the shortcuts\' state', () => {
    const { manager } = setup();
    const heard: number[] = [];
    manager.onChange((state) => heard.push(state.shortcuts.length));
    manager.bind(main, 'Control+Alt+1');
    manager.unbind(main);
    expect(heard).toEqual([1, 0]);
  });
});
