import { describe, expect, it } from 'vitest';
import { createRelayService } from '../../../electron/relays/relay-service';
import { keptOffsets, taskCounts, tasksOfGroup, type CreateTaskRequest } from '../../../shared/domain/relay-desk';
import { errorOf } from '../cloud/client-harness';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// The relay service against the rehearsal cloud: every group and task listed, each change shown
// only once a re-read shows it, a lost answer settled by that re-read rather than a second send,
// a duplicate name refused once (never retried as throttling), and a group with tasks kept.
const rehearsal = useRehearsalCloud();

async function service() {
  const cloud = rehearsal();
  const t = await deskClient(cloud, 'volcengine');
  const relays = createRelayService({ client: t.client, profileId: () => 'volcengine-test' });
  return { cloud, t, relays };
}

/** A live relay into `group` in the hour after next, pushing to a third party. */
function taskIn(group: string, title = '晚间转推'): CreateTaskRequest {
  const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const at = (hours: number) => new Date(hour + hours * 3_600_000).toISOString();
  return { group, title, start: at(2), end: at(3), sourceType: 'live', sources: ['rtmp://pull.example.com/live/evening'], destination: 'rtmp://push.partner.example.net/live/evening' };
}

const sentActions = (t: { sent: { url: string }[] }) => t.sent.map((request) => new URL(request.url).searchParams.get('Action'));

