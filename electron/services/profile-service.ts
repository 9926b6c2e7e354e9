import {
  defaultAliyunRegion,
  volcengineRegion,
  type ProfileChanges,
  type ProfileDraft,
  type ProfilesState,
} from '../../shared/domain/profile';
import { sameName, validateProfileChanges, validateProfileDraft } from '../../shared/domain/profile-validation';
import type { Provider } from '../../shared/domain/provider';
import { AppErrorException, appError } from '../../shared/errors/app-error';
import type { FieldIssues } from '../../shared/errors/field-issue';
import type { StoredSecret, SecretVault } from '../credentials/secret-vault';
import { activeProfilesSection, isBuiltIn, profilesSection, toView, type ProfileRecord } from '../credentials/profile-record';
import { rehearsalProfiles } from '../credentials/rehearsal-profiles';
import type { EventBus } from '../events/event-bus';
import type { Logger } from '../log';
import type { SettingsFile } from '../settings/settings-file';

/** What the profile service is built from; clock and id source are injected for tests. */
export interface ProfileServiceDeps {
  file: SettingsFile;
  vault: SecretVault;
  bus: EventBus;
  log: Logger;
  now(): Date;
  newId(): string;
}

/** Credential profiles: metadata in the settings file, secrets in the keychain, never elsewhere. */
export interface ProfileService {
  list(): ProfilesState;
  /** Every profile with its full metadata, for main-only callers (import, signing). */
  records(): ProfileRecord[];
  /** The id of the provider's active profile (see `list`), for signing a call. */
  activeId(provider: Provider): string;
  create(draft: ProfileDraft): Promise<ProfilesState>;
  update(id: string, changes: ProfileChanges): Promise<ProfilesState>;
  remove(id: string): Promise<ProfilesState>;
  setActive(provider: Provider, id: string): ProfilesState;
}

const refuse = (fields: FieldIssues) => new AppErrorException(appError('profile.invalid', {}, { fields }));
const endpointOf = (value: string | undefined) => (value?.trim() ? value.trim().replace(/\/$/, '') : null);
const isoOrNull = (value: string | undefined) => (value?.trim() ? new Date(value.trim()).toISOString() : null);

function newRecord(draft: ProfileDraft, id: string, now: string): ProfileRecord {
  const aliyun = draft.provider === 'aliyun';
  const hasSecurityToken = Boolean(draft.securityToken?.trim());
  return {
    id,
    name: draft.name.trim(),
    provider: draft.provider,
    accessKeyId: draft.accessKeyId.trim(),
    region: aliyun ? draft.region?.trim() || defaultAliyunRegion : volcengineRegion,
    signatureVersion: aliyun ? (draft.signatureVersion ?? 'v3') : 'v3',
    endpoint: endpointOf(draft.endpoint),
    notes: draft.notes?.trim() ?? '',
    hasSecurityToken,
    securityTokenExpiresAt: hasSecurityToken ? isoOrNull(draft.securityTokenExpiresAt) : null,
    createdAt: now,
    updatedAt: now,
  };
}

function changedRecord(record: ProfileRecord, changes: ProfileChanges, now: string): ProfileRecord {
  const aliyun = record.provider === 'aliyun';
  const hasSecurityToken = changes.securityToken === undefined ? record.hasSecurityToken : Boolean(changes.securityToken.trim());
  const expiry = changes.securityTokenExpiresAt === undefined ? record.securityTokenExpiresAt : isoOrNull(changes.securityTokenExpiresAt);
  return {
    ...record,
    name: changes.name?.trim() ?? record.name,
    accessKeyId: changes.accessKeyId?.trim() ?? record.accessKeyId,
    region: aliyun && changes.region?.trim() ? changes.region.trim() : record.region,
    signatureVersion: aliyun ? (changes.signatureVersion ?? record.signatureVersion) : 'v3',
    endpoint: changes.endpoint === undefined ? record.endpoint : endpointOf(changes.endpoint),
    notes: changes.notes?.trim() ?? record.notes,
    hasSecurityToken,
    securityTokenExpiresAt: hasSecurityToken ? expiry : null,
    updatedAt: now,
  };
}

/**
 * Creates the profile service. Order matters for "nothing half-stored": a new secret goes into the
 * keychain first (if that fails, nothing is written), and a removal deletes the keychain entry
 * before the metadata (if that fails, the profile stays and says why).
 */
