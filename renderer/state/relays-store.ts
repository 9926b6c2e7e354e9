import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { IpcResult } from '../../shared/contract/result';
import { groupOfTask, tasksOfGroup, type CreateTaskRequest, type RelaysView, type UpdateGroupRequest, type UpdateTaskRequest } from '../../shared/domain/relay-desk';
import type { RelayGroup, RelayGroupDraft, RelayTask } from '../../shared/domain/relays';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';
import { followMain } from './follow-main';

// The relays slice: the active Volcengine profile's relay groups and tasks as main last listed
// them, and the operator's requests to main — each answered with what main re-read.

/** Where the groups on screen came from: not yet asked, read from main, or unreadable. */
export type RelaysStatus = 'loading' | 'ready' | 'failed';

/** A stop, continue or delete in flight for one task, shown on its row until it settles. */
export type RelayTaskOperation = 'stopping' | 'continuing' | 'deleting';

/** One group's own task listing (opening the group, or the check before deleting it). */
export interface GroupListing {
  listing: boolean;
  /** When the last listing of this group's tasks answered (ISO), or null. */
  listedAt: string | null;
  /** The last listing of this group's tasks failed with this; its tasks on screen are from before. */
  error: AppError | null;
}

/**
 * The relay groups and tasks of the active Volcengine profile as main last listed them, each
 * group's own listing, and the requests still in flight. Nothing here decides a task's status:
 * every group and task shown was listed or re-read by main.
 */
export interface RelaysStoreState {
  /** The groups and tasks as main last sent them, with their age and last listing error; null until the first answer. */
  view: RelaysView | null;
  status: RelaysStatus;
  /** A listing of every group and task is in flight. */
  refreshing: boolean;
  /** Each group's own task listing, by group name. */
  groupListings: Readonly<Record<string, GroupListing>>;
  /** Stop, continue and delete requests in flight, by task id. */
  pendingTasks: Readonly<Record<string, RelayTaskOperation>>;
  /** Group deletes in flight, by group name. */
  deletingGroups: Readonly<Record<string, true>>;
  /** The last failure of a listing or a row action (stop, continue, delete), shown until dismissed. */
  error: AppError | null;
  /** Reads the cached groups and tasks (never waits for the cloud). */
  load(): Promise<void>;
  /** Lists every group and task again; a failed listing keeps the last list, and main says why. */
  refresh(): Promise<void>;
  /**
   * The screen opens (or the active Volcengine profile changed): reads the cached list if the one
   * held is another profile's, then lists everything if main never has for this profile.
   */
  open(profileId: string): Promise<void>;
  /** Lists one group's tasks again; answers them (or why not) for a caller that decides on them. */
  listGroup(group: string): Promise<IpcResult<RelayTask[]>>;
  createGroup(draft: RelayGroupDraft): Promise<IpcResult<RelayGroup>>;
  updateGroup(request: UpdateGroupRequest): Promise<IpcResult<RelayGroup>>;
  /** Deletes a group, passing the name the operator typed for main to check again. */
  deleteGroup(name: string, confirmName: string): Promise<void>;
  createTask(request: CreateTaskRequest): Promise<IpcResult<RelayTask>>;
  updateTask(request: UpdateTaskRequest): Promise<IpcResult<RelayTask>>;
  /** Stops a task (after the operator confirmed); the row shows the status re-read from the cloud. */
  stopTask(task: RelayTask): Promise<void>;
  continueTask(task: RelayTask): Promise<void>;
  deleteTask(task: RelayTask): Promise<void>;
  dismissError(): void;
  /** Follows `relays.changed`, reloading after the link recovers; returns the stop. */
  start(): Unsubscribe;
}

/** A relays store bound to one client. */
export type RelaysStore = StoreApi<RelaysStoreState>;

/** Runs a request and answers its value or its error as data, for dialogs that show the reason. */
async function attempt<T>(request: () => Promise<T>): Promise<IpcResult<T>> {
  try {
    return { ok: true, value: await request() };
  } catch (thrown) {
    return { ok: false, error: toAppError(thrown) };
  }
}

/** The view with `group` as re-read: replaced where it was, else added last (a new group). */
export function withGroup(view: RelaysView, group: RelayGroup): RelaysView {
  const known = view.groups.some((listed) => listed.name === group.name);
  return { ...view, groups: known ? view.groups.map((listed) => (listed.name === group.name ? group : listed)) : [...view.groups, group] };
}

/** The view with `task` as re-read: replaced where it was, else added last (a new task). */
export function withTask(view: RelaysView, task: RelayTask): RelaysView {
  const known = view.tasks.some((listed) => listed.id === task.id);
  return { ...view, tasks: known ? view.tasks.map((listed) => (listed.id === task.id ? task : listed)) : [...view.tasks, task] };
}

/** A record without `key`, or with it set to `value`. */
function withEntry<V>(record: Readonly<Record<string, V>>, key: string, value: V | null): Record<string, V> {
  const next = { ...record };
  if (value === null) delete next[key];
  else next[key] = value;
  return next;
}

const noListing: GroupListing = { listing: false, listedAt: null, error: null };

