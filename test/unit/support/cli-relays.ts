import type { RelaysView } from '../../../shared/domain/relay-desk';
import type { RelayGroup, RelayTask } from '../../../shared/domain/relays';

// Relay groups, tasks and views as the contract answers them, for the `lcr relays` tests.

/** A group of project `sports` with no tags unless given. */
export function relayGroup(name: string, over: Partial<RelayGroup> = {}): RelayGroup {
  return { name, project: 'sports', tags: [], deleted: false, ...over };
}

/** A scheduled live relay in group `赛事直播`, 20:00–23:00 in Beijing on 2026-11-23. */
export function relayTask(id: string, title: string, over: Partial<RelayTask> = {}): RelayTask {
  return {
    id,
    title,
    group: '赛事直播',
    sourceType: 'live',
    sources: ['rtmp://pull.example.com/live/court1'],
    offsets: [],
    loops: null,
    destination: 'rtmp://push.example.com/sports/court1',
    destinationKind: 'live',
    start: '2026-11-23T12:00:00Z',
    end: '2026-11-23T15:00:00Z',
    status: 'scheduled',
    rawStatus: '未开始',
    callbackUrl: null,
    ...over,
  };
}

/** The listing `relays.refresh` answers: these groups and tasks, or nothing listed and why not. */
export function relaysView(groups: RelayGroup[], tasks: RelayTask[], readError: RelaysView['readError'] = null): RelaysView {
  return { profileId: 'v-1', groups: readError ? [] : groups, tasks: readError ? [] : tasks, listedAt: readError ? null : '2026-11-22T20:00:00.000Z', readError };
}
