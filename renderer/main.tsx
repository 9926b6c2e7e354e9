import '../shared/contract/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createControlRoomClient } from './api/control-room-client';
import { windowApi } from './api/window-api';
import { App } from './app';
import { createAppStore } from './state/app-store';
import { createBoardStore } from './state/board-store';
import { createConnectionsStore } from './state/connections-store';
import { createDeskSetupStore } from './state/desk-setup-store';
import { createDiagnosticsStore } from './state/diagnostics-store';
import { createJournalStore } from './state/journal-store';
import { createNavigationStore } from './state/navigation-store';
import { createProfilesStore } from './state/profiles-store';
import { createRehearsalStore } from './state/rehearsal-store';
import { createRelaysStore } from './state/relays-store';
import { createSettingsStore } from './state/settings-store';
import { createShortcutsStore } from './state/shortcuts-store';
import { StoresProvider, type Stores } from './state/stores-context';
import { createStudiosStore } from './state/studios-store';
import { createToastsStore } from './state/toasts-store';
import './styles/theme.css';

// Composition root of the renderer: one client over whatever main installed, one store per domain.
const client = createControlRoomClient(windowApi());
const settings = createSettingsStore(client);
const stores: Stores = {
  app: createAppStore(client),
  settings,
  profiles: createProfilesStore(client),
  connections: createConnectionsStore(client),
  navigation: createNavigationStore(),
  rehearsal: createRehearsalStore(client),
  // The board reads the confirmed take mode at each press, so a press does what the board shows.
  board: createBoardStore(client, () => settings.getState().settings.takeMode),
  shortcuts: createShortcutsStore(client),
  studios: createStudiosStore(client),
  relays: createRelaysStore(client),
  journal: createJournalStore(client),
  diagnostics: createDiagnosticsStore(client),
  deskSetup: createDeskSetupStore(client),
  toasts: createToastsStore(client),
};

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <StoresProvider stores={stores}>
      <App client={client} />
    </StoresProvider>
  </StrictMode>,
);
