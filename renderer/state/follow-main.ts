import type { Unsubscribe } from '../../shared/contract/api';
import type { ControlRoomClient } from '../api/control-room-client';

// How a slice keeps up with state main owns: it loads it, follows main's change event, and loads
// again once main is reachable after a load that failed.

/** What a slice follows: main's event for it, its load, and whether the last load needs repeating. */
export interface Followed {
  subscribe(): Unsubscribe;
  load(): Promise<void>;
  /** True when the last load failed in a way a reconnection can mend. */
  failed(): boolean;
}

/** Starts following; returns the stop. */
export function followMain(client: ControlRoomClient, followed: Followed): Unsubscribe {
  const stopChanges = followed.subscribe();
  const stopLink = client.onLink((link) => {
    if (link === 'connected' && followed.failed()) void followed.load();
  });
  void followed.load();
  return () => {
    stopChanges();
    stopLink();
  };
}
