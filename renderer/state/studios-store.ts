import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { IpcResult } from '../../shared/contract/result';
import type { BatchRequest, ConfigureRequest, CopyRequest, CreateRequest, StudioBatch, StudiosView } from '../../shared/domain/studio-desk';
import type { Studio, StudioConfig } from '../../shared/domain/studios';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';
import { followMain } from './follow-main';

// The studios slice: the active Alibaba profile's studio list as main last listed it, its bulk
// copies, and the operator's requests to main — each answered with what main re-read.

/** Where the studios on screen came from: not yet asked, read from main, or unreadable. */
export type StudiosStatus = 'loading' | 'ready' | 'failed';

/** An on-air or destructive request in flight for one studio, shown on its row until it settles. */
export type StudioOperation = 'starting' | 'stopping' | 'deleting';

/**
 * The production studios of the active Alibaba profile as main last listed them, the bulk copies
 * by id, and the requests still in flight. Nothing here decides a studio's state: every studio
 * shown was listed or re-read by main, and a copy or create shows once main found it listed.
 */
export interface StudiosStoreState {
  /** The list as main last sent it, with its age and last listing error; null until the first answer. */
  view: StudiosView | null;
  status: StudiosStatus;
  /** A listing of every page is in flight. */
  refreshing: boolean;
  /** Bulk copies by id, as main last reported each. */
  batches: Readonly<Record<string, StudioBatch>>;
  /** Start, stop and delete requests in flight, by studio id. */
  pending: Readonly<Record<string, StudioOperation>>;
  /** The last failure of a list or row action (start, stop, delete, bulk copy control), shown until dismissed. */
  error: AppError | null;
  /** Reads the cached list and the bulk copies (never waits for the cloud). */
  load(): Promise<void>;
  /** Lists every studio again; a failed listing keeps the last list, and main says why. */
  refresh(): Promise<void>;
  /**
   * The screen opens (or the active Alibaba profile changed): reads the cached list if the one held
   * is another profile's, then lists the studios if main never has for this profile.
   */
  open(profileId: string): Promise<void>;
  /** One copy; the dialog made the token once and sends the same one on every retry. */
  copy(request: CopyRequest): Promise<IpcResult<Studio>>;
  create(request: CreateRequest): Promise<IpcResult<Studio>>;
  readConfig(studioId: string): Promise<IpcResult<StudioConfig>>;
  configure(request: ConfigureRequest): Promise<IpcResult<StudioConfig>>;
  /** Starts a studio (after the operator confirmed); the row shows the state re-read from the cloud. */
  startStudio(studioId: string): Promise<void>;
  stopStudio(studioId: string): Promise<void>;
  /** Deletes a studio, passing the name the operator typed for main to check again. */
  deleteStudio(studioId: string, confirmName: string): Promise<void>;
  startBatch(request: BatchRequest): Promise<IpcResult<StudioBatch>>;
  cancelBatch(id: string): Promise<void>;
  resumeBatch(id: string): Promise<void>;
  dismissError(): void;
  /** Follows `studios.changed` and `studios.batchChanged`, reloading after the link recovers; returns the stop. */
  start(): Unsubscribe;
}

/** A studios store bound to one client. */
export type StudiosStore = StoreApi<StudiosStoreState>;

/** Runs a request and answers its value or its error as data, for dialogs that show the reason. */
async function attempt<T>(request: () => Promise<T>): Promise<IpcResult<T>> {
  try {
    return { ok: true, value: await request() };
  } catch (thrown) {
    return { ok: false, error: toAppError(thrown) };
  }
}

/** The list with `studio` as re-read: replaced where it was, else first (a new studio). */
export function withStudio(view: StudiosView, studio: Studio): StudiosView {
  const known = view.studios.some((listed) => listed.id === studio.id);
  return { ...view, studios: known ? view.studios.map((listed) => (listed.id === studio.id ? studio : listed)) : [studio, ...view.studios] };
}

/** The active profile's most recent bulk copy, or null: the one the bulk copy panel shows. */
export function newestBatch(batches: Readonly<Record<string, StudioBatch>>, profileId: string | undefined): StudioBatch | null {
  let newest: StudioBatch | null = null;
  for (const batch of Object.values(batches)) {
    if (batch.profileId === profileId && (newest === null || batch.createdAt > newest.createdAt)) newest = batch;
  }
  return newest;
}

