import keytar from 'keytar';
import { z } from 'zod';
import { AppErrorException } from '../../shared/errors/app-error';
import { parseJsonAs } from '../json-text';
import type { Logger } from '../log';
import { keychainError } from './keychain-errors';
import { keychainService, type SecretVault, type StoredSecret } from './secret-vault';

/** The part of keytar the vault uses; tests of error mapping may pass a stand-in. */
export type KeychainApi = Pick<typeof keytar, 'setPassword' | 'getPassword' | 'deletePassword'>;

const Entry = z.object({ accessKeySecret: z.string(), securityToken: z.string().optional() });

/**
 * The OS keychain through keytar: macOS Keychain, Windows Credential Vault, or the Secret Service
 * on Linux. One entry per profile, its password a small JSON document holding the AccessKey secret
 * and the STS token. Runs the same in Electron's main process and under Node (N-API module).
 */
export function createKeytarVault(log: Logger, api: KeychainApi = keytar): SecretVault {
  const attempt = async <T>(what: string, profileId: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (thrown) {
      const error = keychainError(thrown);
      log.warn(`${what} ${profileId} failed: ${error.code}`);
      throw new AppErrorException(error);
    }
  };
  return {
    put: (profileId, secret: StoredSecret) =>
      attempt('put', profileId, () => api.setPassword(keychainService, profileId, JSON.stringify(secret))),
    get: (profileId) =>
      attempt('get', profileId, async () => {
        const stored = await api.getPassword(keychainService, profileId);
        return stored === null ? null : parseJsonAs(Entry, stored);
      }),
    remove: (profileId) =>
      attempt('remove', profileId, async () => {
        await api.deletePassword(keychainService, profileId);
      }),
  };
}
