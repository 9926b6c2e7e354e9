import { defaultAliyunRegion, rehearsalProfileIds, volcengineRegion } from '../../shared/domain/profile';
import type { ProfileRecord } from './profile-record';

const epoch = '2026-01-01T00:00:00.000Z';

/**
 * The two built-in rehearsal profiles: always listed, active by default until the operator has a
 * profile of their own, and needing no keychain because they only ever reach the built-in
 * simulated cloud. Their key ids are the rehearsal cloud's own demo accounts, not real keys.
 */
export const rehearsalProfiles: readonly ProfileRecord[] = [
  {
    id: rehearsalProfileIds.aliyun,
    name: 'Rehearsal · Alibaba Cloud',
    provider: 'aliyun',
    accessKeyId: 'LTAIRehearsalDesk0001',
    region: defaultAliyunRegion,
    signatureVersion: 'v3',
    endpoint: null,
    notes: '',
    hasSecurityToken: false,
    securityTokenExpiresAt: null,
    createdAt: epoch,
    updatedAt: epoch,
  },
  {
    id: rehearsalProfileIds.volcengine,
    name: 'Rehearsal · Volcengine',
    provider: 'volcengine',
    accessKeyId: 'AKLTRehearsalDesk0001',
    region: volcengineRegion,
    signatureVersion: 'v3',
    endpoint: null,
    notes: '',
    hasSecurityToken: false,
    securityTokenExpiresAt: null,
    createdAt: epoch,
    updatedAt: epoch,
  },
];
