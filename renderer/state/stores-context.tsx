import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app-store';
import type { BoardStore, BoardStoreState } from './board-store';
import type { ConnectionsStore, ConnectionsStoreState } from './connections-store';
import type { DeskSetupState, DeskSetupStore } from './desk-setup-store';
import type { DiagnosticsState, DiagnosticsStore } from './diagnostics-store';
import type { JournalStore, JournalStoreState } from './journal-store';
import type { NavigationState, NavigationStore } from './navigation-store';
import type { ProfilesStore, ProfilesStoreState } from './profiles-store';
import type { RehearsalState, RehearsalStore } from './rehearsal-store';
import type { RelaysStore, RelaysStoreState } from './relays-store';
import type { SettingsState, SettingsStore } from './settings-store';
import type { ShortcutsStore, ShortcutsStoreState } from './shortcuts-store';
import type { StudiosStore, StudiosStoreState } from './studios-store';
import type { ToastsState, ToastsStore } from './toasts-store';

/** The slices the views read, created once per window in `main.tsx`. */
export interface Stores {
  app: AppStore;
  settings: SettingsStore;
  profiles: ProfilesStore;
  connections: ConnectionsStore;
  navigation: NavigationStore;
  rehearsal: RehearsalStore;
  board: BoardStore;
  shortcuts: ShortcutsStore;
  studios: StudiosStore;
  relays: RelaysStore;
  journal: JournalStore;
  diagnostics: DiagnosticsStore;
  deskSetup: DeskSetupStore;
  toasts: ToastsStore;
}

const StoresContext = createContext<Stores | null>(null);

/** Hands the window's stores to every view, so nothing reaches for a module-level singleton. */
export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

/** The stores themselves, for effects that start or stop them. */
export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() outside <StoresProvider>');
  return stores;
}

/** Reads part of the app slice; the component re-renders only when that part changes. */
export function useAppState<T>(select: (state: AppState) => T): T {
  return useStore(useStores().app, select);
}

/** Reads part of the settings slice. */
export function useSettingsState<T>(select: (state: SettingsState) => T): T {
  return useStore(useStores().settings, select);
}

/** Reads part of the navigation slice. */
export function useNavigationState<T>(select: (state: NavigationState) => T): T {
  return useStore(useStores().navigation, select);
}

/** Reads part of the profiles slice. */
export function useProfilesState<T>(select: (state: ProfilesStoreState) => T): T {
  return useStore(useStores().profiles, select);
}

/** Reads part of the connections slice. */
export function useConnectionsState<T>(select: (state: ConnectionsStoreState) => T): T {
  return useStore(useStores().connections, select);
}

/** Reads part of the rehearsal slice. */
export function useRehearsalState<T>(select: (state: RehearsalState) => T): T {
  return useStore(useStores().rehearsal, select);
}

/** Reads part of the board slice. */
export function useBoardState<T>(select: (state: BoardStoreState) => T): T {
  return useStore(useStores().board, select);
}

/** Reads part of the global-shortcuts slice. */
export function useShortcutsState<T>(select: (state: ShortcutsStoreState) => T): T {
  return useStore(useStores().shortcuts, select);
}

/** Reads part of the studios slice. */
export function useStudiosState<T>(select: (state: StudiosStoreState) => T): T {
  return useStore(useStores().studios, select);
}

/** Reads part of the relays slice. */
export function useRelaysState<T>(select: (state: RelaysStoreState) => T): T {
  return useStore(useStores().relays, select);
}

/** Reads part of the journal slice. */
export function useJournalState<T>(select: (state: JournalStoreState) => T): T {
  return useStore(useStores().journal, select);
}

/** Reads part of the diagnostics slice. */
export function useDiagnosticsState<T>(select: (state: DiagnosticsState) => T): T {
  return useStore(useStores().diagnostics, select);
}

/** Reads part of the desk setup slice. */
export function useDeskSetupState<T>(select: (state: DeskSetupState) => T): T {
  return useStore(useStores().deskSetup, select);
}

/** Reads part of the toasts slice. */
export function useToastsState<T>(select: (state: ToastsState) => T): T {
  return useStore(useStores().toasts, select);
}
