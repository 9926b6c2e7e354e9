import { AppErrorException, appError } from '../../../shared/errors/app-error';
import type { SecretVault, StoredSecret } from '../../../electron/credentials/secret-vault';

/**
 * A keychain stand-in for unit tests only (the integration tests use a real Secret Service):
 * records what was stored and can be made unavailable to test that nothing is half-stored.
 */
export function memoryVault() {
  const entries = new Map<string, StoredSecret>();
  const state = { unavailable: false };
  const check = () => {
    if (state.unavailable) throw new AppErrorException(appError('vault.locked', {}, { retryable: true }));
  };
  const vault: SecretVault = {
    async put(id, secret) {
      check();
      entries.set(id, { ...secret });
    },
    async get(id) {
      check();
      return entries.get(id) ?? null;
    },
    async remove(id) {
      check();
      entries.delete(id);
    },
  };
  return { vault, entries, state };
}
