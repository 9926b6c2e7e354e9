import { createStore, type StoreApi } from 'zustand/vanilla';
import { defaultView, type ViewId } from '../shell/views';

/** Which view the main area shows. */
export interface NavigationState {
  view: ViewId;
  go(view: ViewId): void;
}

/** A navigation store; kept apart from the data slices so switching views never touches them. */
export type NavigationStore = StoreApi<NavigationState>;

/** Creates the navigation slice, starting on the failover view an operator needs first. */
export function createNavigationStore(initial: ViewId = defaultView): NavigationStore {
  return createStore<NavigationState>()((set) => ({
    view: initial,
    go(view) {
      set({ view });
    },
  }));
}
