import type { Provider } from '../../shared/domain/provider';
import { AppErrorException, appError } from '../../shared/errors/app-error';
import { isBuiltIn, type ProfileRecord } from '../credentials/profile-record';
import type { SecretVault } from '../credentials/secret-vault';
import type { RehearsalHost } from '../rehearsal/rehearsal-host';
import type { ProfileService } from '../services/profile-service';
import type { Identity, Signer } from './cloud-client';

/**
 * A built-in rehearsal profile's identity: the embedded rehearsal cloud (started on this first
 * call) as its endpoint, and that cloud's published desk keys — never a keychain entry.
 */
async function rehearsalIdentity(profile: ProfileRecord, rehearsal: Pick<RehearsalHost, 'info'>): Promise<Identity> {
  const info = await rehearsal.info();
  if (profile.provider === 'aliyun') {
    return { profile: { ...profile, endpoint: info.aliyun.endpoint }, credentials: { accessKeyId: info.aliyun.accessKeyId, accessKeySecret: info.aliyun.accessKeySecret } };
  }
  return { profile: { ...profile, endpoint: info.volcengine.endpoint }, credentials: { accessKeyId: info.volcengine.accessKeyId, accessKeySecret: info.volcengine.secretKey } };
}

/**
 * Resolves whom a call is made as: the named profile, or the provider's active one, with its
 * secrets read from the keychain for this call only. Nothing is cached: the secret lives in
 * memory only while the request is signed. Built-in rehearsal profiles call the embedded
 * rehearsal cloud.
 */
export function createProfileSigner(profiles: ProfileService, vault: SecretVault, rehearsal: Pick<RehearsalHost, 'info'>): Signer {
  return {
    async resolve(provider: Provider, profileId?: string) {
      const id = profileId ?? profiles.activeId(provider);
      const profile = profiles.records().find((r) => r.id === id && r.provider === provider);
      if (!profile) throw new AppErrorException(appError('profile.notFound', { id: id ?? '' }, { provider }));
      if (isBuiltIn(profile.id)) return rehearsalIdentity(profile, rehearsal);
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
