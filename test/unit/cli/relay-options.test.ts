import { describe, expect, it } from 'vitest';
import { newTaskRequest, parseTagArgument, readLoops, readTags, readTaskOptions, updatedTaskRequest } from '../../../electron/cli/relay-options';
import { readTime } from '../../../electron/cli/time-arguments';
import type { RelayTask } from '../../../shared/domain/relays';
import { argsOf } from '../support/cli-context';
import { useTimeZone } from '../support/time-zone';

// The options of `lcr relays` that lcr reads itself: tags, loops and times — a value it cannot
// read is a usage mistake naming the option — and the requests built from them, an update
// changing only what was given.

useTimeZone('Asia/Shanghai');

const create = (...options: string[]) => argsOf(['relays', 'tasks', 'create', '--group', 'G', '--start', '2026-11-23 20:00', '--end', '2026-11-23 22:00', '--destination', 'push.example.com/live/a', ...options]);
const update = (...options: string[]) => argsOf(['relays', 'tasks', 'update', 'T1', '--group', 'G', ...options]);
const usage = (run: () => unknown) => {
  try {
    run();
  } catch (thrown) {
    return thrown;
  }
  throw new Error('expected a usage error');
};

const listed: RelayTask = {
  id: 'T1',
  title: '决赛',
  group: 'G',
  sourceType: 'vod',
  sources: ['https://vod.example.com/a.mp4'],
  offsets: [],
  loops: 3,
  destination: 'rtmp://push.example.com/live/a',
  destinationKind: 'live',
  start: '2026-11-23T12:00:00Z',
  end: '2026-11-23T14:00:00Z',
  status: 'scheduled',
  rawStatus: '未开始',
  callbackUrl: 'https://hooks.example.com/relay',
};

describe('tags', () => {
  it('splits key=value at the first "=", trimmed; an empty value is a value', () => {
    expect(parseTagArgument('业务线=体育')).toEqual({ key: '业务线', value: '体育' });
    expect(parseTagArgument(' url = a=b,c ')).toEqual({ key: 'url', value: 'a=b,c' });
    expect(parseTagArgument('season=')).toEqual({ key: 'season', value: '' });
    expect(parseTagArgument('=x')).toEqual({ key: '', value: 'x' });
    expect(parseTagArgument('season')).toBeNull();
  });

  it('reads every --tag whole, commas included, and refuses one without "=" or a key given twice (exit 2)', () => {
    const args = argsOf(['relays', 'groups', 'create', 'G', '--project', 'p', '--tag', 'a=1,2', '--tag', 'b=x']);
    expect(readTags(args)).toEqual([
      { key: 'a', value: '1,2' },
      { key: 'b', value: 'x' },
    ]);
    expect(usage(() => readTags(argsOf(['relays', 'groups', 'update', 'G', '--tag', 'a'])))).toMatchObject({ key: 'cli.usage.relayTag', params: { tag: 'a' }, exit: 2 });
    expect(usage(() => readTags(argsOf(['relays', 'groups', 'update', 'G', '--tag', 'a=1', '--tag', 'a=2'])))).toMatchObject({ key: 'cli.usage.relayTagTwice', params: { key: 'a' }, exit: 2 });
  });
});

describe('loops and times', () => {
  it('reads --loops as a number of plays or until-end', () => {
    expect(readLoops(create('--vod', 'https://v/a.mp4', '--loops', 'until-end'))).toBe('untilEnd');
    expect(readLoops(create('--vod', 'https://v/a.mp4', '--loops', '3'))).toBe(3);
    expect(readLoops(create('--vod', 'https://v/a.mp4'))).toBeUndefined();
    expect(usage(() => readLoops(create('--vod', 'https://v/a.mp4', '--loops', 'forever')))).toMatchObject({ key: 'cli.usage.relayLoops', exit: 2 });
    expect(usage(() => readLoops(create('--vod', 'https://v/a.mp4', '--loops', '0')))).toMatchObject({ key: 'cli.usage.tooSmall', params: { option: '--loops', min: 1 } });
  });

  it('reads --start and --end in either zone, and names the option and the zone when it cannot', () => {
    expect(readTime(create('--source', 'rtmp://a/b/c'), 'start')).toBe('2026-11-23T12:00:00Z');
    expect(readTime(update('--end', '2026-11-23T23:00:00Z'), 'end')).toBe('2026-11-23T23:00:00Z');
    expect(readTime(update(), 'end')).toBeUndefined();
    expect(usage(() => readTime(update('--end', 'tonight'), 'end'))).toMatchObject({ key: 'cli.usage.relayTime', params: { option: '--end', value: 'tonight', zone: 'Asia/Shanghai' }, exit: 2 });
  });
});

describe('task requests', () => {
  it('builds a new task from its options, loops only for files, empty settings left out', () => {
    expect(newTaskRequest('G', readTaskOptions(create('--source', 'rtmp://pull.example.com/live/a', '--title', '回放')))).toEqual({
      group: 'G',
      title: '回放',
      start: '2026-11-23T12:00:00Z',
      end: '2026-11-23T14:00:00Z',
      sourceType: 'live',
      sources: ['rtmp://pull.example.com/live/a'],
      destination: 'push.example.com/live/a',
    });
    const vod = newTaskRequest('G', readTaskOptions(create('--vod', 'https://v/a.mp4', '--vod', 'https://v/b,c.mp4', '--loops', '2', '--callback', '')));
    expect(vod).toMatchObject({ sourceType: 'vod', sources: ['https://v/a.mp4', 'https://v/b,c.mp4'], loops: 2 });
    expect(vod).not.toHaveProperty('callbackUrl');
  });

  it('updates only what was given, keeping the rest as listed', () => {
    expect(updatedTaskRequest(listed, 'G', readTaskOptions(update('--end', '2026-11-23 23:00')))).toEqual({
      id: 'T1',
      group: 'G',
      title: '决赛',
      start: '2026-11-23T12:00:00Z',
      end: '2026-11-23T15:00:00Z',
      sourceType: 'vod',
      sources: ['https://vod.example.com/a.mp4'],
      loops: 3,
      destination: 'rtmp://push.example.com/live/a',
      callbackUrl: 'https://hooks.example.com/relay',
    });
  });

  it('keeps a playlist\'s loops when only its files change, drops them for a live source, and clears a title or callback given empty', () => {
    expect(updatedTaskRequest(listed, 'G', readTaskOptions(update('--vod', 'https://v/new.mp4')))).toMatchObject({ sources: ['https://v/new.mp4'], loops: 3 });
    const live = updatedTaskRequest(listed, 'G', readTaskOptions(update('--source', 'rtmp://pull.example.com/live/b', '--title', '', '--callback', '')));
    expect(live).toMatchObject({ sourceType: 'live', sources: ['rtmp://pull.example.com/live/b'] });
    expect(live).not.toHaveProperty('loops');
    expect(live).not.toHaveProperty('title');
    expect(live).not.toHaveProperty('callbackUrl');
  });

  it('refuses --loops for a task that relays a live source (exit 2)', () => {
    const liveTask: RelayTask = { ...listed, sourceType: 'live', sources: ['rtmp://pull.example.com/live/a'], loops: null };
    expect(usage(() => updatedTaskRequest(liveTask, 'G', readTaskOptions(update('--loops', '2'))))).toMatchObject({ key: 'cli.usage.relayLoopsLive', exit: 2 });
    expect(updatedTaskRequest(liveTask, 'G', readTaskOptions(update('--vod', 'https://v/a.mp4', '--loops', '2')))).toMatchObject({ sourceType: 'vod', loops: 2 });
  });
});
