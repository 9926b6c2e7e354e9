import { canonicalAccelerator, type AcceleratorProblem } from '../../../shared/domain/shortcuts';

// The shortcut recorder's one decision: what a pressed key combination means. Pure, so every
// key of every layout can be checked without a browser.

/** The parts of a KeyboardEvent the recorder reads: the physical key and the modifiers held. */
export interface RecordedKey {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/**
 * What a keydown means while recording: `cancel` (Escape), `wait` (only modifiers so far), `pass`
 * (Tab: leave it to the browser, focus moves on), an accelerator ready to send, or the
 * combination as written and why it cannot be a shortcut.
 */
export type RecordedCombination =
  | { kind: 'cancel' }
  | { kind: 'wait' }
  | { kind: 'pass' }
  | { kind: 'accelerator'; accelerator: string }
  | { kind: 'refused'; accelerator: string; problem: AcceleratorProblem };

/** Physical keys that are held with others, never a shortcut's last key. */
const modifierCodes = /^(Control|Alt|Shift|Meta|OS)(Left|Right)?$|^(AltGraph|CapsLock|Fn|FnLock)$/;

/**
 * The accelerator name of a physical key (`KeyboardEvent.code`). Other codes are returned as they
 * are: Space, Home, End, PageUp, PageDown, Insert and Delete are spelt alike in both, and
 * `canonicalAccelerator` refuses the rest. Reading `code` rather than `key` keeps Shift+1 a `1`
 * and makes a binding mean the same keys on every layout, as the OS registers it.
 */
export function acceleratorKey(code: string): string {
  const match =
    /^Digit([0-9])$/.exec(code)?.[1] ??
    /^Key([A-Z])$/.exec(code)?.[1] ??
    /^(F(?:[1-9]|1[0-9]|2[0-4]))$/.exec(code)?.[1] ??
    /^Arrow(Up|Down|Left|Right)$/.exec(code)?.[1];
  if (match !== undefined) return match;
  const numpad = /^Numpad([0-9])$/.exec(code)?.[1];
  if (numpad !== undefined) return `num${numpad}`;
  return code;
}

/**
 * Turns one keydown into an accelerator (`Control+Alt+1`), checked by the same rule main applies
 * (`canonicalAccelerator`), so a combination without Ctrl, Alt or Super is refused on the spot
 * without being sent.
 */
export function acceleratorFromKey(key: RecordedKey): RecordedCombination {
  const bare = !key.ctrlKey && !key.altKey && !key.shiftKey && !key.metaKey;
  if (key.code === 'Escape') return { kind: 'cancel' };
  if (key.code === 'Tab' && bare) return { kind: 'pass' };
  if (key.code === '' || modifierCodes.test(key.code)) return { kind: 'wait' };
  const modifiers = [key.ctrlKey && 'Control', key.altKey && 'Alt', key.shiftKey && 'Shift', key.metaKey && 'Super'].filter(
    (modifier): modifier is string => modifier !== false,
  );
  const written = [...modifiers, acceleratorKey(key.code)].join('+');
  const checked = canonicalAccelerator(written);
  return checked.ok ? { kind: 'accelerator', accelerator: checked.accelerator } : { kind: 'refused', accelerator: written, problem: checked.problem };
}
