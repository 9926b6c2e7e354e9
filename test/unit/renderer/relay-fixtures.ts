import type { RelaysView } from '../../../shared/domain/relay-desk';
import type { RelayGroup, RelayTask } from '../../../shared/domain/relays';

// Relay groups, tasks and views as main answers them, for the relays slice's and screen's tests.

/** The built-in rehearsal profile the fixtures belong to. */
export const relayProfileId = 'rehearsal-volcengine';

/** A group as main lists it; tags and project can be overridden. */
export function relayGroup(name: string, overrides: Partial<RelayGroup> = {}): RelayGroup {
  return { name, project: 'default', tags: [], deleted: false, ...overrides };
}

/** A live task as main lists it, on air in `group`; every field can be overridden. */
export function relayTask(id: string, group: string | null, overrides: Partial<RelayTask> = {}): RelayTask {
  return {
    id,
    title: `Task${id}`,
    group,
    sourceType: 'live',
    sources: ['rtmp://pull.example.com/live/source'],
    offsets: [],
    loops: null,
    destination: 'rtmp://push.example.com/live/out',
    destinationKind: 'live',
    start: '2026-03-01T12:00:00Z',
    end: '2026-03-01T14:00:00Z',
    status: 'active',
    rawStatus: '生效中',
    callbackUrl: null,
    ...overrides,
  };
}

/** A view as `relays.view` answers it: listed at `listedAt` (null: never). */
export function relaysView(groups: RelayGroup[], tasks: RelayTask[], listedAt: string | null = '2026-03-01T12:00:00.000Z', overrides: Partial<RelaysView> = {}): RelaysView {
  return { profileId: relayProfileId, groups, tasks, listedAt, readError: null, ...overrides };
}
