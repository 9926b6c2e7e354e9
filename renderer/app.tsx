import { useEffect } from 'react';
import { useDocumentLocale } from './i18n/use-t';
import { AppShell } from './shell/app-shell';
import { useSettingsState, useStores } from './state/stores-context';

/**
 * Starts the stores for the window's lifetime and shows the shell once the settings are read
 * (or known unreadable), so the first frame is already in the operator's language.
 */
export function App() {
  const stores = useStores();
  const loading = useSettingsState((state) => state.status === 'loading');
  useDocumentLocale();

  useEffect(() => {
    const stopApp = stores.app.getState().start();
    const stopSettings = stores.settings.getState().start();
    const stopProfiles = stores.profiles.getState().start();
    const stopBoard = stores.board.getState().start();
    const stopShortcuts = stores.shortcuts.getState().start();
    const stopStudios = stores.studios.getState().start();
    const stopRelays = stores.relays.getState().start();
    const stopToasts = stores.toasts.getState().start();
    return () => {
      stopToasts();
      stopRelays();
      stopStudios();
      stopShortcuts();
      stopBoard();
      stopProfiles();
      stopSettings();
      stopApp();
    };
  }, [stores]);

  return loading ? <div className="boot" aria-busy="true" /> : <AppShell />;
}
