import { useMemo } from 'react';
import { groupOfTask, taskCounts } from '../../../shared/domain/relay-desk';
import type { RelayGroup, RelayTask } from '../../../shared/domain/relays';
import { useT } from '../../i18n/use-t';
import { useRelaysState } from '../../state/stores-context';
import { countColumnKeys, countedStatuses } from './relay-labels';
import { TagList } from './relay-tag-list';

// The groups table: each group's name (which opens its tasks), project, tags and tasks counted
// by status, with its actions.

/** What a group row's buttons ask for: show its tasks, or open a dialog. */
export type GroupAction = 'open' | 'editTags' | 'deleteGroup';

/** What the groups table needs. */
export interface RelayGroupsTableProps {
  groups: readonly RelayGroup[];
  tasks: readonly RelayTask[];
  /** The name of the group whose tasks are shown, if any. */
  selected: string | null;
  /** When changes are off (the list could not be confirmed), the id of the text that says why. */
  disabledBy: string | null;
  onAction(action: GroupAction, group: RelayGroup): void;
}

/**
 * Every usable group of the account as the cloud listed it (all pages). The name is a toggle that
 * shows the group's tasks below; the counts are of the tasks as last listed. Changes are off, with
 * the reason, while the list is not confirmed, and a group being deleted says so.
 */
export function RelayGroupsTable({ groups, tasks, selected, disabledBy, onAction }: RelayGroupsTableProps) {
  const t = useT();
  const deleting = useRelaysState((state) => state.deletingGroups);
  const counts = useMemo(() => new Map(groups.map((group) => [group.name, taskCounts(tasks.filter((task) => groupOfTask(task) === group.name))])), [groups, tasks]);
  // A status the app does not know gets its own column, only when there is such a task to count.
  const statuses = [...countedStatuses, ...([...counts.values()].some((count) => count.unknown > 0) ? (['unknown'] as const) : [])];
  return (
    <div className="relays-scroll">
      <table className="relays-table relay-groups">
        <caption className="relays-table__caption">{t('relays.groups.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('relays.column.group')}</th>
            <th scope="col">{t('relays.column.project')}</th>
            <th scope="col">{t('relays.column.tags')}</th>
            {statuses.map((status) => (
              <th key={status} scope="col" className="relays-table__count">
                {t(countColumnKeys[status])}
              </th>
            ))}
            <th scope="col">{t('relays.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => {
            const isSelected = group.name === selected;
            const busy = deleting[group.name] === true;
            const off = disabledBy !== null || busy || group.deleted;
            const count = counts.get(group.name);
            return (
              <tr key={group.name} className={isSelected ? 'relay-group relay-group--selected' : 'relay-group'}>
                <th scope="row">
                  <button type="button" className="relay-group__open" aria-pressed={isSelected} onClick={() => onAction('open', group)}>
                    <span translate="no">{group.name}</span>
                  </button>
                  {group.deleted && <span className="badge badge--warning">{t('relays.group.deleted')}</span>}
                </th>
                <td translate="no">{group.project}</td>
                <td>
                  <TagList tags={group.tags} />
                </td>
                {statuses.map((status) => {
                  const value = count?.[status] ?? 0;
                  return (
                    <td key={status} className={`relays-table__count relay-count relay-count--${value === 0 ? 'zero' : status}`} translate="no">
                      {value}
                    </td>
                  );
                })}
                <td>
                  {busy ? (
                    <span className="relays__pending">{t('relays.pending.deletingGroup')}</span>
                  ) : (
                    <div className="relays-table__actions">
                      <button
                        type="button"
                        className="button"
                        aria-disabled={off || undefined}
                        aria-describedby={disabledBy ?? undefined}
                        onClick={() => !off && onAction('editTags', group)}
                      >
                        {t('relays.action.editTags')}
                      </button>
                      <button
                        type="button"
                        className="button button--danger-quiet"
                        aria-disabled={off || undefined}
                        aria-describedby={disabledBy ?? undefined}
                        onClick={() => !off && onAction('deleteGroup', group)}
                      >
                        {t('relays.action.deleteGroup')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
