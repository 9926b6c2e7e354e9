import { z } from 'zod';

/**
 * Global shortcuts: a key combination that fails a tile over while another program has focus.
 * Written as Electron accelerators (`Control+Alt+1`), in one canonical spelling so two ways of
 * writing the same keys are recognised as the same binding.
 */

const modifierSpellings: Readonly<Record<string, string>> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};
const modifierOrder = ['CommandOrControl', 'Command', 'Control', 'Alt', 'AltGr', 'Shift', 'Super'];
const namedKeys = ['Space', 'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Insert', 'Delete'];

/** The key a binding ends with, canonically spelt, or null when it is not one a shortcut may use. */
function canonicalKey(text: string): string | null {
  if (/^[a-z0-9]$/i.test(text)) return text.toUpperCase();
  if (/^f([1-9]|1[0-9]|2[0-4])$/i.test(text)) return text.toUpperCase();
  if (/^num[0-9]$/i.test(text)) return `num${text.slice(3)}`;
  return namedKeys.find((name) => name.toLowerCase() === text.toLowerCase()) ?? null;
}

/** Why a written accelerator cannot be a global shortcut. */
export type AcceleratorProblem = 'malformed' | 'noModifier';

/**
 * The canonical spelling of an accelerator (`ctrl+alt+1` → `Control+Alt+1`), or why it cannot be
 * one. A global shortcut always has a modifier other than Shift: a bare or shifted key would be
 * taken from every program the operator types into.
 */
export function canonicalAccelerator(text: string): { ok: true; accelerator: string } | { ok: false; problem: AcceleratorProblem } {
  const parts = text.split('+').map((part) => part.trim());
  const keyText = parts.pop() ?? '';
  const key = canonicalKey(keyText);
  const modifiers = new Set<string>();
  for (const part of parts) {
    const modifier = modifierSpellings[part.toLowerCase()];
    if (!modifier || modifiers.has(modifier)) return { ok: false, problem: 'malformed' };
    modifiers.add(modifier);
  }
  if (!key) return { ok: false, problem: 'malformed' };
  if ([...modifiers].every((modifier) => modifier === 'Shift')) return { ok: false, problem: 'noModifier' };
  const ordered = modifierOrder.filter((modifier) => modifiers.has(modifier));
  return { ok: true, accelerator: [...ordered, key].join('+') };
}

/**
 * Whether two canonical accelerators can fire on the same keys: equal, or one says
 * `CommandOrControl` where the other says Control (or Command on a Mac).
 */
export function acceleratorsOverlap(a: string, b: string, mac: boolean): boolean {
  const local = (accelerator: string) => accelerator.replace('CommandOrControl', mac ? 'Command' : 'Control');
  return local(a) === local(b);
}

/**
 * The app's own Ctrl+1…9 (Cmd on a Mac) open views in the window; a global shortcut on those keys
 * would take them from the app itself.
 */
export function reservedByApp(accelerator: string, mac: boolean): boolean {
  const digit = /\+([1-9])$/.exec(accelerator)?.[1];
  return digit !== undefined && acceleratorsOverlap(accelerator, `${mac ? 'Command' : 'Control'}+${digit}`, mac);
}

/**
 * Where one tile's shortcut stands: `active` (the OS gave it to us), `refused` (the OS or another
 * program holds it), `clash` (another binding of this desk or the app's own keys use it), or
 * `inactive` (its tile is not on the active profile's board, so nothing is registered).
 */
export const ShortcutState = z.enum(['active', 'refused', 'clash', 'inactive']);
export type ShortcutState = z.infer<typeof ShortcutState>;

/** One tile's global shortcut and whether it works right now. */
export const ShortcutStatus = z.object({
  /** The tile, as `domain/app/stream`. */
  key: z.string(),
  accelerator: z.string(),
  state: ShortcutState,
  /** What it clashes with: another tile's key, or `app` for the app's own view keys. */
  clashWith: z.string().nullable(),
});
export type ShortcutStatus = z.infer<typeof ShortcutStatus>;

/** The active profile's global shortcuts, in board order. */
export const ShortcutsState = z.object({ profileId: z.string(), shortcuts: z.array(ShortcutStatus) });
export type ShortcutsState = z.infer<typeof ShortcutsState>;
