import { acceleratorsOverlap, canonicalAccelerator, reservedByApp, type ShortcutStatus, type ShortcutsState } from '../../shared/domain/shortcuts';
import { AppErrorException, appError } from '../../shared/errors/app-error';
import type { GlobalShortcuts } from './global-shortcuts';
import type { ShortcutBindings } from './shortcut-bindings';

/** A held key repeats; presses of one shortcut closer together than this are one press. */
export const defaultRepeatGuardMs = 1000;

/** What the shortcut manager is built from. */
export interface ShortcutManagerDeps {
  os: GlobalShortcuts;
  bindings: ShortcutBindings;
  /** The active Alibaba profile and its pinned tiles in board order: only those can have working shortcuts. */
  profileId(): string;
  pinnedKeys(): readonly string[];
  /** Whether this is a Mac, where `CommandOrControl` means Command. */
  mac: boolean;
  /** A shortcut was pressed: fail its tile over (through the switch desk, like a click). */
  onPress(key: string, accelerator: string): void;
  /** The OS refused a shortcut that was wanted: reported once, until it works or is changed. */
  onUnavailable(accelerator: string, key: string): void;
  /** Monotonic time (ms), for the repeat guard. */
  now(): number;
  repeatGuardMs?: number;
}

/**
 * The desk's global shortcuts: opt-in per pinned tile, each only "fail over now", always with a
 * modifier, never on the app's own keys or on another tile's, registered with the OS while their
 * tile is on the active profile's board and released on quit. A refusal or a clash is kept in the
 * status the editor and the tile show, never silently dropped.
 */
export interface ShortcutManager {
  state(): ShortcutsState;
  /** Binds a pinned tile's shortcut and registers it; refuses a malformed, bare, reserved or clashing one. */
  bind(key: string, accelerator: string): ShortcutsState;
  unbind(key: string): ShortcutsState;
  /** Registers what the active profile's pinned tiles want now, releasing the rest. */
  refresh(): ShortcutsState;
  /** Gives every shortcut back to the OS (on quit). */
  releaseAll(): void;
  onChange(listener: (state: ShortcutsState) => void): () => void;
}

/** Creates the manager; nothing is registered until the first `refresh`. */
export function createShortcutManager(deps: ShortcutManagerDeps): ShortcutManager {
  const repeatGuardMs = deps.repeatGuardMs ?? defaultRepeatGuardMs;
  /** What we hold from the OS: accelerator → tile key. */
  const held = new Map<string, string>();
  const refused = new Set<string>();
  const lastPress = new Map<string, number>();
  const listeners = new Set<(state: ShortcutsState) => void>();
  let statuses: ShortcutStatus[] = [];

  const press = (accelerator: string) => {
    const at = deps.now();
    const previous = lastPress.get(accelerator);
    lastPress.set(accelerator, at);
    if (previous !== undefined && at - previous < repeatGuardMs) return;
    const key = held.get(accelerator);
    if (key !== undefined) deps.onPress(key, accelerator);
  };

  /** The bindings in board order (pinned tiles first), each with what stops it working, if anything. */
  const wanted = (): ShortcutStatus[] => {
    const bindings = deps.bindings.list(deps.profileId());
    const pinned = deps.pinnedKeys();
    const keys = [...pinned.filter((key) => key in bindings), ...Object.keys(bindings).filter((key) => !pinned.includes(key))];
    const taken: ShortcutStatus[] = [];
    return keys.map((key) => {
      const accelerator = bindings[key] ?? '';
      if (!pinned.includes(key)) return { key, accelerator, state: 'inactive', clashWith: null };
      // A hand-edited binding that does not parse is offered to the OS as written, which refuses it.
      const canonical = canonicalAccelerator(accelerator);
      const spelled = canonical.ok ? canonical.accelerator : accelerator;
      const other = taken.find((status) => acceleratorsOverlap(status.accelerator, spelled, deps.mac));
      let status: ShortcutStatus = { key, accelerator: spelled, state: 'active', clashWith: null };
      if (reservedByApp(spelled, deps.mac)) status = { ...status, state: 'clash', clashWith: 'app' };
      else if (other) status = { ...status, state: 'clash', clashWith: other.key };
      else taken.push(status);
      return status;
    });
  };

  const publish = () => {
    const current = { profileId: deps.profileId(), shortcuts: statuses };
    for (const listener of listeners) listener(current);
    return current;
  };

  const refresh = (): ShortcutsState => {
    const next = wanted();
    const keep = new Map(next.filter((status) => status.state === 'active').map((status) => [status.accelerator, status.key]));
    for (const [accelerator, key] of held) {
      if (keep.get(accelerator) === key) continue;
      deps.os.unregister(accelerator);
      held.delete(accelerator);
    }
    statuses = next.map((status) => {
      if (status.state !== 'active' || held.has(status.accelerator)) return status;
      if (deps.os.register(status.accelerator, () => press(status.accelerator))) {
        held.set(status.accelerator, status.key);
        refused.delete(status.accelerator);
        return status;
      }
      if (!refused.has(status.accelerator)) deps.onUnavailable(status.accelerator, status.key);
      refused.add(status.accelerator);
      return { ...status, state: 'refused' };
    });
    return publish();
  };

  return {
    state: () => ({ profileId: deps.profileId(), shortcuts: statuses }),
    bind(key, accelerator) {
      const canonical = canonicalAccelerator(accelerator);
      if (!canonical.ok) throw new AppErrorException(appError(`shortcut.${canonical.problem}`, { accelerator }));
      if (!deps.pinnedKeys().includes(key)) throw new AppErrorException(appError('shortcut.notPinned', { stream: key }));
      if (reservedByApp(canonical.accelerator, deps.mac)) throw new AppErrorException(appError('shortcut.reserved', { accelerator: canonical.accelerator }));
      const bindings = deps.bindings.list(deps.profileId());
      const other = Object.entries(bindings).find(([otherKey, otherAccelerator]) => {
        const parsed = canonicalAccelerator(otherAccelerator);
        return otherKey !== key && parsed.ok && acceleratorsOverlap(parsed.accelerator, canonical.accelerator, deps.mac);
      });
      if (other) throw new AppErrorException(appError('shortcut.clash', { accelerator: canonical.accelerator, stream: other[0] }));
      deps.bindings.set(deps.profileId(), key, canonical.accelerator);
      return refresh();
    },
    unbind(key) {
      deps.bindings.remove(deps.profileId(), key);
      return refresh();
    },
    refresh,
    releaseAll() {
      for (const accelerator of held.keys()) deps.os.unregister(accelerator);
      held.clear();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
