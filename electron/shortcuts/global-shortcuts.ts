/**
 * The operating system's global shortcuts: keys that reach us while another program has focus.
 * Electron-only (`globalShortcut`, global-shortcuts-electron.ts); the harness supplies its own,
 * and `lcr` registers none.
 */
export interface GlobalShortcuts {
  /** Asks the OS for `accelerator`; false when it refuses (another program holds it). */
  register(accelerator: string, onPress: () => void): boolean;
  unregister(accelerator: string): void;
}

/** For `lcr`, which exits after its command: it never takes keys from the desk's app. */
export const noGlobalShortcuts: GlobalShortcuts = { register: () => false, unregister: () => undefined };
