import { describe, expect, it } from 'vitest';
import { groupOfTask, keptOffsets, splitAddress, taskCounts, tasksOfGroup } from '../../../../shared/domain/relay-desk';
import type { RelayTask, RelayTaskStatus } from '../../../../shared/domain/relays';

const task = (id: string, group: string | null, status: RelayTaskStatus): RelayTask => ({
  id,
  title: id,
  group,
  sourceType: 'live',
  sources: ['rtmp://pull.example.com/live/a'],
  offsets: [],
  loops: null,
  destination: 'rtmp://push.example.com/live/a',
  destinationKind: 'thirdParty',
  start: null,
  end: null,
  status,
  rawStatus: '',
  callbackUrl: null,
});

describe('relay desk helpers', () => {
  it('puts a task listed without a group in the account\'s default group', () => {
    expect(groupOfTask(task('a', null, 'active'))).toBe('default');
    expect(groupOfTask(task('b', '赛事直播', 'active'))).toBe('赛事直播');
    const tasks = [task('a', null, 'active'), task('b', 'default', 'ended'), task('c', '赛事直播', 'stopped')];
    expect(tasksOfGroup({ tasks }, 'default').map((listed) => listed.id)).toEqual(['a', 'b']);
  });

  it('counts a group\'s tasks by status, with 0 for a status it has none of', () => {
    const tasks = [task('a', 'g', 'active'), task('b', 'g', 'active'), task('c', 'g', 'unknown')];
    expect(taskCounts(tasks)).toEqual({ active: 2, scheduled: 0, stopped: 0, ended: 0, unknown: 1 });
    expect(taskCounts([])).toEqual({ active: 0, scheduled: 0, stopped: 0, ended: 0, unknown: 0 });
  });

  it('keeps each listed file\'s offsets with it when the playlist is edited, and sends none when no file has any', () => {
    const listed = { sources: ['a.mp4', 'b.mp4', 'a.mp4'], offsets: [{ start: 5, end: null }, { start: null, end: 60 }, { start: 10, end: null }] };
    const none = { start: null, end: null };
    expect(keptOffsets(listed, ['b.mp4', 'a.mp4', 'c.mp4', 'a.mp4'])).toEqual([{ start: null, end: 60 }, { start: 5, end: null }, none, { start: 10, end: null }]);
    expect(keptOffsets(listed, ['c.mp4'])).toEqual([]);
    expect(keptOffsets({ sources: ['a.mp4'], offsets: [] }, ['a.mp4'])).toEqual([]);
  });

  it('splits an address from its query, where push URLs carry their auth keys', () => {
    expect(splitAddress('rtmp://push.example.net/live/a?auth_key=1-0-0-5f2b')).toEqual({ address: 'rtmp://push.example.net/live/a', query: 'auth_key=1-0-0-5f2b' });
    expect(splitAddress('rtmp://push.example.net/live/a')).toEqual({ address: 'rtmp://push.example.net/live/a', query: null });
  });
});
