import { useEffect } from 'react';
import type { ControlRoomClient } from './api/control-room-client';
import { followOfferedFiles } from './downloads/offered-files';
import { useDocumentLocale } from './i18n/use-t';
import { AppShell } from './shell/app-shell';
import { useSettingsState, useStores } from './state/stores-context';

/**
 * Starts the stores for the window's lifetime and shows the shell once the settings are read
 * (or known unreadable), so the first frame is already in the operator's language. Files main
 * offers as downloads (where there is no save dialog) are taken for the window's lifetime too.
 */
export function App({ client }: { client: ControlRoomClient }) {
  const stores = useStores();
  const loading = useSettingsState((state) => state.status === 'loading');
  useDocumentLocale();

  useEffect(() => {
    const stopApp = stores.app.getState().start();
    const stopSettings = stores.settings.getState().start();
    const stopProfiles = stores.profiles.getState().start();
    const stopConnections = stores.connections.getState().start();
    const stopBoard = stores.board.getState().start();
    const stopShortcuts = stores.shortcuts.getState().start();
    const stopStudios = stores.studios.getState().start();
    const stopRelays = stores.relays.getState().start();
    const stopJournal = stores.journal.getState().start();
    const stopToasts = stores.toasts.getState().start();
    const stopOffered = followOfferedFiles(client);
    return () => {
      stopOffered();
      stopToasts();
      stopJournal();
      stopRelays();
      stopStudios();
      stopShortcuts();
      stopBoard();
      stopConnections();
      stopProfiles();
      stopSettings();
      stopApp();
    };
  }, [stores, client]);

  return loading ? <div className="boot" aria-busy="true" /> : <AppShell />;
}
