import { useId, useMemo } from 'react';
import { groupOfTask } from '../../../shared/domain/relay-desk';
import type { RelayGroup, RelayTask } from '../../../shared/domain/relays';
import { errorMessage } from '../../../shared/i18n/translate';
import { useLocale, useT } from '../../i18n/use-t';
import { useRelaysState } from '../../state/stores-context';
import { useDeskZone } from '../../time/desk-zone';
import { localTime } from '../../time/local-datetime';
import { RelayTaskCells } from './relay-task-cells';
import { taskPendingKeys } from './relay-labels';

/** What a task row's buttons open: the owner shows the dialog or confirmation. */
export type TaskAction = 'edit' | 'stop' | 'continue' | 'delete';

/** What the tasks panel needs. */
export interface RelayTasksPanelProps {
  group: RelayGroup;
  /** When changes are off because the whole list is not confirmed, the id of the text that says why. */
  disabledBy: string | null;
  onCreate(): void;
  onAction(action: TaskAction, task: RelayTask): void;
}

/** Stop for a task that is on air or waiting for its window, Continue for a stopped one; none otherwise. */
function statusAction(task: RelayTask): 'stop' | 'continue' | null {
  if (task.status === 'active' || task.status === 'scheduled') return 'stop';
  return task.status === 'stopped' ? 'continue' : null;
}

/**
 * The selected group's tasks, listed again when the group was opened: each task's title, status,
 * source(s), destination, window (local time, with UTC beside it) and callback, and its actions.
 * If this group's own listing failed, the tasks shown are the last confirmed ones, with why, and
 * nothing in the group can be changed until a listing succeeds; a task with a request in flight
 * says so and takes no other.
 */
export function RelayTasksPanel({ group, disabledBy, onCreate, onAction }: RelayTasksPanelProps) {
  const t = useT();
  const locale = useLocale();
  const zone = useDeskZone();
  const headingId = useId();
  const groupStaleId = useId();
  const listed = useRelaysState((state) => state.view?.tasks);
  const tasks = useMemo(() => (listed ?? []).filter((task) => groupOfTask(task) === group.name), [listed, group.name]);
  const listing = useRelaysState((state) => state.groupListings[group.name]);
  const pending = useRelaysState((state) => state.pendingTasks);
  const groupStale = listing?.error ?? null;
  const off = disabledBy ?? (groupStale ? groupStaleId : null);

  return (
    <section className="relay-tasks" aria-labelledby={headingId} aria-busy={listing?.listing ?? false}>
      <div className="relay-tasks__header">
        <h2 id={headingId} className="relay-tasks__title">
          {t('relays.tasks.title', { name: group.name })}
        </h2>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={off !== null || undefined}
          aria-describedby={off ?? undefined}
          onClick={() => off === null && onCreate()}
        >
          {t('relays.newTask')}
        </button>
      </div>
      <p className="listing__age">
        {listing?.listing
          ? t('relays.tasks.listing')
          : listing?.listedAt
            ? t('relays.tasks.listedAt', { time: localTime(listing.listedAt, zone) })
            : t('relays.tasks.fromList')}
      </p>
      {groupStale && (
        <div id={groupStaleId} className="listing__stale" role="status">
          <p>{t('relays.tasks.stale')}</p>
          <p>{errorMessage(locale, groupStale)}</p>
        </div>
      )}
      {tasks.length === 0 ? (
        <p className="muted">{t('relays.tasks.empty')}</p>
      ) : (
        <div className="relays-scroll">
          <table className="relays-table relay-task-table">
            <caption className="relays-table__caption">{t('relays.tasks.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('relays.column.task')}</th>
                <th scope="col">{t('relays.column.status')}</th>
                <th scope="col">{t('relays.column.source')}</th>
                <th scope="col">{t('relays.column.destination')}</th>
                <th scope="col">{t('relays.column.window')}</th>
                <th scope="col">{t('relays.column.callback')}</th>
                <th scope="col">{t('relays.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => {
                const busy = pending[task.id];
                const rowOff = off !== null || busy !== undefined;
                const change = statusAction(task);
                const button = (action: TaskAction, label: string, danger = false) => (
                  <button
                    type="button"
                    className={`button${danger ? ' button--danger-quiet' : ''}`}
                    aria-disabled={rowOff || undefined}
                    aria-describedby={off ?? undefined}
                    onClick={() => !rowOff && onAction(action, task)}
                  >
                    {label}
                  </button>
                );
                return (
                  <tr key={task.id} className={`relay-task relay-task--${task.status}`}>
                    <RelayTaskCells task={task} pending={busy ? t(taskPendingKeys[busy]) : null} />
                    <td>
                      <div className="relays-table__actions">
                        {button('edit', t('relays.action.editTask'))}
                        {change === 'stop' && button('stop', t('relays.action.stop'))}
                        {change === 'continue' && button('continue', t('relays.action.continue'))}
                        {button('delete', t('relays.action.deleteTask'), true)}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