describe('the relay service', () => {
  it('lists every group with its tasks counted by status, and keeps the last list with the reason when a listing fails', async () => {
    const { cloud, relays } = await service();
    const view = await relays.refresh();
    expect(view.groups.map((group) => group.name)).toEqual(['default', '赛事直播', 'ClientA2026']);
    expect(taskCounts(tasksOfGroup(view, '赛事直播'))).toEqual({ active: 1, scheduled: 1, stopped: 1, ended: 0, unknown: 0 });
    expect(view.groups[1]?.tags).toContainEqual({ key: 'volc:project', value: 'sports', category: 'System' });
    await cloud.drill({ kind: 'offline', provider: 'volcengine' });
    const offline = await relays.refresh();
    expect(offline.readError?.code).toBe('cloud.offline');
    expect(offline.groups).toEqual(view.groups);
    expect(offline.listedAt).toBe(view.listedAt);
  });

  it('creates a group with a Chinese name and tags; the same name again is "already exists", sent once and not retried', async () => {
    const { t, relays } = await service();
    const group = await relays.createGroup({ name: '春晚转播2026', project: 'default', tags: [{ key: '节目', value: '春晚' }] });
    expect(group).toEqual({ name: '春晚转播2026', project: 'default', tags: [{ key: '节目', value: '春晚', category: 'Custom' }], deleted: false });
    expect(relays.view().groups.map((listed) => listed.name)).toContain('春晚转播2026');
    const creates = () => sentActions(t).filter((action) => action === 'CreatePullToPushGroup').length;
    expect(creates()).toBe(1);
    expect(await errorOf(relays.createGroup({ name: '春晚转播2026', project: 'default' }))).toMatchObject({ code: 'relay.groupExists', params: { httpStatus: 429 } });
    expect(creates()).toBe(2);
    // An invalid name never leaves the desk, and says which characters to remove.
    expect(await errorOf(relays.createGroup({ name: 'Show 1!', project: 'default' }))).toMatchObject({ fields: { name: { code: 'relayNameCharacters', params: { chars: '“ ” “!”' } } } });
    expect(creates()).toBe(2);
  });

  it('sets a group\'s tags, keeping the cloud\'s System tags, and shows them as re-read', async () => {
    const { relays } = await service();
    const before = (await relays.refresh()).groups.find((group) => group.name === '赛事直播');
    if (!before) throw new Error('seeded group missing');
    const after = await relays.updateGroup({ name: '赛事直播', tags: [...before.tags, { key: 'season', value: '2026' }] });
    expect(after.tags).toEqual([
      { key: 'volc:project', value: 'sports', category: 'System' },
      { key: '业务线', value: '体育', category: 'Custom' },
      { key: 'season', value: '2026', category: 'Custom' },
    ]);
  });

  it('creates a task in a group, stops and continues it, each confirmed by re-reading; a group with tasks is not deleted', async () => {
    const { t, relays } = await service();
    await relays.createGroup({ name: '周末转播', project: 'default' });
    const task = await relays.createTask(taskIn('周末转播'));
    expect(task).toMatchObject({ title: '晚间转推', group: '周末转播', status: 'scheduled', sources: ['rtmp://pull.example.com/live/evening'] });
    expect((await relays.stopTask({ id: task.id, group: '周末转播' })).status).toBe('stopped');
    expect((await relays.continueTask({ id: task.id, group: '周末转播' })).status).toBe('scheduled');
    const edited = await relays.updateTask({ ...taskIn('周末转播', '晚间转推改'), id: task.id });
    expect(edited).toMatchObject({ id: task.id, title: '晚间转推改' });

    expect(await errorOf(relays.deleteGroup({ name: '周末转播', confirmName: '周末' }))).toMatchObject({ code: 'relay.nameMismatch' });
    expect(await errorOf(relays.deleteGroup({ name: '周末转播', confirmName: '周末转播' }))).toMatchObject({ code: 'relay.groupHasTasks', params: { count: 1 } });
    expect(sentActions(t)).not.toContain('DeletePullToPushGroup');
    expect(tasksOfGroup(await relays.deleteTask({ id: task.id, group: '周末转播' }), '周末转播')).toEqual([]);
    const view = await relays.deleteGroup({ name: '周末转播', confirmName: '周末转播' });
    expect(view.groups.map((group) => group.name)).not.toContain('周末转播');
    expect((await t.journal()).entries.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['CreatePullToPushGroup', 'ok'],
      ['CreatePullToPushTask', 'ok'],
      ['StopPullToPushTask', 'ok'],
      ['ContinuePullToPushTask', 'ok'],
      ['UpdatePullToPushTask', 'ok'],
      ['DeletePullToPushTask', 'ok'],
      ['DeletePullToPushGroup', 'ok'],
    ]);
  });

  it('changes only what the operator changed: a playlist\'s file offsets set elsewhere survive an edit of its window', async () => {
    const { relays } = await service();
    const listed = tasksOfGroup(await relays.refresh(), 'ClientA2026').find((task) => task.title === 'ClientA发布会');
    if (!listed?.start || !listed.end || !listed.sourceType) throw new Error('seeded VOD task missing');
    expect(listed.offsets).toEqual([{ start: 5, end: null }, { start: 0, end: 1800 }]);
    const later = new Date(Date.parse(listed.end) + 3_600_000).toISOString();
    const draft = { group: 'ClientA2026', title: listed.title, start: listed.start, end: later, sourceType: listed.sourceType, sources: listed.sources, destination: listed.destination ?? '' };
    const edited = await relays.updateTask({ ...draft, id: listed.id, offsets: keptOffsets(listed, listed.sources), loops: 'untilEnd' });
    expect(edited).toMatchObject({ end: later.replace('.000Z', 'Z'), sources: listed.sources, offsets: listed.offsets });
  });

  it('settles a change whose answer was lost by re-reading: done when the cloud shows it, never sent twice', async () => {
    const { cloud, t, relays } = await service();
    await cloud.drill({ kind: 'drop', provider: 'volcengine', action: 'CreatePullToPushTask', rate: 1, after: true });
    const task = await relays.createTask(taskIn('ClientA2026', '丢失应答'));
    expect(task).toMatchObject({ title: '丢失应答', group: 'ClientA2026' });
    expect(sentActions(t).filter((action) => action === 'CreatePullToPushTask')).toHaveLength(1);

    await cloud.drill({ kind: 'drop', provider: 'volcengine', action: 'CreatePullToPushGroup', rate: 1, after: true });
    expect(await relays.createGroup({ name: '丢失应答组', project: 'default' })).toMatchObject({ name: '丢失应答组' });

    // Lost before the cloud acted: the re-read does not show it, so the outcome stays unknown.
    await cloud.drill({ kind: 'drop', provider: 'volcengine', action: 'StopPullToPushTask', rate: 1 });
    expect(await errorOf(relays.stopTask({ id: task.id, group: 'ClientA2026' }))).toMatchObject({ code: 'cloud.outcomeUnknown' });
    expect(tasksOfGroup(relays.view(), 'ClientA2026').find((listed) => listed.id === task.id)?.status).toBe('scheduled');
    expect(sentActions(t).filter((action) => action === 'StopPullToPushTask')).toHaveLength(1);
  });
});
