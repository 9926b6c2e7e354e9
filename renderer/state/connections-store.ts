import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { ConnectionState } from '../../shared/domain/connection';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';
import { followMain } from './follow-main';

// The connections slice: how each profile's link to its cloud is doing, exactly as main tracks it
// from the calls it made, for the status bar.

/** Where the connection states on screen came from: not yet asked, read from main, or unreadable. */
export type ConnectionsStatus = 'loading' | 'ready' | 'failed';

/** Main's connection state per profile, and why it could not be read. */
export interface ConnectionsStoreState {
  /** One entry per profile main has called with; empty until the first read. */
  states: readonly ConnectionState[];
  status: ConnectionsStatus;
  /** Why the states could not be read, until a read succeeds. */
  loadError: AppError | null;
  load(): Promise<void>;
  /** Follows `connection.changed` and reads again after the link recovers; returns the stop. */
  start(): Unsubscribe;
}

/** A connections store bound to one client. */
export type ConnectionsStore = StoreApi<ConnectionsStoreState>;

/**
 * Creates the connections slice. It only ever holds what main reported, so the status bar never
 * claims the cloud answered when main did not see it answer.
 */
export function createConnectionsStore(client: ControlRoomClient): ConnectionsStore {
  return createStore<ConnectionsStoreState>()((set, get) => ({
    states: [],
    status: 'loading',
    loadError: null,

    async load() {
      try {
        set({ states: await client.api.connection.list(), status: 'ready', loadError: null });
      } catch (thrown) {
        set({ status: get().status === 'ready' ? 'ready' : 'failed', loadError: toAppError(thrown) });
      }
    },

    start: () =>
      followMain(client, {
        subscribe: () => client.api.connection.onChanged((states) => set({ states, status: 'ready', loadError: null })),
        load: () => get().load(),
        failed: () => get().loadError !== null,
      }),
  }));
}
