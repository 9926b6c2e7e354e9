import type { Studio, StudioStatus } from '../../../shared/domain/studios';

// What the studio list shows of what the cloud listed: filtered by name, status and tag, and sorted.
// Pure functions over the confirmed list, so the same input always gives the same rows and 5,000
// studios filter within a frame.

/** The status filter: every studio, or only those in one state. */
export type StatusFilter = 'all' | Exclude<StudioStatus, 'unknown'>;

/** The filters the operator set above the list. */
export interface StudioFilters {
  /** Part of the name, any case; blank shows every name. */
  name: string;
  status: StatusFilter;
  /** A tag as `key=value` (see `tagLabel`); empty for any tag or none. */
  tag: string;
}

/** The columns the list sorts by. */
export type StudioSortKey = 'name' | 'created' | 'modified' | 'status';

/** How the list is sorted. */
export interface StudioSort {
  key: StudioSortKey;
  direction: 'ascending' | 'descending';
}

/** What the list shows when the operator has set nothing. */
export const noFilters: StudioFilters = { name: '', status: 'all', tag: '' };

/** Newest studios first: what a desk looking for the copy it just made wants to see. */
export const defaultSort: StudioSort = { key: 'created', direction: 'descending' };

/** A tag as the filter names it. */
export function tagLabel(tag: { key: string; value: string }): string {
  return `${tag.key}=${tag.value}`;
}

/** Every tag on the listed studios, once each, in alphabetical order: the tag filter's choices. */
export function tagChoices(studios: readonly Studio[]): string[] {
  const labels = new Set<string>();
  for (const studio of studios) for (const tag of studio.tags) labels.add(tagLabel(tag));
  return [...labels].sort((a, b) => a.localeCompare(b));
}

/** Whether any filter is set. */
export function isFiltered(filters: StudioFilters): boolean {
  return filters.name.trim() !== '' || filters.status !== 'all' || filters.tag !== '';
}

/**
 * The studios that pass every filter, in their listed order: the name contains the typed text
 * (ignoring case and the spaces around it), the status matches, and the studio carries the tag.
 */
export function filterStudios(studios: readonly Studio[], filters: StudioFilters): Studio[] {
  const needle = filters.name.trim().toLocaleLowerCase();
  const { status, tag } = filters;
  return studios.filter(
    (studio) =>
      (needle === '' || studio.name.toLocaleLowerCase().includes(needle)) &&
      (status === 'all' || studio.status === status) &&
      (tag === '' || studio.tags.some((candidate) => tagLabel(candidate) === tag)),
  );
}

// Numbers inside names compare as numbers, so "Match 2" comes before "Match 10".
const names = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** On air first when ascending: the studios a desk must not touch lead the list. */
const statusRank: Record<StudioStatus, number> = { running: 0, idle: 1, unknown: 2 };

/** A time for sorting; a studio without one sorts as the oldest. */
function timeOf(iso: string | null): number {
  const time = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Each studio's sort key, worked out once per sort rather than once per comparison. */
const keyOf: Record<StudioSortKey, ((studio: Studio) => number) | null> = {
  name: null,
  created: (studio) => timeOf(studio.createdAt),
  modified: (studio) => timeOf(studio.modifiedAt),
  status: (studio) => statusRank[studio.status],
};

/** Name, then id: the order of studios whose sort keys are equal, whatever the direction. */
function byNameThenId(a: Studio, b: Studio): number {
  return names.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A sorted copy. Equal keys fall back to the name and then the id, so the order never depends on
 * the order the cloud listed them in.
 */
export function sortStudios(studios: readonly Studio[], sort: StudioSort): Studio[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = keyOf[sort.key];
  if (key === null) return [...studios].sort((a, b) => sign * byNameThenId(a, b));
  const keyed = studios.map((studio) => ({ studio, key: key(studio) }));
  keyed.sort((a, b) => (a.key === b.key ? byNameThenId(a.studio, b.studio) : sign * (a.key < b.key ? -1 : 1)));
  return keyed.map((entry) => entry.studio);
}

/**
 * Clicking a column's header: that column in its natural first direction (names and status A→Z,
 * times newest first), or the other direction if it is already the one sorted by.
 */
export function toggleSort(current: StudioSort, key: StudioSortKey): StudioSort {
  if (current.key !== key) return { key, direction: key === 'name' || key === 'status' ? 'ascending' : 'descending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
