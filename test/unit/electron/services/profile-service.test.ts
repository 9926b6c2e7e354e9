import { describe, expect, it } from 'vitest';
import type { ProfileDraft } from '../../../../shared/domain/profile';
import { createEventBus } from '../../../../electron/events/event-bus';
import { createLogger } from '../../../../electron/log';
import { createProfileService } from '../../../../electron/services/profile-service';
import { createSettingsFile } from '../../../../electron/settings/settings-file';
import { memoryStore } from '../../support/memory-settings';
import { memoryVault } from '../../support/memory-vault';

const secret = 'Sup3rSecretValue-9f1c2d';
const draft: ProfileDraft = { name: 'Show A', provider: 'aliyun', accessKeyId: 'LTAI5tTestKey0001X9P6', accessKeySecret: secret };

function setup() {
  const store = memoryStore();
  const { vault, entries, state } = memoryVault();
  const bus = createEventBus();
  const events: string[] = [];
  bus.listen((name) => events.push(name));
  let n = 0;
  const service = createProfileService({
    file: createSettingsFile(store, () => 'aside', createLogger('profiles', () => undefined)),
    vault,
    bus,
    log: createLogger('profiles', () => undefined),
    now: () => new Date('2026-11-22T20:00:00Z'),
    newId: () => `id-${++n}`,
  });
  return { service, store, entries, state, events };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (e: { error: { code: string; fields?: object } }) => e.error);

