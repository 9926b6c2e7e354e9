import { useId } from 'react';
import type { Studio } from '../../../shared/domain/studios';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { useT, type Translate } from '../../i18n/use-t';
import type { StudioOperation } from '../../state/studios-store';
import { useDeskZone } from '../../time/desk-zone';
import type { StatusFilter, StudioFilters, StudioSort, StudioSortKey } from './studio-filter';
import { chargeKeys, localDayAndTime, statusKeys, tagsText, typeKeys } from './studio-labels';

// The studio list: the filter bar above it and the windowed table of studios with their actions.

/** What a row's buttons open: the owner shows the dialog or confirmation. */
export type RowAction = 'copy' | 'configure' | 'start' | 'stop' | 'delete';

/** What the list needs besides its rows. */
export interface StudiosTableProps {
  studios: readonly Studio[];
  sort: StudioSort;
  onSort(key: StudioSortKey): void;
  /** Start, stop and delete requests in flight, by studio id. */
  pending: Readonly<Record<string, StudioOperation>>;
  /** When changes are off (the list could not be confirmed), the id of the text that says why. */
  disabledBy: string | null;
  onAction(action: RowAction, studio: Studio): void;
}

/** Every row's height: rows never wrap, so the window's arithmetic holds. */
export const studioRowHeight = 44;

const pendingKeys = { starting: 'studios.pending.starting', stopping: 'studios.pending.stopping', deleting: 'studios.pending.deleting' } as const;

function SortButton({ label, onSort }: { label: string; onSort(): void }) {
  return (
    <button type="button" className="studios-table__sort" onClick={onSort}>
      {label}
    </button>
  );
}

/** A time as its day over its time of day; a dash when the cloud gave none. */
function TimeCell({ iso }: { iso: string | null }) {
  const parts = localDayAndTime(iso, useDeskZone());
  return (
    <div role="cell" className="vtable__stack" translate="no">
      <span>{parts?.day ?? '—'}</span>
      {parts && <span className="muted">{parts.time}</span>}
    </div>
  );
}

/** The columns in order; sortable ones carry a button and their `aria-sort`. */
function columnsFor(t: Translate, sort: StudioSort, onSort: (key: StudioSortKey) => void): VirtualColumn[] {
  const plain = (id: string, label: string): VirtualColumn => ({ id, header: label });
  const sorted = (key: StudioSortKey, label: string): VirtualColumn => ({
    id: key,
    header: <SortButton label={label} onSort={() => onSort(key)} />,
    sort: sort.key === key ? sort.direction : 'none',
  });
  return [
    sorted('name', t('studios.column.name')),
    sorted('status', t('studios.column.status')),
    plain('type', t('studios.column.type')),
    sorted('created', t('studios.column.created')),
    sorted('modified', t('studios.column.modified')),
    plain('tags', t('studios.column.tags')),
    plain('actions', t('studios.column.actions')),
  ];
}

/**
 * The studio list: a windowed table (5,000 studios scroll and filter as 50 do) with each studio's
 * name over its id, state, kind over billing, times and tags, and its actions. Changes are off, with the
 * reason, while the list is not confirmed; a studio with a request in flight says so and takes no
 * other. Start or Stop follows the listed state; the owner confirms before anything is sent.
 */
