import Store from 'electron-store';
import { settingsFileName, type SettingsStore } from './settings-store';

/** Settings storage inside the Electron app: electron-store in the data folder. */
export function createElectronSettingsStore(dataDir: string): SettingsStore {
  const store = new Store<Record<string, unknown>>({ cwd: dataDir, name: settingsFileName });
  return {
    read: () => (Object.keys(store.store).length === 0 ? undefined : store.store),
    write: (document) => {
      store.store = document;
    },
  };
}
