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
  /** Problems main found at start-up (e.g. a damaged settings file moved aside), until dismissed. */
  notices: AppError[];
  loadInfo(): Promise<void>;
  /** Reads `app.notices` once; asked again after the link recovers if the first read failed. */
  loadNotices(): Promise<void>;
  dismissNotice(notice: AppError): void;
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

/** The browser's own timers. */
export const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Creates the app slice: `app.info` for the About panel and the link state for the status bar.
 * The link is whatever the latest call proved; while it is down, `app.info` is re-asked every
 * few seconds so the status bar turns back to connected without the operator doing anything.
 */
export function createAppStore(client: ControlRoomClient, timers: Timers = realTimers): AppStore {
  // Read once main has answered `app.notices` at all: a typed error is as final as the list.
  let noticesRead = false;
  let noticesInFlight = false;
  return createStore<AppState>()((set, get) => ({
    info: null,
    infoError: null,
    link: 'unknown',
    notices: [],

    async loadInfo() {
      try {
        const info = await client.api.app.info();
        set({ info, infoError: null });
      } catch (thrown) {
        set({ infoError: toAppError(thrown) });
      }
    },

    async loadNotices() {
      if (noticesInFlight) return;
      noticesInFlight = true;
      try {
        const notices = await client.api.app.notices();
        noticesRead = true;
        set({ notices });
      } catch (thrown) {
        // An unreachable main is already shown by the link state, and the read is retried when
        // it answers again; any other failure is final, since notices are not worth an alert.
        noticesRead = toAppError(thrown).code !== 'ipc.unreachable';
      } finally {
        noticesInFlight = false;
      }
    },

    dismissNotice(notice) {
      set({ notices: get().notices.filter((shown) => shown !== notice) });
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
        if (link === 'connected' && !noticesRead) void get().loadNotices();
        if (link === 'unreachable') {
          probe = timers.setTimeout(() => {
            probe = null;
            void get().loadInfo();
          }, reconnectProbeMs);
        }
      });
      void get().loadInfo();
      void get().loadNotices();
      return () => {
        cancelProbe();
        stopLink();
      };
    },
  }));
}
