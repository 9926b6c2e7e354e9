import Conf from 'conf';
import { settingsFileName, type SettingsStore } from './settings-store';

/** Settings storage for plain Node (harness, `lcr`, tests): conf, electron-store's own base. */
export function createConfSettingsStore(dataDir: string): SettingsStore {
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: settingsFileName, projectName: 'live-control-room' });
  return {
    read: () => (Object.keys(conf.store).length === 0 ? undefined : conf.store),
    write: (document) => {
      conf.store = document;
    },
  };
}
