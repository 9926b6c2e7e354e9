import type { CreateTaskRequest, DeleteGroupRequest, RelaysView, TaskRequest, UpdateGroupRequest, UpdateTaskRequest } from '../../shared/domain/relay-desk';
import { groupOfTask } from '../../shared/domain/relay-desk';
import type { RelayGroup, RelayGroupDraft, RelayTask } from '../../shared/domain/relays';
import { parseInstant } from '../../shared/domain/relay-validation';
import { AppErrorException, appError, toAppError } from '../../shared/errors/app-error';
import { runAction, type ActionOptions } from '../cloud/actions/action-definition';
import { createRelayGroup, deleteRelayGroup, listAllRelayGroups, updateRelayGroup } from '../cloud/actions/volcengine/relay-groups';
import { listAllRelayTasks } from '../cloud/actions/volcengine/relay-task-list';
import { continueRelayTask, createRelayTask, deleteRelayTask, stopRelayTask, updateRelayTask } from '../cloud/actions/volcengine/relay-tasks';
import { isAmbiguousFailure } from '../cloud/ambiguous-failure';
import type { CloudClient } from '../cloud/cloud-client';

/** What the relay service is built from. */
export interface RelayServiceDeps {
  client: CloudClient;
  /** The Volcengine profile whose groups are shown and changed (the active one). */
  profileId(): string;
  now?: () => Date;
}

/**
 * The pull-to-push relay groups and tasks of the active Volcengine profile: the list as the cloud
 * last confirmed it, and every change — each reported done only once a re-read shows it. A change
 * whose answer was lost is settled by that same re-read (Volcengine has no idempotency token for
 * these calls), never sent a second time behind the operator's back.
 */
export interface RelayService {
  view(): RelaysView;
  /** Lists every group and every task again; a failed listing keeps the last one with the reason. */
  refresh(): Promise<RelaysView>;
  /** Lists one group's tasks again. */
  refreshGroup(group: string): Promise<RelaysView>;
  createGroup(draft: RelayGroupDraft): Promise<RelayGroup>;
  updateGroup(request: UpdateGroupRequest): Promise<RelayGroup>;
  /** Refused unless the typed name matches, and while the group has tasks (listed first). */
  deleteGroup(request: DeleteGroupRequest): Promise<RelaysView>;
  createTask(request: CreateTaskRequest): Promise<RelayTask>;
  updateTask(request: UpdateTaskRequest): Promise<RelayTask>;
  stopTask(request: TaskRequest): Promise<RelayTask>;
  continueTask(request: TaskRequest): Promise<RelayTask>;
  deleteTask(request: TaskRequest): Promise<RelaysView>;
  onView(listener: (view: RelaysView) => void): () => void;
}

/** The same instant, whatever zone each side wrote it in; a time neither can read is never equal. */
function sameInstant(a: string | null, b: string): boolean {
  const left = a === null ? null : parseInstant(a);
  return left !== null && left === parseInstant(b);
}

/** Whether a listed task is the one a draft describes: its title and window, the parts the cloud echoes as sent. */
function matchesDraft(task: RelayTask, draft: CreateTaskRequest): boolean {
  return task.title === (draft.title ?? '') && sameInstant(task.start, draft.start) && sameInstant(task.end, draft.end);
}

