import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { AppInfo } from '../../shared/domain/app-info';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient, LinkState } from '../api/control-room-client';

/** How long to wait between probes while main's services are unreachable. */
export const reconnectProbeMs = 5000;

/** What the app knows about its installation and its link to main. */
export interface AppState {
  info: AppInfo | null;
  infoError: AppError | null;
  link: LinkState;
  loadInfo(): Promise<void>;
  /** Tracks the link reported by every call and probes while it is down; returns the stop. */
  start(): Unsubscribe;
}

/** An app store bound to one client. */
export type AppStore = StoreApi<AppState>;

/** Timer functions, injected so tests control time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Creates the app slice: `app.info` for the About panel and the link state for the status bar.
 * The link is whatever the latest call proved; while it is down, `app.info` is re-asked every
 * few seconds so the status bar turns back to connected without the operator doing anything.
 */
export function createAppStore(client: ControlRoomClient, timers: Timers = realTimers): AppStore {
  return createStore<AppState>()((set, get) => ({
    info: null,
    infoError: null,
    link: 'unknown',

    async loadInfo() {
      try {
        const info = await client.api.app.info();
        set({ info, infoError: null });
      } catch (thrown) {
        set({ infoError: toAppError(thrown) });
      }
    },

    start() {
      let probe: unknown = null;
      const cancelProbe = () => {
        if (probe !== null) timers.clearTimeout(probe);
        probe = null;
      };
      const stopLink = client.onLink((link) => {
        set({ link });
        cancelProbe();
        if (link === 'unreachable') {
          probe = timers.setTimeout(() => {
            probe = null;
            void get().loadInfo();
          }, reconnectProbeMs);
        }
      });
      void get().loadInfo();
      return () => {
        cancelProbe();
        stopLink();
      };
    },
  }));
}
