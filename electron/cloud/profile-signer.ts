import type { Provider } from '../../shared/domain/provider';
import { AppErrorException, appError } from '../../shared/errors/app-error';
import { isBuiltIn } from '../credentials/profile-record';
import type { SecretVault } from '../credentials/secret-vault';
import type { ProfileService } from '../services/profile-service';
import type { Signer } from './cloud-client';

/**
 * Resolves whom a call is made as: the named profile, or the provider's active one, with its
 * secrets read from the keychain for this call only. Nothing is cached: the secret lives in
 * memory only while the request is signed.
 */
export function createProfileSigner(profiles: ProfileService, vault: SecretVault): Signer {
  return {
    async resolve(provider: Provider, profileId?: string) {
      const id = profileId ?? profiles.activeId(provider);
      const profile = profiles.records().find((r) => r.id === id && r.provider === provider);
      if (!profile) throw new AppErrorException(appError('profile.notFound', { id: id ?? '' }, { provider }));
      if (isBuiltIn(profile.id)) throw new AppErrorException(appError('rehearsal.unavailable', {}, { provider }));
      const secret = await vault.get(profile.id);
      if (!secret) throw new AppErrorException(appError('vault.secretMissing', { name: profile.name }, { provider }));
      return {
        profile,
        credentials: {
          accessKeyId: profile.accessKeyId,
          accessKeySecret: secret.accessKeySecret,
          ...(secret.securityToken ? { securityToken: secret.securityToken } : {}),
        },
      };
    },
  };
}
