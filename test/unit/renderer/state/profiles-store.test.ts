import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/contract/result';
import type { ProfileDraft, ProfilesState } from '../../../../shared/domain/profile';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createProfilesStore } from '../../../../renderer/state/profiles-store';
import { fakeControlRoom } from '../fake-control-room';
import { initialProfilesState, installFakeProfiles, samplePreview } from '../fake-profiles';

const secret = 'Sup3rSecretValue-9f1c2d';
const draft: ProfileDraft = { name: 'Show A', provider: 'aliyun', accessKeyId: 'LTAI5tTestKey0001X9P6', accessKeySecret: secret };

/** A promise the test settles by hand, to hold an answer in flight. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

function setup() {
  const fake = fakeControlRoom();
  const main = installFakeProfiles(fake);
  const client = createControlRoomClient(fake.api);
  return { fake, main, client, store: createProfilesStore(client) };
}

describe('profiles store', () => {
  it('starts loading with nothing confirmed, then holds what main listed', async () => {
    const { store } = setup();
    expect(store.getState()).toMatchObject({ status: 'loading', confirmed: null });
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', confirmed: initialProfilesState() });
  });

  it('keeps the load error and reads again when an unreachable main answers again', async () => {
    const { fake, client, store } = setup();
    fake.answer('profiles.list', async () => ({ ok: false, error: appError('ipc.unreachable', { channel: 'profiles.list' }) }));
    const stop = store.getState().start();
    await expect.poll(() => store.getState().status).toBe('failed');
    expect(store.getState().errors.load?.code).toBe('ipc.unreachable');

    fake.answer('profiles.list', async () => ({ ok: true, value: initialProfilesState() }));
    await client.api.app.info();
    await expect.poll(() => store.getState().status).toBe('ready');
    expect(store.getState().errors.load).toBeUndefined();
    stop();
  });

  it('does not ask again on its own after a failure that would only repeat', async () => {
    const { fake, client, store } = setup();
    fake.answer('profiles.list', async () => ({ ok: false, error: appError('internal') }));
    const stop = store.getState().start();
    await expect.poll(() => store.getState().status).toBe('failed');
    await client.api.app.info();
    await client.api.app.info();
    expect(fake.calls.filter((call) => call.channel === 'profiles.list')).toHaveLength(1);
    stop();
  });

  it('shows a create as pending, then holds the state main answered and never the secret', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const created = store.getState().create(draft);
    expect(store.getState().pending.create).toBe(true);
    expect(await created).toBe(true);
    expect(store.getState().pending.create).toBe(false);
    expect(store.getState().confirmed?.profiles.map((profile) => profile.name)).toContain('Show A');
    expect(fake.calls.at(-1)).toEqual({ channel: 'profiles.create', request: draft });
    expect(JSON.stringify(store.getState())).not.toContain(secret);
    expect(JSON.stringify(store.getState())).not.toContain(draft.accessKeyId);
  });

  it('keeps a refused create as an AppError with its field problems, and the state as it was', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const fields = { name: { code: 'nameTaken' as const, params: { name: 'Show A' } } };
    fake.answer('profiles.create', async () => ({ ok: false, error: appError('profile.invalid', {}, { fields }) }));
    expect(await store.getState().create(draft)).toBe(false);
    expect(store.getState().errors.create).toMatchObject({ code: 'profile.invalid', fields });
    expect(store.getState().confirmed).toEqual(initialProfilesState());
    expect(JSON.stringify(store.getState())).not.toContain(secret);
    store.getState().dismissError('create');
    expect(store.getState().errors.create).toBeUndefined();
  });

  it('reports a keychain failure on create, storing nothing', async () => {
    const { fake, store } = setup();
    fake.answer('profiles.create', async () => ({ ok: false, error: appError('vault.locked') }));
    expect(await store.getState().create(draft)).toBe(false);
    expect(store.getState().errors.create?.code).toBe('vault.locked');
    expect(store.getState().confirmed).toBeNull();
  });

  it('marks the profile being updated or removed, and clears the mark when main answers', async () => {
    const { store } = setup();
    await store.getState().create(draft);
    const id = store.getState().confirmed?.profiles.at(-1)?.id ?? '';
    const updated = store.getState().update(id, { name: 'Show B' });
    expect(store.getState().pending.update).toBe(id);
    expect(await updated).toBe(true);
    expect(store.getState().pending.update).toBeNull();
    expect(store.getState().confirmed?.profiles.at(-1)?.name).toBe('Show B');

    const removed = store.getState().remove(id);
    expect(store.getState().pending.remove).toBe(id);
    expect(await removed).toBe(true);
    expect(store.getState().confirmed?.profiles.some((profile) => profile.id === id)).toBe(false);
  });

  it('shows an active change as pending per provider until main confirms it', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    const answer = deferred<IpcResult<ProfilesState>>();
    fake.answer('profiles.setActive', () => answer.promise);
    const switching = store.getState().setActive('aliyun', 'p9');
    expect(store.getState().pending.setActive).toEqual({ aliyun: 'p9' });
    expect(store.getState().confirmed?.active.aliyun).toBe('rehearsal-aliyun');
    const confirmed = { ...initialProfilesState(), active: { aliyun: 'p9', volcengine: 'rehearsal-volcengine' } };
    answer.resolve({ ok: true, value: confirmed });
    expect(await switching).toBe(true);
    expect(store.getState().pending.setActive).toEqual({});
    expect(store.getState().confirmed?.active.aliyun).toBe('p9');
  });

  it('keeps the confirmed active profile when a change fails', async () => {
    const { fake, store } = setup();
    await store.getState().load();
    fake.answer('profiles.setActive', async () => ({ ok: false, error: appError('profile.notFound') }));
    expect(await store.getState().setActive('volcengine', 'gone')).toBe(false);
    expect(store.getState().errors.setActive?.code).toBe('profile.notFound');
    expect(store.getState().confirmed?.active.volcengine).toBe('rehearsal-volcengine');
    expect(store.getState().pending.setActive).toEqual({});
  });

  it('follows profiles.changed once started, and stops when told', async () => {
    const { fake, store } = setup();
    const stop = store.getState().start();
    const changed = { ...initialProfilesState(), active: { aliyun: 'x1', volcengine: 'rehearsal-volcengine' } };
    fake.emit('profiles.changed', changed);
    expect(store.getState().confirmed).toEqual(changed);
    stop();
    fake.emit('profiles.changed', initialProfilesState());
    expect(store.getState().confirmed).toEqual(changed);
  });

  it('previews an import, applies picks, and keeps per-pick failures', async () => {
    const { fake, store } = setup();
    expect(await store.getState().importPreview(['aliyunCli'])).toBe(true);
    expect(store.getState().preview).toEqual(samplePreview);
    expect(fake.calls.at(-1)).toEqual({ channel: 'profiles.importPreview', request: { sources: ['aliyunCli'] } });

    expect(await store.getState().importApply([{ candidateId: 'aliyunCli:default', name: 'Imported' }])).toBe(true);
    expect(store.getState().confirmed?.profiles.at(-1)?.name).toBe('Imported');

    const failure = { candidateId: 'aliyunCli:default', error: appError('import.candidateGone') };
    fake.answer('profiles.importApply', async () => ({ ok: true, value: { state: initialProfilesState(), failures: [failure] } }));
    expect(await store.getState().importApply([{ candidateId: 'aliyunCli:default', name: 'Again' }])).toBe(false);
    expect(store.getState().importFailures).toEqual([failure]);

    store.getState().clearImport();
    expect(store.getState()).toMatchObject({ preview: null, importFailures: [] });
  });

  it('keeps an import preview failure as the error of that action', async () => {
    const { fake, store } = setup();
    fake.answer('profiles.importPreview', async () => ({ ok: false, error: appError('internal') }));
    expect(await store.getState().importPreview([])).toBe(false);
    expect(store.getState()).toMatchObject({ preview: null, pending: { importPreview: false } });
    expect(store.getState().errors.importPreview?.code).toBe('internal');
  });
});
