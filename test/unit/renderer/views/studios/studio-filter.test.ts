import { describe, expect, it } from 'vitest';
import {
  defaultSort,
  filterStudios,
  isFiltered,
  noFilters,
  sortStudios,
  tagChoices,
  toggleSort,
  type StudioSort,
} from '../../../../../renderer/views/studios/studio-filter';
import { studio } from '../../studio-fixtures';

// The studio list's filters and orders, as pure functions over listed studios.

const match10 = studio({ id: 'm10', name: 'Match 10', createdAt: '2026-01-03T00:00:00Z', modifiedAt: '2026-02-01T00:00:00Z' });
const match2 = studio({ id: 'm2', name: 'match 2', status: 'running', createdAt: '2026-01-01T00:00:00Z', modifiedAt: '2026-03-01T00:00:00Z', tags: [{ key: 'team', value: 'sports' }] });
const news = studio({ id: 'n1', name: '晚间新闻', status: 'running', createdAt: '2026-01-02T00:00:00Z', modifiedAt: null, tags: [{ key: 'show', value: 'news' }, { key: 'team', value: 'sports' }] });
const odd = studio({ id: 'x1', name: 'Lobby', status: 'unknown', createdAt: null, modifiedAt: 'not a time' });
const all = [match10, match2, news, odd];
const ids = (studios: readonly { id: string }[]) => studios.map((listed) => listed.id);

describe('filterStudios', () => {
  it('keeps every studio, in listed order, when nothing is set', () => {
    expect(ids(filterStudios(all, noFilters))).toEqual(['m10', 'm2', 'n1', 'x1']);
    expect(isFiltered(noFilters)).toBe(false);
  });

  it('matches part of the name, ignoring case and the spaces around what was typed', () => {
    expect(ids(filterStudios(all, { ...noFilters, name: '  MATCH ' }))).toEqual(['m10', 'm2']);
    expect(ids(filterStudios(all, { ...noFilters, name: 'ch 1' }))).toEqual(['m10']);
    expect(ids(filterStudios(all, { ...noFilters, name: '新闻' }))).toEqual(['n1']);
    expect(filterStudios(all, { ...noFilters, name: 'nothing like it' })).toEqual([]);
    expect(isFiltered({ ...noFilters, name: ' x ' })).toBe(true);
  });

  it('matches a status, and a tag exactly as key=value', () => {
    expect(ids(filterStudios(all, { ...noFilters, status: 'running' }))).toEqual(['m2', 'n1']);
    expect(ids(filterStudios(all, { ...noFilters, status: 'idle' }))).toEqual(['m10']);
    expect(ids(filterStudios(all, { ...noFilters, tag: 'team=sports' }))).toEqual(['m2', 'n1']);
    expect(filterStudios(all, { ...noFilters, tag: 'team=sport' })).toEqual([]);
  });

  it('combines the filters', () => {
    expect(ids(filterStudios(all, { name: 'match', status: 'running', tag: 'team=sports' }))).toEqual(['m2']);
    expect(filterStudios(all, { name: 'match', status: 'idle', tag: 'team=sports' })).toEqual([]);
  });
});

describe('sortStudios', () => {
  const sorted = (sort: StudioSort) => ids(sortStudios(all, sort));

  it('sorts names with numbers as numbers, ignoring case', () => {
    expect(sorted({ key: 'name', direction: 'ascending' })).toEqual(['x1', 'm2', 'm10', 'n1']);
    expect(sorted({ key: 'name', direction: 'descending' })).toEqual(['n1', 'm10', 'm2', 'x1']);
  });

  it('sorts by creation and modification time, a studio without a readable time as the oldest', () => {
    expect(sorted(defaultSort)).toEqual(['m10', 'n1', 'm2', 'x1']);
    expect(sorted({ key: 'modified', direction: 'ascending' })).toEqual(['x1', 'n1', 'm10', 'm2']);
  });

  it('puts studios in production first, breaking ties by name in either direction', () => {
    expect(sorted({ key: 'status', direction: 'ascending' })).toEqual(['m2', 'n1', 'm10', 'x1']);
    expect(sorted({ key: 'status', direction: 'descending' })).toEqual(['x1', 'm10', 'm2', 'n1']);
  });

  it('leaves the list it was given alone', () => {
    const list = [match10, match2];
    sortStudios(list, { key: 'name', direction: 'ascending' });
    expect(ids(list)).toEqual(['m10', 'm2']);
  });
});

describe('tagChoices and toggleSort', () => {
  it('offer every tag once, in order', () => {
    expect(tagChoices(all)).toEqual(['show=news', 'team=sports']);
  });

  it('sort a new column in its natural direction first, then flip it', () => {
    expect(toggleSort(defaultSort, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(toggleSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(toggleSort({ key: 'name', direction: 'ascending' }, 'modified')).toEqual({ key: 'modified', direction: 'descending' });
    expect(toggleSort(defaultSort, 'created')).toEqual({ key: 'created', direction: 'ascending' });
  });
});
