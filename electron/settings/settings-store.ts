/**
 * Raw storage of the settings document in the data folder. The app uses electron-store
 * (`settings-store-electron.ts`), Node and the harness use conf (`settings-store-conf.ts`): the same
 * file format, so one data folder works under all three. Validation happens in the service above.
 */
export interface SettingsStore {
  /** The stored document as found on disk (unvalidated), or undefined when there is none. */
  read(): unknown;
  /** Replaces the stored document atomically. */
  write(document: Record<string, unknown>): void;
}

/** The file name (without `.json`) both adapters use inside the data folder. */
export const settingsFileName = 'settings';
