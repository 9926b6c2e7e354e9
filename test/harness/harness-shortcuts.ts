import type { GlobalShortcuts } from '../../electron/shortcuts/global-shortcuts';

// The harness's stand-in for the OS's global shortcuts. A browser cannot take keys from other
// programs, so the harness grants what it is asked, refuses what "another program" holds (the
// accelerators in LCR_HARNESS_TAKEN_SHORTCUTS, comma-separated), and lets a test press a granted
// one through the server (`POST /harness/press-shortcut`), as the OS would on a key press.

/** The stand-in OS, and a key press on it. */
export interface HarnessShortcuts {
  os: GlobalShortcuts;
  /** Presses a granted shortcut; false when nothing holds it. */
  press(accelerator: string): boolean;
}

/** The accelerators "another program" holds, from the environment. */
export function takenShortcuts(env: Readonly<Record<string, string | undefined>>): string[] {
  return (env.LCR_HARNESS_TAKEN_SHORTCUTS ?? '')
    .split(',')
    .map((accelerator) => accelerator.trim())
    .filter(Boolean);
}

/** Creates the stand-in OS, refusing `taken` like keys another program registered first. */
export function createHarnessShortcuts(taken: readonly string[]): HarnessShortcuts {
  const granted = new Map<string, () => void>();
  return {
    os: {
      register(accelerator, onPress) {
        if (taken.includes(accelerator) || granted.has(accelerator)) return false;
        granted.set(accelerator, onPress);
        return true;
      },
      unregister: (accelerator) => void granted.delete(accelerator),
    },
    press(accelerator) {
      const onPress = granted.get(accelerator);
      onPress?.();
      return onPress !== undefined;
    },
  };
}
