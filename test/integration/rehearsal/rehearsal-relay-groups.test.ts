import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { createRelayGroup, deleteRelayGroup, listAllRelayGroups, updateRelayGroup } from '../../../electron/cloud/actions/volcengine/relay-groups';
import { listAllRelayTasks } from '../../../electron/cloud/actions/volcengine/relay-task-list';
import type { PagingProgress } from '../../../electron/cloud/actions/paging';
import { errorOf } from '../cloud/client-harness';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// Relay groups end to end: Volcengine's pull-to-push groups created, tagged, listed over pages and
// deleted through the typed actions against the rehearsal cloud, with its refusals as app codes.
const rehearsal = useRehearsalCloud();

describe('relay groups', () => {
  it('creates a tagged group, replaces its tags, deletes it — still listed as deleted — and frees its name', async () => {
    const t = await deskClient(rehearsal(), 'volcengine');
    const named = async (includeDeleted: boolean) => (await listAllRelayGroups(t.client, { includeDeleted })).filter((group) => group.name === '晚会2026');
    expect(await named(true)).toEqual([]);
    expect(await runAction(t.client, createRelayGroup, { name: '晚会2026', project: 'gala', tags: [{ key: 'show', value: 'gala' }] })).toEqual({ requestId: expect.any(String) });
    expect(await named(false)).toEqual([{ name: '晚会2026', project: 'gala', tags: [{ key: 'show', value: 'gala', category: 'Custom' }], deleted: false }]);
    await runAction(t.client, updateRelayGroup, { name: '晚会2026', tags: [{ key: 'season', value: '2026' }] });
    expect((await named(false))[0]?.tags).toEqual([{ key: 'season', value: '2026', category: 'Custom' }]);
    await runAction(t.client, deleteRelayGroup, { name: '晚会2026' });
    expect(await named(false)).toEqual([]);
    expect(await named(true)).toMatchObject([{ name: '晚会2026', deleted: true }]);
    await runAction(t.client, createRelayGroup, { name: '晚会2026', project: 'gala' });
    expect((await named(true)).map((group) => group.deleted)).toEqual([true, false]);
    expect((await t.journal()).entries.map((entry) => [entry.action, entry.target, entry.outcome])).toEqual([
      ['CreatePullToPushGroup', '晚会2026', 'ok'],
      ['UpdatePullToPushGroup', '晚会2026', 'ok'],
      ['DeletePullToPushGroup', '晚会2026', 'ok'],
      ['CreatePullToPushGroup', '晚会2026', 'ok'],
    ]);
  });

  it("keeps the cloud's System tags when the tags are handed back as read with a new one", async () => {
    const { client } = await deskClient(rehearsal(), 'volcengine');
    const group = (await listAllRelayGroups(client)).find((candidate) => candidate.tags.some((tag) => tag.category === 'System'));
    if (!group) throw new Error('no group with a System tag listed');
    const added = { key: 'desk', value: 'night', category: 'Custom' as const };
    await runAction(client, updateRelayGroup, { name: group.name, tags: [...group.tags, added] });
    const now = (await listAllRelayGroups(client)).find((candidate) => candidate.name === group.name);
    expect(now?.tags).toEqual(expect.arrayContaining([...group.tags, added]));
    expect(now?.tags).toHaveLength(group.tags.length + 1);
  });

  it('lists every group walked one a page, deleted ones only when asked for', async () => {
    const { client } = await deskClient(rehearsal(), 'volcengine');
    const all = await listAllRelayGroups(client, { includeDeleted: true });
    const progress: PagingProgress[] = [];
    expect(await listAllRelayGroups(client, { includeDeleted: true }, { pageSize: 1, onProgress: (step) => progress.push(step) })).toEqual(all);
    expect(progress).toHaveLength(all.length);
    expect(all.some((group) => group.deleted)).toBe(true);
    expect(await listAllRelayGroups(client)).toEqual(all.filter((group) => !group.deleted));
  });

  it('refuses a name that is taken as relay.groupExists', async () => {
    const t = await deskClient(rehearsal(), 'volcengine');
    const [taken] = await listAllRelayGroups(t.client);
    if (!taken) throw new Error('no relay group listed');
    const error = await errorOf(runAction(t.client, createRelayGroup, { name: taken.name, project: 'default' }));
    expect(error).toMatchObject({ code: 'relay.groupExists', params: { providerCode: 'RequestLimitExceeded.Exist', httpStatus: 429 } });
  });

  it('refuses a bad name before sending with the form\'s code; sent as is, the cloud refuses it too', async () => {
    const t = await deskClient(rehearsal(), 'volcengine');
    const typed = await errorOf(runAction(t.client, createRelayGroup, { name: 'late show!', project: 'default' }));
    expect(typed).toMatchObject({ code: 'cloud.invalidInput', fields: { name: { code: 'relayNameCharacters' } } });
    expect(t.sent).toEqual([]);
    const raw = await errorOf(t.client.call({ provider: 'volcengine', action: 'CreatePullToPushGroup', params: { Name: 'late show!', ProjectName: 'default' } }));
    expect(raw).toMatchObject({ code: 'cloud.invalidParameter', params: { providerCode: 'InvalidParam' } });
  });

  it('refuses to delete a group that still has tasks, and a group that does not exist', async () => {
    const { client } = await deskClient(rehearsal(), 'volcengine');
    const [task] = await listAllRelayTasks(client);
    if (!task?.group) throw new Error('no task in a group listed');
    expect(await errorOf(runAction(client, deleteRelayGroup, { name: task.group }))).toMatchObject({ code: 'cloud.invalidParameter', params: { providerCode: 'InvalidParam' } });
    const names = (await listAllRelayGroups(client)).map((group) => group.name);
    expect(names).toContain(task.group);
    expect(names).not.toContain('NoSuchGroup');
    expect(await errorOf(runAction(client, deleteRelayGroup, { name: 'NoSuchGroup' }))).toMatchObject({ code: 'relay.notFound', params: { providerCode: 'ResourceNotFound' } });
  });
});
