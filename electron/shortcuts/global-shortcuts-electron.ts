import { globalShortcut } from 'electron';
import type { GlobalShortcuts } from './global-shortcuts';

/**
 * Electron's `globalShortcut`. Its `register` answers false when another program holds the keys
 * and throws on an accelerator it cannot parse; both are a refusal to report, never a crash.
 */
export const electronGlobalShortcuts: GlobalShortcuts = {
  register(accelerator, onPress) {
    try {
      return globalShortcut.register(accelerator, onPress);
    } catch {
      return false;
    }
  },
  unregister: (accelerator) => globalShortcut.unregister(accelerator),
};