export function createProfileService({ file, vault, bus, log, now, newId }: ProfileServiceDeps): ProfileService {
  const records = () => [...rehearsalProfiles, ...file.read(profilesSection)];
  const find = (id: string) => {
    const record = records().find((r) => r.id === id);
    if (!record) throw new AppErrorException(appError('profile.notFound', { id }));
    return record;
  };
  const editable = (id: string) => {
    if (isBuiltIn(id)) throw new AppErrorException(appError('profile.builtInReadOnly'));
    return find(id);
  };

  const activeIn = (all: readonly ProfileRecord[], provider: Provider) => {
    const choice = file.read(activeProfilesSection)[provider];
    const chosen = all.find((r) => r.id === choice && r.provider === provider);
    const own = all.find((r) => r.provider === provider && !isBuiltIn(r.id));
    return (chosen ?? own ?? all.find((r) => r.provider === provider && isBuiltIn(r.id)))?.id ?? '';
  };
  const list = (): ProfilesState => {
    const all = records();
    return { profiles: all.map(toView), active: { aliyun: activeIn(all, 'aliyun'), volcengine: activeIn(all, 'volcengine') } };
  };
  const changed = () => {
    const state = list();
    bus.emit('profiles.changed', state);
    return state;
  };
  const otherNames = (id: string | null) => records().filter((r) => r.id !== id).map((r) => r.name);

  return {
    list,
    records,
    activeId: (provider) => activeIn(records(), provider),

    async create(draft) {
      const issues = validateProfileDraft(draft, otherNames(null));
      if (Object.keys(issues).length > 0) throw refuse(issues);
      const record = newRecord(draft, newId(), now().toISOString());
      const secret: StoredSecret = { accessKeySecret: draft.accessKeySecret };
      if (record.hasSecurityToken && draft.securityToken) secret.securityToken = draft.securityToken.trim();
      await vault.put(record.id, secret);
      try {
        file.update(profilesSection, (list) => {
          if (otherNames(null).some((name) => sameName(name, record.name))) {
            throw refuse({ name: { code: 'nameTaken', params: { name: record.name } } });
          }
          return [...list, record];
        });
      } catch (thrown) {
        await vault.remove(record.id).catch(() => log.warn(`could not roll back keychain entry ${record.id}`));
        throw thrown;
      }
      log.info(`created ${record.provider} profile ${record.id}`);
      return changed();
    },

    async update(id, changes) {
      const record = editable(id);
      const issues = validateProfileChanges(changes, {
        provider: record.provider,
        hasSecurityToken: record.hasSecurityToken,
        takenNames: otherNames(id),
      });
      if (Object.keys(issues).length > 0) throw refuse(issues);
      const secretChanges = changes.accessKeySecret !== undefined || changes.securityToken !== undefined;
      const current = secretChanges ? await vault.get(id) : null;
      if (secretChanges) {
        const accessKeySecret = changes.accessKeySecret ?? current?.accessKeySecret;
        if (accessKeySecret === undefined) throw new AppErrorException(appError('vault.secretMissing', { name: record.name }));
        const token = changes.securityToken === undefined ? current?.securityToken : changes.securityToken.trim();
        await vault.put(id, token ? { accessKeySecret, securityToken: token } : { accessKeySecret });
      }
      try {
        file.update(profilesSection, (list) => list.map((r) => (r.id === id ? changedRecord(r, changes, now().toISOString()) : r)));
      } catch (thrown) {
        if (current) await vault.put(id, current).catch(() => log.warn(`could not restore keychain entry ${id}`));
        throw thrown;
      }
      log.info(`updated profile ${id}`);
      return changed();
    },

    async remove(id) {
      editable(id);
      await vault.remove(id);
      file.update(profilesSection, (list) => list.filter((r) => r.id !== id));
      file.update(activeProfilesSection, (choice) => ({
        aliyun: choice.aliyun === id ? undefined : choice.aliyun,
        volcengine: choice.volcengine === id ? undefined : choice.volcengine,
      }));
      log.info(`removed profile ${id}`);
      return changed();
    },

    setActive(provider, id) {
      const record = find(id);
      if (record.provider !== provider) throw new AppErrorException(appError('profile.notFound', { id }));
      file.update(activeProfilesSection, (choice) => ({ ...choice, [provider]: id }));
      return changed();
    },
  };
}
