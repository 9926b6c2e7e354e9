import { z } from 'zod';
import { ProfileId, SignatureVersion, rehearsalProfileIds, type ProfileView } from '../../shared/domain/profile';
import { Provider } from '../../shared/domain/provider';
import { maskAccessKeyId } from '../../shared/format/mask';
import type { Section } from '../settings/settings-file';

/**
 * A profile as main stores it in the settings file: everything but the secrets, which are in the
 * keychain under the profile id. The full AccessKey ID is here (it is needed to sign) but is
 * masked before anything leaves main.
 */
export const ProfileRecord = z.object({
  id: ProfileId,
  name: z.string(),
  provider: Provider,
  accessKeyId: z.string(),
  region: z.string(),
  signatureVersion: SignatureVersion,
  endpoint: z.string().nullable(),
  notes: z.string(),
  hasSecurityToken: z.boolean(),
  securityTokenExpiresAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProfileRecord = z.infer<typeof ProfileRecord>;

/** The user's profiles, in creation order. */
export const profilesSection: Section<ProfileRecord[]> = { key: 'profiles', schema: z.array(ProfileRecord), fallback: [] };

/** The operator's explicit choice of active profile per provider, if any. */
export const ActiveChoice = z.object({ aliyun: ProfileId.optional(), volcengine: ProfileId.optional() });
export type ActiveChoice = z.infer<typeof ActiveChoice>;
export const activeProfilesSection: Section<ActiveChoice> = { key: 'activeProfiles', schema: ActiveChoice, fallback: {} };

/** Whether a record is one of the built-in rehearsal profiles. */
export function isBuiltIn(id: string): boolean {
  return Object.values(rehearsalProfileIds).includes(id as never);
}

/** The renderer's view of a record: masked key id, no secret, token as presence and expiry only. */
export function toView(record: ProfileRecord): ProfileView {
  return {
    id: record.id,
    name: record.name,
    provider: record.provider,
    accessKeyIdMasked: maskAccessKeyId(record.accessKeyId),
    region: record.region,
    signatureVersion: record.signatureVersion,
    endpoint: record.endpoint,
    notes: record.notes,
    builtIn: isBuiltIn(record.id),
    securityToken: record.hasSecurityToken ? { expiresAt: record.securityTokenExpiresAt } : null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