describe('profile service', () => {
  it('starts with the two rehearsal profiles, active by default', () => {
    const { service } = setup();
    const state = service.list();
    expect(state.profiles.map((p) => [p.id, p.builtIn])).toEqual([
      ['rehearsal-aliyun', true],
      ['rehearsal-volcengine', true],
    ]);
    expect(state.active).toEqual({ aliyun: 'rehearsal-aliyun', volcengine: 'rehearsal-volcengine' });
  });

  it('stores metadata in the settings file and the secret only in the vault, showing the key id masked', async () => {
    const { service, store, entries, events } = setup();
    const state = await service.create({ ...draft, securityToken: 'CAIS-token-0123456789', securityTokenExpiresAt: '2026-11-23T08:00:00+08:00' });
    const created = state.profiles.find((p) => p.name === 'Show A');
    expect(created).toMatchObject({
      id: 'id-1',
      accessKeyIdMasked: 'LTAI****9P6',
      region: 'cn-shanghai',
      signatureVersion: 'v3',
      endpoint: null,
      builtIn: false,
      securityToken: { expiresAt: '2026-11-23T00:00:00.000Z' },
    });
    expect(entries.get('id-1')).toEqual({ accessKeySecret: secret, securityToken: 'CAIS-token-0123456789' });
    expect(JSON.stringify(store.document())).not.toContain(secret);
    expect(JSON.stringify(store.document())).not.toContain('CAIS-token');
    expect(JSON.stringify(state)).not.toContain('LTAI5tTestKey0001X9P6');
    expect(events).toEqual(['profiles.changed']);
  });

  it('makes the first own profile of a provider active, and keeps an explicit choice', async () => {
    const { service } = setup();
    expect((await service.create(draft)).active.aliyun).toBe('id-1');
    service.setActive('aliyun', 'rehearsal-aliyun');
    expect((await service.create({ ...draft, name: 'Show B' })).active.aliyun).toBe('rehearsal-aliyun');
  });

  it('refuses invalid input field by field, storing nothing', async () => {
    const { service, entries } = setup();
    const error = await codeOf(service.create({ ...draft, accessKeyId: 'no spaces allowed', region: 'Shanghai' }));
    expect(error).toMatchObject({
      code: 'profile.invalid',
      fields: { accessKeyId: { code: 'invalidAccessKeyId' }, region: { code: 'invalidRegion' } },
    });
    expect(entries.size).toBe(0);
  });

  it('refuses a duplicate name, ignoring case and spaces, including the built-in names', async () => {
    const { service } = setup();
    await service.create(draft);
    expect(await codeOf(service.create({ ...draft, name: ' show a ' }))).toMatchObject({ fields: { name: { code: 'nameTaken' } } });
    expect(await codeOf(service.create({ ...draft, name: 'Rehearsal · Alibaba Cloud' }))).toMatchObject({
      fields: { name: { code: 'nameTaken' } },
    });
  });

  it('stores nothing when the keychain is unavailable (no plaintext fallback)', async () => {
    const { service, store, state } = setup();
    state.unavailable = true;
    expect(await codeOf(service.create(draft))).toMatchObject({ code: 'vault.locked' });
    expect(store.document()).toBeUndefined();
    expect(service.list().profiles).toHaveLength(2);
  });

  it('edits metadata, keeps the secret unless a new one is given, and rotates it when asked', async () => {
    const { service, entries } = setup();
    await service.create(draft);
    const renamed = await service.update('id-1', { name: 'Show A (main)', region: 'cn-beijing', signatureVersion: 'v1' });
    expect(renamed.profiles.find((p) => p.id === 'id-1')).toMatchObject({ name: 'Show A (main)', region: 'cn-beijing', signatureVersion: 'v1' });
    expect(entries.get('id-1')).toEqual({ accessKeySecret: secret });
    await service.update('id-1', { accessKeySecret: 'An0therSecretValue!' });
    expect(entries.get('id-1')).toEqual({ accessKeySecret: 'An0therSecretValue!' });
  });

  it('asks for the secret when the AccessKey ID changes', async () => {
    const { service } = setup();
    await service.create(draft);
    expect(await codeOf(service.update('id-1', { accessKeyId: 'LTAI5tOtherKey0002AB' }))).toMatchObject({
      fields: { accessKeySecret: { code: 'secretNeededForNewKey' } },
    });
  });

  it('adds and removes an STS token, keeping the AccessKey secret', async () => {
    const { service, entries } = setup();
    await service.create(draft);
    await service.update('id-1', { securityToken: 'CAIS-token-0123456789', securityTokenExpiresAt: '2026-11-22T21:00:00Z' });
    expect(entries.get('id-1')).toEqual({ accessKeySecret: secret, securityToken: 'CAIS-token-0123456789' });
    const removed = await service.update('id-1', { securityToken: '' });
    expect(entries.get('id-1')).toEqual({ accessKeySecret: secret });
    expect(removed.profiles.find((p) => p.id === 'id-1')?.securityToken).toBeNull();
  });

  it('removes the keychain entry with the profile, and clears it as the active choice', async () => {
    const { service, entries } = setup();
    await service.create(draft);
    service.setActive('aliyun', 'id-1');
    const state = await service.remove('id-1');
    expect(entries.has('id-1')).toBe(false);
    expect(state.profiles.map((p) => p.id)).not.toContain('id-1');
    expect(state.active.aliyun).toBe('rehearsal-aliyun');
  });

  it('keeps the profile when its keychain entry cannot be removed', async () => {
    const { service, state } = setup();
    await service.create(draft);
    state.unavailable = true;
    expect(await codeOf(service.remove('id-1'))).toMatchObject({ code: 'vault.locked' });
    expect(service.list().profiles.map((p) => p.id)).toContain('id-1');
  });

  it('protects the built-in profiles and refuses unknown or mismatched ids', async () => {
    const { service } = setup();
    expect(await codeOf(service.update('rehearsal-aliyun', { name: 'x' }))).toMatchObject({ code: 'profile.builtInReadOnly' });
    expect(await codeOf(service.remove('rehearsal-volcengine'))).toMatchObject({ code: 'profile.builtInReadOnly' });
    expect(await codeOf(service.update('nope', { name: 'x' }))).toMatchObject({ code: 'profile.notFound' });
    expect(() => service.setActive('aliyun', 'rehearsal-volcengine')).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'profile.notFound' }) }));
  });

  it('fixes the Volcengine region and ignores a signature version for it', async () => {
    const { service } = setup();
    const state = await service.create({ ...draft, provider: 'volcengine', accessKeyId: 'AKLTVolcTestKey000001', signatureVersion: 'v1' });
    expect(state.profiles.find((p) => p.id === 'id-1')).toMatchObject({ region: 'cn-north-1', signatureVersion: 'v3' });
    expect(await codeOf(service.create({ ...draft, name: 'V2', provider: 'volcengine', region: 'cn-beijing' }))).toMatchObject({
      fields: { region: { code: 'regionFixed', params: { region: 'cn-north-1' } } },
    });
  });
});
