import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { PollingBudget } from '../../shared/domain/board-polling';
import { defaultSettings, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';
import { followMain } from './follow-main';

/** Where the settings on screen came from: not yet asked, read from main, or unreadable. */
export type SettingsStatus = 'loading' | 'ready' | 'failed';

/** Desk settings as main confirmed them, plus the change still in flight. */
export interface SettingsState {
  /** Last value main confirmed (defaults until the first read succeeds). */
  settings: Settings;
  status: SettingsStatus;
  /** The operator's latest change while main has not yet confirmed it; shown as pending. */
  pending: SettingsPatch | null;
  /** The last failure, shown localised until dismissed or superseded. */
  error: AppError | null;
  /** The board's polling against its rate budget as main last said, or null until asked (or when it could not say). */
  polling: PollingBudget | null;
  load(): Promise<void>;
  /** Asks main where the board's polling stands (Settings asks when shown and after each change). */
  loadPolling(): Promise<void>;
  update(patch: SettingsPatch): Promise<void>;
  dismissError(): void;
  /** Follows main's `settings.changed` and reloads after the link recovers; returns the stop. */
  start(): Unsubscribe;
}

/** A settings store bound to one client, so tests drive it with a fake api. */
export type SettingsStore = StoreApi<SettingsState>;

/**
 * Creates the settings slice. Only values main answered are ever stored as `settings`; a change is
 * `pending` until its confirmation arrives, and a failed change leaves the confirmed value in place.
 */
export function createSettingsStore(client: ControlRoomClient): SettingsStore {
  let latestUpdate = 0;

  return createStore<SettingsState>()((set, get) => ({
    settings: defaultSettings,
    status: 'loading',
    pending: null,
    error: null,
    polling: null,

    async load() {
      try {
        const settings = await client.api.settings.get();
        set({ settings, status: 'ready', error: null });
      } catch (thrown) {
        set({ status: 'failed', error: toAppError(thrown) });
      }
    },

    async loadPolling() {
      try {
        set({ polling: await client.api.board.polling() });
      } catch {
        set({ polling: null });
      }
    },

    async update(patch) {
      const id = ++latestUpdate;
      set({ pending: patch, error: null });
      try {
        const settings = await client.api.settings.update(patch);
        set(id === latestUpdate ? { settings, status: 'ready', pending: null } : { settings });
      } catch (thrown) {
        if (id === latestUpdate) set({ pending: null, error: toAppError(thrown) });
      }
    },

    dismissError() {
      set({ error: null });
    },

    start: () =>
      followMain(client, {
        subscribe: () =>
          client.api.settings.onChanged((settings) => {
            set({ settings, status: 'ready' });
            if (get().polling) void get().loadPolling();
          }),
        load: () => get().load(),
        failed: () => get().status === 'failed',
      }),
  }));
}