/** Creates the studios slice. */
export function createStudiosStore(client: ControlRoomClient): StudiosStore {
  return createStore<StudiosStoreState>()((set, get) => {
    const api = client.api.studios;
    const putStudio = (studio: Studio) => {
      const view = get().view;
      if (view) set({ view: withStudio(view, studio) });
    };
    const putBatch = (batch: StudioBatch) => set({ batches: { ...get().batches, [batch.id]: batch } });
    // Events per batch, so an answer overtaken on its way by a newer event is not shown over it.
    const eventsSeen = new Map<string, number>();
    const eventCount = (id: string) => eventsSeen.get(id) ?? 0;
    const snapshot = () => new Map(eventsSeen);
    // The same for the list: `studios.changed` carries every list main publishes, answers included.
    let viewEvents = 0;
    const withPending = (studioId: string, operation: StudioOperation | null) => {
      const pending = { ...get().pending };
      if (operation) pending[studioId] = operation;
      else delete pending[studioId];
      return pending;
    };
    /** A row action: pending while in flight, the re-read studio (or list) kept, a refusal shown. */
    const rowAction = async <T>(studioId: string, operation: StudioOperation, request: () => Promise<T>, keep: (value: T) => void) => {
      set({ pending: withPending(studioId, operation), error: null });
      const result = await attempt(request);
      if (result.ok) keep(result.value);
      set({ pending: withPending(studioId, null), ...(result.ok ? {} : { error: result.error }) });
    };
    /** A bulk copy control: the batch main answers is kept unless an event already said more; a refusal shown. */
    const batchAction = async (id: string, request: () => Promise<StudioBatch>) => {
      const seenBefore = eventCount(id);
      const result = await attempt(request);
      if (!result.ok) set({ error: result.error });
      else if (eventCount(id) === seenBefore) putBatch(result.value);
    };

    return {
      view: null,
      status: 'loading',
      refreshing: false,
      batches: {},
      pending: {},
      error: null,

      async load() {
        const seenBefore = snapshot();
        const viewEventsBefore = viewEvents;
        const result = await attempt(() => Promise.all([api.view(), api.batches()]));
        if (!result.ok) {
          set({ status: 'failed', error: result.error });
          return;
        }
        const [view, listed] = result.value;
        const batches = { ...get().batches };
        for (const batch of listed) if (eventCount(batch.id) === (seenBefore.get(batch.id) ?? 0)) batches[batch.id] = batch;
        set({ ...(viewEvents === viewEventsBefore ? { view } : {}), status: 'ready', batches });
      },

      async refresh() {
        if (get().refreshing) return;
        set({ refreshing: true });
        const viewEventsBefore = viewEvents;
        const result = await attempt(() => api.refresh());
        if (!result.ok) set({ refreshing: false, error: result.error });
        else set({ refreshing: false, status: 'ready', ...(viewEvents === viewEventsBefore ? { view: result.value } : {}) });
      },

      async open(profileId) {
        if (get().view?.profileId !== profileId) await get().load();
        const view = get().view;
        if (view && view.listedAt === null && view.readError === null) await get().refresh();
      },

      async copy(request) {
        const result = await attempt(() => api.copy(request));
        if (result.ok) putStudio(result.value);
        return result;
      },

      async create(request) {
        const result = await attempt(() => api.create(request));
        if (result.ok) putStudio(result.value);
        return result;
      },

      readConfig: (studioId) => attempt(() => api.config({ studioId })),

      configure: (request) => attempt(() => api.configure(request)),

      startStudio: (studioId) => rowAction(studioId, 'starting', () => api.start({ studioId }), putStudio),
      stopStudio: (studioId) => rowAction(studioId, 'stopping', () => api.stop({ studioId }), putStudio),
      deleteStudio: (studioId, confirmName) => rowAction(studioId, 'deleting', () => api.delete({ studioId, confirmName }), (view) => set({ view })),

      async startBatch(request) {
        const result = await attempt(() => api.batchStart(request));
        // Main announces a new batch before answering; any event for it is at least as new as the answer.
        if (result.ok && eventCount(result.value.id) === 0) putBatch(result.value);
        return result;
      },
      cancelBatch: (id) => batchAction(id, () => api.batchCancel({ id })),
      resumeBatch: (id) => batchAction(id, () => api.batchResume({ id })),

      dismissError: () => set({ error: null }),

      start: () =>
        followMain(client, {
          subscribe: () => {
            const stopView = api.onChanged((view) => {
              viewEvents += 1;
              set({ view, status: 'ready' });
            });
            const stopBatches = api.onBatchChanged((batch) => {
              eventsSeen.set(batch.id, eventCount(batch.id) + 1);
              putBatch(batch);
            });
            return () => {
              stopView();
              stopBatches();
            };
          },
          load: () => get().load(),
          failed: () => get().status === 'failed',
        }),
    };
  });
}
