import type { ImportPreview } from '../../../shared/contract/channels';
import { maskAccessKeyId } from '../../../shared/format/mask';
import { rehearsalProfileIds, type ProfileView, type ProfilesState } from '../../../shared/domain/profile';
import type { Provider } from '../../../shared/domain/provider';
import { appError } from '../../../shared/errors/app-error';
import { profileView } from '../support/profile-views';
import type { FakeControlRoom } from './fake-control-room';

/** The built-in rehearsal profile of a provider. */
export function rehearsalProfile(provider: Provider): ProfileView {
  return profileView({ id: rehearsalProfileIds[provider], provider, name: `Rehearsal (${provider})`, builtIn: true, accessKeyIdMasked: 'REHE****SAL' });
}

/** What a fresh desk holds: the two rehearsal profiles, both active. */
export function initialProfilesState(): ProfilesState {
  return { profiles: [rehearsalProfile('aliyun'), rehearsalProfile('volcengine')], active: { ...rehearsalProfileIds } };
}

/** An import preview with one importable candidate, one blocked one and one unreadable source. */
export const samplePreview: ImportPreview = {
  candidates: [
    {
      candidateId: 'aliyunCli:default',
      source: 'aliyunCli',
      origin: 'default',
      provider: 'aliyun',
      accessKeyIdMasked: 'LTAI****XYZ',
      region: 'cn-hangzhou',
      hasSecurityToken: false,
      securityTokenExpiresAt: null,
      suggestedName: 'aliyun default',
      blocker: null,
      mode: null,
    },
    {
      candidateId: 'aliyunCli:ram',
      source: 'aliyunCli',
      origin: 'ram',
      provider: 'aliyun',
      accessKeyIdMasked: '****',
      region: 'cn-hangzhou',
      hasSecurityToken: false,
      securityTokenExpiresAt: null,
      suggestedName: 'aliyun ram',
      blocker: 'unsupportedMode',
      mode: 'RamRoleArn',
    },
  ],
  problems: [appError('import.sourceUnreadable', { path: '~/.volcengine/config.json' })],
};

/**
 * Makes the fake main keep profiles in memory like the profile service: create, update, remove,
 * setActive and import answer the new state and announce it on `profiles.changed`. Returns the
 * state, for assertions.
 */
export function installFakeProfiles(fake: FakeControlRoom): { state(): ProfilesState } {
  let state = initialProfilesState();
  let next = 1;
  const commit = (changed: ProfilesState) => {
    state = changed;
    fake.emit('profiles.changed', state);
    return { ok: true as const, value: state };
  };
  fake.answer('profiles.list', async () => ({ ok: true, value: state }));
  fake.answer('profiles.create', async (draft) => {
    const { accessKeyId, provider, name, region, signatureVersion, endpoint, notes } = draft;
    const created = profileView({ id: `p${next++}`, provider, name, accessKeyIdMasked: maskAccessKeyId(accessKeyId) });
    Object.assign(created, { region: region ?? created.region, signatureVersion: signatureVersion ?? 'v3', endpoint: endpoint ?? null, notes: notes ?? '' });
    return commit({ ...state, profiles: [...state.profiles, created] });
  });
  fake.answer('profiles.update', async ({ id, changes }) => {
    const profiles = state.profiles.map((profile) => (profile.id === id && changes.name ? { ...profile, name: changes.name } : profile));
    return commit({ ...state, profiles });
  });
  fake.answer('profiles.remove', async ({ id }) => commit({ ...state, profiles: state.profiles.filter((profile) => profile.id !== id) }));
  fake.answer('profiles.setActive', async ({ provider, id }) => commit({ ...state, active: { ...state.active, [provider]: id } }));
  fake.answer('profiles.importPreview', async () => ({ ok: true, value: samplePreview }));
  fake.answer('profiles.importApply', async ({ picks }) => {
    const imported = picks.map(({ name }) => profileView({ id: `p${next++}`, provider: 'aliyun', name }));
    const changed = commit({ ...state, profiles: [...state.profiles, ...imported] }).value;
    return { ok: true, value: { state: changed, failures: [] } };
  });
  return { state: () => state };
}