/** Creates the relays slice. */
export function createRelaysStore(client: ControlRoomClient): RelaysStore {
  return createStore<RelaysStoreState>()((set, get) => {
    const api = client.api.relays;
    // `relays.changed` carries every view main publishes, answers included: an answer that an
    // event overtook on its way is older than what the event brought, and is not shown over it.
    let viewEvents = 0;
    /** Shows a view; another profile's view starts its groups' own listings afresh. */
    const showView = (view: RelaysView) => {
      const sameProfile = get().view?.profileId === view.profileId;
      set({ view, status: 'ready', ...(sameProfile ? {} : { groupListings: {} }) });
    };
    const keepAnswer = (view: RelaysView, eventsBefore: number) => {
      if (viewEvents === eventsBefore) showView(view);
    };
    const putTask = (task: RelayTask) => {
      const view = get().view;
      if (view) set({ view: withTask(view, task) });
    };
    const putGroup = (group: RelayGroup) => {
      const view = get().view;
      if (view) set({ view: withGroup(view, group) });
    };
    const setListing = (group: string, listing: Partial<GroupListing>) =>
      set({ groupListings: { ...get().groupListings, [group]: { ...(get().groupListings[group] ?? noListing), ...listing } } });
    /** A task row action: pending while in flight, the re-read task (or view) kept, a refusal shown. */
    const taskAction = async <T>(task: RelayTask, operation: RelayTaskOperation, request: () => Promise<T>, keep: (value: T) => void) => {
      set({ pendingTasks: withEntry(get().pendingTasks, task.id, operation), error: null });
      const result = await attempt(request);
      if (result.ok) keep(result.value);
      set({ pendingTasks: withEntry(get().pendingTasks, task.id, null), ...(result.ok ? {} : { error: result.error }) });
    };
    const taskRequest = (task: RelayTask) => ({ id: task.id, group: groupOfTask(task) });
    const viewAnswer = () => {
      const eventsBefore = viewEvents;
      return (view: RelaysView) => keepAnswer(view, eventsBefore);
    };

    return {
      view: null,
      status: 'loading',
      refreshing: false,
      groupListings: {},
      pendingTasks: {},
      deletingGroups: {},
      error: null,

      async load() {
        const keep = viewAnswer();
        const result = await attempt(() => api.view());
        if (result.ok) keep(result.value);
        else set({ status: 'failed', error: result.error });
      },

      async refresh() {
        if (get().refreshing) return;
        set({ refreshing: true });
        const keep = viewAnswer();
        const result = await attempt(() => api.refresh());
        set({ refreshing: false });
        if (!result.ok) {
          set({ error: result.error });
          return;
        }
        keep(result.value);
        // Every group's tasks were just listed: a group listing that failed before is mended.
        if (result.value.readError === null) {
          const listings = Object.entries(get().groupListings).filter(([, listing]) => listing.listing);
          set({ groupListings: Object.fromEntries(listings) });
        }
      },

      async open(profileId) {
        if (get().view?.profileId !== profileId) await get().load();
        const view = get().view;
        if (view && view.listedAt === null && view.readError === null) await get().refresh();
      },

      async listGroup(group) {
        setListing(group, { listing: true });
        const keep = viewAnswer();
        const result = await attempt(() => api.refreshGroup({ group }));
        if (!result.ok) {
          setListing(group, { listing: false, error: result.error });
          return result;
        }
        keep(result.value);
        setListing(group, { listing: false, error: null, listedAt: new Date().toISOString() });
        return { ok: true, value: tasksOfGroup(get().view ?? result.value, group) };
      },

      async createGroup(draft) {
        const result = await attempt(() => api.createGroup(draft));
        if (result.ok) putGroup(result.value);
        return result;
      },

      async updateGroup(request) {
        const result = await attempt(() => api.updateGroup(request));
        if (result.ok) putGroup(result.value);
        return result;
      },

      async deleteGroup(name, confirmName) {
        set({ deletingGroups: withEntry(get().deletingGroups, name, true), error: null });
        const keep = viewAnswer();
        const result = await attempt(() => api.deleteGroup({ name, confirmName }));
        if (result.ok) keep(result.value);
        set({ deletingGroups: withEntry(get().deletingGroups, name, null), ...(result.ok ? {} : { error: result.error }) });
      },

      async createTask(request) {
        const result = await attempt(() => api.createTask(request));
        if (result.ok) putTask(result.value);
        return result;
      },

      async updateTask(request) {
        const result = await attempt(() => api.updateTask(request));
        if (result.ok) putTask(result.value);
        return result;
      },

      stopTask: (task) => taskAction(task, 'stopping', () => api.stopTask(taskRequest(task)), putTask),
      continueTask: (task) => taskAction(task, 'continuing', () => api.continueTask(taskRequest(task)), putTask),
      deleteTask(task) {
        const keep = viewAnswer();
        return taskAction(task, 'deleting', () => api.deleteTask(taskRequest(task)), keep);
      },

      dismissError: () => set({ error: null }),

      start: () =>
        followMain(client, {
          subscribe: () =>
            api.onChanged((view) => {
              viewEvents += 1;
              showView(view);
            }),
          load: () => get().load(),
          failed: () => get().status === 'failed',
        }),
    };
  });
}
