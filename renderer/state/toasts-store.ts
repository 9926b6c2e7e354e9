import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { DeskNotice } from '../../shared/domain/desk-notice';
import type { ControlRoomClient } from '../api/control-room-client';
import { realTimers, type Timers } from './app-store';

// The toasts slice: the desk's notifications (`notice.shown`) while they are on screen.

/** How long an info or warning toast stays; an alert stays until the operator dismisses it. */
export const toastLifetimeMs = 8000;

/** The desk's notifications drawn in the page (the harness: the app raises OS notifications). */
export interface ToastsState {
  /** Notices still shown, newest first. */
  toasts: readonly DeskNotice[];
  dismiss(id: string): void;
  /** Follows `notice.shown`; returns the stop, which also cancels pending expiries. */
  start(): Unsubscribe;
}

/** A toasts store bound to one client. */
export type ToastsStore = StoreApi<ToastsState>;

/**
 * Creates the toasts slice. Main has already worded each notice in the desk's language; this only
 * keeps them in order and lets the ones that need nothing from the operator go after a while.
 */
export function createToastsStore(client: ControlRoomClient, timers: Timers = realTimers): ToastsStore {
  const expiries = new Map<string, unknown>();
  return createStore<ToastsState>()((set, get) => ({
    toasts: [],

    dismiss(id) {
      const expiry = expiries.get(id);
      if (expiry !== undefined) timers.clearTimeout(expiry);
      expiries.delete(id);
      set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
    },

    start() {
      const stop = client.api.notice.onShown((notice) => {
        if (get().toasts.some((toast) => toast.id === notice.id)) return;
        set({ toasts: [notice, ...get().toasts] });
        if (notice.tone !== 'alert') expiries.set(notice.id, timers.setTimeout(() => get().dismiss(notice.id), toastLifetimeMs));
      });
      return () => {
        stop();
        for (const expiry of expiries.values()) timers.clearTimeout(expiry);
        expiries.clear();
      };
    },
  }));
}
