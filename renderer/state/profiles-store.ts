import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { ImportPreview, ImportResult } from '../../shared/contract/channels';
import type { ImportSource, ProfileChanges, ProfileDraft, ProfileId, ProfilesState } from '../../shared/domain/profile';
import type { Provider } from '../../shared/domain/provider';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';
import { followMain } from './follow-main';

/** Where the profiles on screen came from: not yet asked, read from main, or unreadable. */
export type ProfilesStatus = 'loading' | 'ready' | 'failed';

/** Everything the operator can ask of the profiles service; each keeps its own last error. */
export type ProfileAction = 'load' | 'create' | 'update' | 'remove' | 'setActive' | 'importPreview' | 'importApply';

/** One pick for an import: which candidate, under which name. */
export interface ImportPick {
  candidateId: string;
  name: string;
}

/** Requests still in flight, so each control shows its own pending state. */
export interface ProfilesPending {
  create: boolean;
  /** The profile being saved, or null. */
  update: ProfileId | null;
  /** The profile being removed, or null. */
  remove: ProfileId | null;
  /** Per provider, the profile asked to become active and not yet confirmed. */
  setActive: Partial<Record<Provider, ProfileId>>;
  importPreview: boolean;
  importApply: boolean;
}

/**
 * Profiles as main confirmed them. Secrets pass through `create` and `update` on their way to main
 * and are never written to this state: only the views main answers with (masked, secret-free) are.
 */
export interface ProfilesStoreState {
  /** The last state main confirmed; null until the first read succeeds. */
  confirmed: ProfilesState | null;
  status: ProfilesStatus;
  pending: ProfilesPending;
  /** The last failure of each action, localised by the view; field problems are in `fields`. */
  errors: Partial<Record<ProfileAction, AppError>>;
  /** What the last import preview found (no secrets), until cleared. */
  preview: ImportPreview | null;
  /** Picks the last import could not carry out, and why. */
  importFailures: ImportResult['failures'];
  load(): Promise<void>;
  /** Resolves true once main stored the profile; false with `errors.create` set otherwise. */
  create(draft: ProfileDraft): Promise<boolean>;
  update(id: ProfileId, changes: ProfileChanges): Promise<boolean>;
  remove(id: ProfileId): Promise<boolean>;
  setActive(provider: Provider, id: ProfileId): Promise<boolean>;
  importPreview(sources: ImportSource[]): Promise<boolean>;
  /** Resolves true when every pick was imported. */
  importApply(picks: ImportPick[]): Promise<boolean>;
  /** Forgets the preview and the import failures, when the import dialog closes. */
  clearImport(): void;
  dismissError(action: ProfileAction): void;
  /** Follows `profiles.changed` and reloads after the link recovers; returns the stop. */
  start(): Unsubscribe;
}

/** A profiles store bound to one client. */
export type ProfilesStore = StoreApi<ProfilesStoreState>;

const idle: ProfilesPending = {
  create: false,
  update: null,
  remove: null,
  setActive: {},
  importPreview: false,
  importApply: false,
};

function withoutKey<K extends string, V>(record: Partial<Record<K, V>>, key: NoInfer<K>): Partial<Record<K, V>> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * Creates the profiles slice. Every action marks itself pending, clears its previous error, and on
 * success stores the state main answered; a failure leaves the confirmed state as it was.
 */
export function createProfilesStore(client: ControlRoomClient): ProfilesStore {
  let loading = false;
  return createStore<ProfilesStoreState>()((set, get) => {
    const setPending = (patch: Partial<ProfilesPending>) => set({ pending: { ...get().pending, ...patch } });
    const fail = (action: ProfileAction, thrown: unknown) => set({ errors: { ...get().errors, [action]: toAppError(thrown) } });
    const begin = (action: ProfileAction, patch: Partial<ProfilesPending>) => {
      set({ errors: withoutKey(get().errors, action) });
      setPending(patch);
    };

    /** Runs one mutation that answers the new state; `done` undoes its pending mark. */
    async function mutate(
      action: ProfileAction,
      mark: Partial<ProfilesPending>,
      request: () => Promise<ProfilesState>,
      done: () => Partial<ProfilesPending>,
    ): Promise<boolean> {
      begin(action, mark);
      try {
        const confirmed = await request();
        set({ confirmed, status: 'ready' });
        return true;
      } catch (thrown) {
        fail(action, thrown);
        return false;
      } finally {
        setPending(done());
      }
    }

    return {
      confirmed: null,
      status: 'loading',
      pending: idle,
      errors: {},
      preview: null,
      importFailures: [],

      async load() {
        if (loading) return;
        loading = true;
        try {
          const confirmed = await client.api.profiles.list();
          set({ confirmed, status: 'ready', errors: withoutKey(get().errors, 'load') });
        } catch (thrown) {
          set({ status: get().confirmed ? 'ready' : 'failed' });
          fail('load', thrown);
        } finally {
          loading = false;
        }
      },

      create: (draft) =>
        mutate('create', { create: true }, () => client.api.profiles.create(draft), () => ({ create: false })),

      update: (id, changes) =>
        mutate('update', { update: id }, () => client.api.profiles.update({ id, changes }), () => ({ update: null })),

      remove: (id) => mutate('remove', { remove: id }, () => client.api.profiles.remove({ id }), () => ({ remove: null })),

      setActive: (provider, id) =>
        mutate(
          'setActive',
          { setActive: { ...get().pending.setActive, [provider]: id } },
          () => client.api.profiles.setActive({ provider, id }),
          () => ({ setActive: withoutKey(get().pending.setActive, provider) }),
        ),

      async importPreview(sources) {
        begin('importPreview', { importPreview: true });
        set({ importFailures: [] });
        try {
          set({ preview: await client.api.profiles.importPreview({ sources }) });
          return true;
        } catch (thrown) {
          fail('importPreview', thrown);
          return false;
        } finally {
          setPending({ importPreview: false });
        }
      },

      async importApply(picks) {
        begin('importApply', { importApply: true });
        try {
          const result = await client.api.profiles.importApply({ picks });
          set({ confirmed: result.state, status: 'ready', importFailures: result.failures });
          return result.failures.length === 0;
        } catch (thrown) {
          fail('importApply', thrown);
          return false;
        } finally {
          setPending({ importApply: false });
        }
      },

      clearImport() {
        set({
          preview: null,
          importFailures: [],
          errors: withoutKey(withoutKey(get().errors, 'importPreview'), 'importApply'),
        });
      },

      dismissError(action) {
        set({ errors: withoutKey(get().errors, action) });
      },

      start: () =>
        followMain(client, {
          subscribe: () => client.api.profiles.onChanged((confirmed) => set({ confirmed, status: 'ready' })),
          load: () => get().load(),
          // Only an unreachable main is worth asking again on its own; any other failure would
          // just repeat, and the view offers a retry for it.
          failed: () => get().status === 'failed' && get().errors.load?.code === 'ipc.unreachable',
        }),
    };
  });
}
