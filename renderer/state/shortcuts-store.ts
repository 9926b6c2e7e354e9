import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { ShortcutsState } from '../../shared/domain/shortcuts';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';
import { followMain } from './follow-main';

// The global-shortcuts slice: the active profile's bindings as main (and through it the OS)
// confirmed them, each tile's bind or unbind in flight, and main's refusals by tile.

/** Where the shortcuts on screen came from: not yet asked, read from main, or unreadable. */
export type ShortcutsStatus = 'loading' | 'ready' | 'failed';

/** The active profile's global shortcuts as main confirmed them, and the changes in flight. */
export interface ShortcutsStoreState {
  /** What main last said (bindings in board order, each with whether it works); null until read. */
  confirmed: ShortcutsState | null;
  status: ShortcutsStatus;
  /** Why the list could not be read, until a read succeeds. */
  loadError: AppError | null;
  /** Tile keys whose bind or unbind main has not answered yet. */
  pending: readonly string[];
  /** The last refusal per tile key (a clash, a reserved key…), shown beside its row. */
  errors: Readonly<Record<string, AppError>>;
  load(): Promise<void>;
  /** Binds a tile's shortcut; resolves true once main registered (or recorded) it. */
  bind(key: string, accelerator: string): Promise<boolean>;
  unbind(key: string): Promise<boolean>;
  dismissError(key: string): void;
  /** Follows `shortcuts.changed` and reloads after the link recovers; returns the stop. */
  start(): Unsubscribe;
}

/** A shortcuts store bound to one client. */
export type ShortcutsStore = StoreApi<ShortcutsStoreState>;

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * Creates the shortcuts slice. Whether a shortcut works (active, refused by the OS, clashing) is
 * only ever what main answered: the OS decides, and a refusal is shown, never assumed away.
 */
export function createShortcutsStore(client: ControlRoomClient): ShortcutsStore {
  return createStore<ShortcutsStoreState>()((set, get) => {
    /** Runs one change of a tile's binding, marking it pending and keeping a refusal by the row. */
    const change = async (key: string, request: () => Promise<ShortcutsState>): Promise<boolean> => {
      set({ pending: [...get().pending, key], errors: without(get().errors, key) });
      try {
        set({ confirmed: await request(), status: 'ready', loadError: null });
        return true;
      } catch (thrown) {
        set({ errors: { ...get().errors, [key]: toAppError(thrown) } });
        return false;
      } finally {
        set({ pending: get().pending.filter((pending) => pending !== key) });
      }
    };
    return {
      confirmed: null,
      status: 'loading',
      loadError: null,
      pending: [],
      errors: {},

      async load() {
        try {
          set({ confirmed: await client.api.shortcuts.list(), status: 'ready', loadError: null });
        } catch (thrown) {
          set({ status: get().confirmed ? 'ready' : 'failed', loadError: toAppError(thrown) });
        }
      },

      bind: (key, accelerator) => change(key, () => client.api.shortcuts.bind({ key, accelerator })),
      unbind: (key) => change(key, () => client.api.shortcuts.unbind({ key })),
      dismissError: (key) => set({ errors: without(get().errors, key) }),

      start: () =>
        followMain(client, {
          subscribe: () => client.api.shortcuts.onChanged((confirmed) => set({ confirmed, status: 'ready', loadError: null })),
          load: () => get().load(),
          failed: () => get().status === 'failed',
        }),
    };
  });
}
