// How a global shortcut is printed for the operator — on screen and in notifications. Shortcuts are
// kept as canonical Electron accelerators (`Control+Alt+1`); people read them as the platform's
// keyboards label them.

/** Modifier names as printed on Linux and Windows keyboards and menus. */
const pcNames: Readonly<Record<string, string>> = {
  CommandOrControl: 'Ctrl',
  Command: 'Cmd',
  Control: 'Ctrl',
  Alt: 'Alt',
  AltGr: 'AltGr',
  Shift: 'Shift',
  Super: 'Super',
};

/** The symbols a Mac's menus use; there Super is the Command key. */
const macNames: Readonly<Record<string, string>> = {
  CommandOrControl: '⌘',
  Command: '⌘',
  Control: '⌃',
  Alt: '⌥',
  AltGr: '⌥',
  Shift: '⇧',
  Super: '⌘',
};

/** Keys whose accelerator spelling is not what a keyboard says. */
function keyName(key: string, mac: boolean): string {
  const numpad = /^num([0-9])$/.exec(key)?.[1];
  if (numpad !== undefined) return mac ? `Keypad ${numpad}` : `Num ${numpad}`;
  if (key === 'Delete' && mac) return '⌦';
  return key;
}

/**
 * An accelerator as the operator reads it: `Control+Alt+1` is `Ctrl+Alt+1` on Linux and Windows
 * and `⌃⌥1` on a Mac. Parts it does not know are printed as written, so nothing is hidden.
 */
export function acceleratorLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  const key = keyName(parts.pop() ?? '', mac);
  const names = mac ? macNames : pcNames;
  const modifiers = parts.map((part) => names[part] ?? part);
  return mac ? [...modifiers, key].join('') : [...modifiers, key].join('+');
}
