import type { ProfileView } from '../../../shared/domain/profile';

const stamp = '2025-06-01T08:00:00.000Z';

/** A profile view as main would answer it, for tests of anything that shows or picks profiles. */
export function profileView(overrides: Partial<ProfileView> & Pick<ProfileView, 'id' | 'provider'>): ProfileView {
  return {
    name: overrides.id,
    accessKeyIdMasked: 'LTAI****9P6',
    region: overrides.provider === 'aliyun' ? 'cn-shanghai' : 'cn-north-1',
    signatureVersion: 'v3',
    endpoint: null,
    notes: '',
    builtIn: false,
    securityToken: null,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}
