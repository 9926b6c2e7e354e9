import type { SettingsStore } from '../../../electron/settings/settings-store';

/** An in-memory settings store for unit tests, able to fail its writes on demand. */
export function memoryStore(initial?: unknown) {
  let document = initial;
  const store: SettingsStore & { document(): unknown; failWrites: boolean } = {
    failWrites: false,
    read: () => document,
    write(next) {
      if (store.failWrites) throw new Error('EACCES: permission denied');
      document = structuredClone(next);
    },
    document: () => document,
  };
  return store;
}