/** Creates the service. */
export function createRelayService(deps: RelayServiceDeps): RelayService {
  const now = deps.now ?? (() => new Date());
  const options = (): ActionOptions => ({ profileId: deps.profileId() });
  const nothingListed = (profileId: string): RelaysView => ({ profileId, groups: [], tasks: [], listedAt: null, readError: null });
  let shown = nothingListed(deps.profileId());
  const listeners = new Set<(view: RelaysView) => void>();

  const publish = (next: RelaysView): RelaysView => {
    shown = next;
    for (const listener of listeners) listener(next);
    return next;
  };
  const current = (): RelaysView => (shown.profileId === deps.profileId() ? shown : nothingListed(deps.profileId()));

  const readGroups = () => listAllRelayGroups(deps.client, {}, options());
  /** A group's tasks as listed now, put into the shown view in place of the ones it had. */
  const readGroupTasks = async (group: string): Promise<RelayTask[]> => {
    const tasks = await listAllRelayTasks(deps.client, { groups: [group] }, options());
    const view = current();
    publish({ ...view, tasks: [...view.tasks.filter((task) => groupOfTask(task) !== group), ...tasks] });
    return tasks;
  };
  const showGroup = (group: RelayGroup): RelayGroup => {
    const view = current();
    const known = view.groups.some((listed) => listed.name === group.name);
    publish({ ...view, groups: known ? view.groups.map((listed) => (listed.name === group.name ? group : listed)) : [...view.groups, group] });
    return group;
  };
  const unconfirmed = (target: string, action: string) => new AppErrorException(appError('relay.unconfirmed', { target }, { provider: 'volcengine', action }));

  /**
   * Sends a change, then reads back whether it took. A definite refusal is thrown as is; after an
   * ambiguous failure (no answer, the cloud's own trouble) the re-read decides, and if it does not
   * show the change the original failure stands (its outcome stays unknown). A change the cloud
   * accepted but the re-read does not show, or could not be made, is `relay.unconfirmed`.
   */
  async function confirmed<T>(change: { target: string; action: string }, send: () => Promise<unknown>, readBack: () => Promise<T | null>): Promise<T> {
    let lost: unknown = null;
    try {
      await send();
    } catch (thrown) {
      if (!isAmbiguousFailure(toAppError(thrown))) throw thrown;
      lost = thrown;
    }
    const seen = await readBack().catch(() => null);
    if (seen !== null) return seen;
    throw lost ?? unconfirmed(change.target, change.action);
  }

  /** The group's task `id` as re-read, when `accept` says the change shows on it. */
  const taskAfter = (request: TaskRequest, accept: (task: RelayTask) => boolean) => async (): Promise<RelayTask | null> => {
    const task = (await readGroupTasks(request.group)).find((listed) => listed.id === request.id);
    return task && accept(task) ? task : null;
  };

  const refresh = async (): Promise<RelaysView> => {
    const profileId = deps.profileId();
    try {
      const [groups, tasks] = await Promise.all([readGroups(), listAllRelayTasks(deps.client, {}, { profileId })]);
      return publish({ profileId, groups, tasks, listedAt: now().toISOString(), readError: null });
    } catch (thrown) {
      return publish({ ...current(), readError: toAppError(thrown) });
    }
  };

  return {
    view: current,
    refresh,
    async refreshGroup(group) {
      await readGroupTasks(group);
      return current();
    },
    async createGroup(draft) {
      // No token exists: after a lost answer, the group being listed under its name and project is
      // the proof. A name someone else holds was refused with `relay.groupExists` and never gets here.
      const group = await confirmed(
        { target: draft.name, action: 'CreatePullToPushGroup' },
        () => runAction(deps.client, createRelayGroup, draft, options()),
        async () => (await readGroups()).find((listed) => listed.name === draft.name && listed.project === draft.project) ?? null,
      );
      return showGroup(group);
    },
    async updateGroup({ name, tags }) {
      const wanted = tags.filter((tag) => tag.category !== 'System').map((tag) => `${tag.key}\u0000${tag.value}`);
      const group = await confirmed(
        { target: name, action: 'UpdatePullToPushGroup' },
        () => runAction(deps.client, updateRelayGroup, { name, tags }, options()),
        async () => {
          const listed = (await readGroups()).find((candidate) => candidate.name === name);
          if (!listed) return null;
          const custom = listed.tags.filter((tag) => tag.category === 'Custom').map((tag) => `${tag.key}\u0000${tag.value}`);
          return custom.length === wanted.length && wanted.every((tag) => custom.includes(tag)) ? listed : null;
        },
      );
      return showGroup(group);
    },
    async deleteGroup({ name, confirmName }) {
      if (confirmName !== name) throw new AppErrorException(appError('relay.nameMismatch', { name }));
      const tasks = await readGroupTasks(name);
      if (tasks.length > 0) throw new AppErrorException(appError('relay.groupHasTasks', { name, count: tasks.length }, { provider: 'volcengine', action: 'DeletePullToPushGroup' }));
      await confirmed(
        { target: name, action: 'DeletePullToPushGroup' },
        () => runAction(deps.client, deleteRelayGroup, { name }, options()),
        async () => ((await readGroups()).some((listed) => listed.name === name) ? null : true),
      );
      const view = current();
      return publish({ ...view, groups: view.groups.filter((group) => group.name !== name) });
    },
    async createTask(request) {
      const before = new Set((await readGroupTasks(request.group)).map((task) => task.id));
      let id: string | null = null;
      return confirmed(
        { target: request.title || request.destination, action: 'CreatePullToPushTask' },
        async () => {
          id = (await runAction(deps.client, createRelayTask, request, options())).id;
        },
        async () => {
          const tasks = await readGroupTasks(request.group);
          if (id !== null) return tasks.find((task) => task.id === id) ?? null;
          // The answer was lost: a new task with this title and window is the one sent; two of them
          // cannot be told apart, so the outcome stays unknown rather than a guess.
          const made = tasks.filter((task) => !before.has(task.id) && matchesDraft(task, request));
          return made.length === 1 ? (made[0] ?? null) : null;
        },
      );
    },
    updateTask(request) {
      return confirmed(
        { target: request.title || request.id, action: 'UpdatePullToPushTask' },
        () => runAction(deps.client, updateRelayTask, request, options()),
        taskAfter(request, (task) => matchesDraft(task, request)),
      );
    },
    stopTask(request) {
      return confirmed(
        { target: request.id, action: 'StopPullToPushTask' },
        () => runAction(deps.client, stopRelayTask, request, options()),
        taskAfter(request, (task) => task.status === 'stopped'),
      );
    },
    continueTask(request) {
      return confirmed(
        { target: request.id, action: 'ContinuePullToPushTask' },
        () => runAction(deps.client, continueRelayTask, request, options()),
        taskAfter(request, (task) => task.status !== 'stopped'),
      );
    },
    async deleteTask(request) {
      await confirmed(
        { target: request.id, action: 'DeletePullToPushTask' },
        () => runAction(deps.client, deleteRelayTask, request, options()),
        async () => ((await readGroupTasks(request.group)).some((task) => task.id === request.id) ? null : true),
      );
      return current();
    },
    onView(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