export function StudiosTable({ studios, sort, onSort, pending, disabledBy, onAction }: StudiosTableProps) {
  const t = useT();
  const renderCells = (studio: Studio, current: boolean) => {
    const busy = pending[studio.id];
    const off = disabledBy !== null || busy !== undefined;
    const tabIndex = current ? 0 : -1;
    const button = (action: RowAction, label: string, danger = false) => (
      <button
        type="button"
        className={`button${danger ? ' button--danger-quiet' : ''}`}
        tabIndex={tabIndex}
        aria-disabled={off || undefined}
        aria-describedby={disabledBy ?? undefined}
        onClick={() => !off && onAction(action, studio)}
      >
        {label}
      </button>
    );
    return (
      <>
        <div role="rowheader" className="vtable__stack" translate="no">
          <span className="studios-table__name" title={studio.name}>
            {studio.name}
          </span>
          <span className="studios-table__id" title={studio.id}>
            {studio.id}
          </span>
        </div>
        <div role="cell">
          {busy ? (
            <span className="studios-table__pending">{t(pendingKeys[busy])}</span>
          ) : (
            <span className={`studio-status studio-status--${studio.status}`}>{t(statusKeys[studio.status])}</span>
          )}
        </div>
        <div role="cell" className="vtable__stack">
          <span>{t(typeKeys[studio.type])}</span>
          <span className="muted">{t(chargeKeys[studio.chargeType])}</span>
        </div>
        <TimeCell iso={studio.createdAt} />
        <TimeCell iso={studio.modifiedAt} />
        <div role="cell" translate="no" title={tagsText(studio.tags)}>
          {tagsText(studio.tags)}
        </div>
        <div role="cell" className="studios-table__actions">
          {button('copy', t('studios.action.copy'))}
          {button('configure', t('studios.action.configure'))}
          {studio.status === 'running' ? button('stop', t('studios.action.stop')) : button('start', t('studios.action.start'))}
          {button('delete', t('studios.action.delete'), true)}
        </div>
      </>
    );
  };
  return (
    <VirtualTable
      label={t('studios.table')}
      className="studios-table vtable--compact"
      columns={columnsFor(t, sort, onSort)}
      rows={studios}
      rowKey={(studio) => studio.id}
      rowHeight={studioRowHeight}
      renderCells={renderCells}
      rowClassName={(studio) => (studio.status === 'running' ? 'studios-table__row--running' : '')}
    />
  );
}

/** What the filter bar shows and changes. */
export interface StudioFiltersProps {
  filters: StudioFilters;
  /** Every tag on the listed studios, as `key=value`. */
  tags: readonly string[];
  shown: number;
  total: number;
  onChange(filters: StudioFilters): void;
}

const statusChoices: readonly { value: StatusFilter; key: 'studios.filter.anyStatus' | 'studios.status.idle' | 'studios.status.running' }[] = [
  { value: 'all', key: 'studios.filter.anyStatus' },
  { value: 'idle', key: 'studios.status.idle' },
  { value: 'running', key: 'studios.status.running' },
];

/**
 * The list's filters — part of the name, the status, a tag — and how many studios they leave of
 * all listed. They act on the confirmed list in the page, at every keystroke, never on the cloud.
 */
export function StudioFiltersBar({ filters, tags, shown, total, onChange }: StudioFiltersProps) {
  const t = useT();
  const nameId = useId();
  const statusId = useId();
  const tagId = useId();
  return (
    <div className="studios-filters" role="search">
      <div className="studios-filters__field">
        <label htmlFor={nameId}>{t('studios.filter.name')}</label>
        <input
          id={nameId}
          type="search"
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={filters.name}
          onChange={(event) => onChange({ ...filters, name: event.target.value })}
        />
      </div>
      <div className="studios-filters__field">
        <label htmlFor={statusId}>{t('studios.filter.status')}</label>
        <select id={statusId} className="input" value={filters.status} onChange={(event) => onChange({ ...filters, status: statusChoices.find((choice) => choice.value === event.target.value)?.value ?? 'all' })}>
          {statusChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {t(choice.key)}
            </option>
          ))}
        </select>
      </div>
      <div className="studios-filters__field">
        <label htmlFor={tagId}>{t('studios.filter.tag')}</label>
        <select id={tagId} className="input" value={filters.tag} onChange={(event) => onChange({ ...filters, tag: event.target.value })}>
          <option value="">{t('studios.filter.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag} translate="no">
              {tag}
            </option>
          ))}
        </select>
      </div>
      <p className="studios-filters__count">{t('studios.filter.count', { shown, total })}</p>
    </div>
  );
}
