import { describe, expect, it } from 'vitest';
import { relayGroupsCreateCommand, relayGroupsDeleteCommand, relayGroupsListCommand, relayGroupsUpdateCommand } from '../../../electron/cli/commands/relay-group-commands';
import { exitCodeFor } from '../../../electron/cli/exit-codes';
import { failureJson, failureText } from '../../../electron/cli/report-error';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import type { ErrorCode } from '../../../shared/errors/error-codes';
import { argsOf, fakeContext, type FakeChannels } from '../support/cli-context';
import { relayGroup, relayTask, relaysView } from '../support/cli-relays';
import { profileView } from '../support/profile-views';

// `lcr relays groups list|create|update|delete` over fake contract answers: the calls they make,
// what they refuse before sending, when they ask, and how the services' refusals are said.

const sports = relayGroup('赛事直播', { tags: [{ key: 'volc:project', value: 'sports', category: 'System' }] });
const empty = relayGroup('空组', { project: 'default' });
const tasks = [relayTask('t-1', '决赛主场', { status: 'active' }), relayTask('t-2', '', { status: 'stopped' })];
const listing: FakeChannels = {
  'relays.refresh': () => relaysView([sports, empty], tasks),
  'relays.view': () => relaysView([sports, empty], tasks),
  'profiles.list': () => ({ profiles: [profileView({ id: 'v-1', name: 'Sports desk', provider: 'volcengine' })], active: { aliyun: 'rehearsal-aliyun', volcengine: 'v-1' } }),
};
const refusal = (code: ErrorCode, params = {}) => new AppErrorException(appError(code, params, { provider: 'volcengine', action: 'X', requestId: 'REQ-7' }));

async function outcome(run: Promise<number>): Promise<{ code: number; thrown: unknown }> {
  return run.then(
    (code) => ({ code, thrown: null }),
    (thrown: unknown) => ({ code: exitCodeFor(thrown), thrown }),
  );
}

const en = fakeContext({}).ctx.t;

describe('lcr relays groups list', () => {
  it('prints the groups with their tasks counted, or as JSON with the counts', async () => {
    const fake = fakeContext(listing);
    expect(await relayGroupsListCommand(fake.ctx, argsOf(['relays', 'groups', 'list']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'relays.refresh', request: {} }]);
    expect(fake.out().split('\n')[1]).toMatch(/^赛事直播 +sports +volc:project=sports \(system\) +1 +0 +1 +0$/);
    const json = fakeContext(listing);
    await relayGroupsListCommand(json.ctx, argsOf(['relays', 'groups', 'list', '--json']));
    expect(JSON.parse(json.out())).toEqual([
      { ...sports, taskCounts: { active: 1, scheduled: 0, stopped: 1, ended: 0, unknown: 0 } },
      { ...empty, taskCounts: { active: 0, scheduled: 0, stopped: 0, ended: 0, unknown: 0 } },
    ]);
  });

  it('fails with the listing\'s reason rather than show an older list (exit 1)', async () => {
    const fake = fakeContext({ 'relays.refresh': () => relaysView([], [], appError('cloud.offline', {}, { provider: 'volcengine', action: 'ListPullToPushGroup' })) });
    const { code, thrown } = await outcome(relayGroupsListCommand(fake.ctx, argsOf(['relays', 'groups', 'list'])));
    expect(code).toBe(1);
    expect(thrown).toMatchObject({ error: { code: 'cloud.offline' } });
    expect(fake.out()).toBe('');
  });
});

describe('lcr relays groups create and update', () => {
  it('refuses a name the cloud would refuse, saying which characters to remove, and sends nothing (exit 1)', async () => {
    const fake = fakeContext({});
    const { code, thrown } = await outcome(relayGroupsCreateCommand(fake.ctx, argsOf(['relays', 'groups', 'create', 'Show 1!', '--project', 'p', '--tag', '=x'])));
    expect(code).toBe(1);
    expect(failureText(thrown, en, false)).toBe(
      'lcr: Some options need attention; nothing was sent.\n  group name (<name>): Only Chinese characters, letters and digits can be used; remove “ ” “!”.\n  key of tag 1 (--tag): Required.\n',
    );
    expect(JSON.parse(failureJson(thrown))).toEqual({ error: { code: 'cli.invalidOptions', params: {}, fields: { groupName: expect.any(Object), 'tags.0.key': expect.any(Object) } } });
    const long = await outcome(relayGroupsCreateCommand(fake.ctx, argsOf(['relays', 'groups', 'create', '一二三四五六七八九十一二三四五六七八九十一', '--project', 'p'])));
    expect(failureText(long.thrown, en, false)).toContain('  group name (<name>): At most 20 characters.\n');
    expect(fake.calls).toEqual([]);
  });

  it('creates with the tags given and prints the group as the cloud lists it', async () => {
    const made = relayGroup('赛事回放', { tags: [{ key: '业务线', value: '体育', category: 'Custom' }] });
    const fake = fakeContext({ 'relays.createGroup': () => made });
    expect(await relayGroupsCreateCommand(fake.ctx, argsOf(['relays', 'groups', 'create', '赛事回放', '--project', 'sports', '--tag', '业务线=体育']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'relays.createGroup', request: { name: '赛事回放', project: 'sports', tags: [{ key: '业务线', value: '体育' }] } }]);
    expect(fake.out()).toBe('Created relay group "赛事回放"; the cloud lists it.\n  Project  sports\n  Tags     业务线=体育\n');
  });

  it('passes a taken name on as Volcengine\'s refusal (exit 1)', async () => {
    const fake = fakeContext({ 'relays.createGroup': () => Promise.reject(refusal('relay.groupExists')) });
    const { code, thrown } = await outcome(relayGroupsCreateCommand(fake.ctx, argsOf(['relays', 'groups', 'create', '赛事直播', '--project', 'sports'])));
    expect(code).toBe(1);
    expect(failureText(thrown, en, false)).toMatch(/^lcr: A relay group with this name already exists in Volcengine\./);
    expect(fake.calls).toHaveLength(1);
  });

  it('replaces the custom tags, or clears them, and prints the group as re-read', async () => {
    const fake = fakeContext({ 'relays.updateGroup': () => sports });
    expect(await relayGroupsUpdateCommand(fake.ctx, argsOf(['relays', 'groups', 'update', '赛事直播', '--clear-tags']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'relays.updateGroup', request: { name: '赛事直播', tags: [] } }]);
    expect(fake.out()).toBe('Saved the tags of relay group "赛事直播". The cloud reads it back as:\n  Project  sports\n  Tags     volc:project=sports (system)\n');
  });

  it('says a change nobody could confirm is outcome unknown (exit 4), with the listing to look at', async () => {
    const fake = fakeContext({ 'relays.updateGroup': () => Promise.reject(refusal('relay.unconfirmed', { target: '赛事直播' })) });
    const { code, thrown } = await outcome(relayGroupsUpdateCommand(fake.ctx, argsOf(['relays', 'groups', 'update', '赛事直播', '--tag', 'a=b'])));
    expect(code).toBe(4);
    expect(failureText(thrown, en, false)).toContain('\nlcr: OUTCOME UNKNOWN: it may or may not have happened, and lcr did not send it again. Look with "lcr relays groups list" before trying again.\n');
  });
});

describe('lcr relays groups delete', () => {
  const deleting = (answer: () => ReturnType<NonNullable<FakeChannels['relays.deleteGroup']>>): FakeChannels => ({ ...listing, 'relays.deleteGroup': answer });

  it('needs --confirm without a terminal, before reading anything (exit 3)', async () => {
    const fake = fakeContext(deleting(() => relaysView([sports], tasks)));
    const { code, thrown } = await outcome(relayGroupsDeleteCommand(fake.ctx, argsOf(['relays', 'groups', 'delete', '空组'])));
    expect(code).toBe(3);
    expect(failureText(thrown, en, false)).toContain('Pass --confirm NAME with the group\'s name as lcr relays groups list shows it.');
    expect(fake.calls).toEqual([]);
  });

  it('sends the name given for the service to compare, and says when the group is gone', async () => {
    const fake = fakeContext(deleting(() => relaysView([sports], tasks)));
    expect(await relayGroupsDeleteCommand(fake.ctx, argsOf(['relays', 'groups', 'delete', '空组', '--confirm', '空组']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'relays.deleteGroup', request: { name: '空组', confirmName: '空组' } }]);
    expect(fake.out()).toBe('Deleted relay group "空组"; the cloud no longer lists it.\n');
  });

  it('names the tasks that remain when the service refuses (exit 1)', async () => {
    const fake = fakeContext(deleting(() => Promise.reject(refusal('relay.groupHasTasks', { name: '赛事直播', count: 2 }))));
    const { code, thrown } = await outcome(relayGroupsDeleteCommand(fake.ctx, argsOf(['relays', 'groups', 'delete', '赛事直播', '--confirm', '赛事直播'])));
    expect(code).toBe(1);
    expect(failureText(thrown, en, false).split('\n').slice(0, 2)).toEqual([
      'lcr: The relay group "赛事直播" still has 2 task(s), so it was not deleted. Delete its tasks first (they are listed with the group), then delete the group.',
      'lcr: Its tasks: "决赛主场" (t-1), t-2. Delete each first: lcr relays tasks delete TASK-ID --group 赛事直播',
    ]);
    const mismatch = await outcome(relayGroupsDeleteCommand(fakeContext(deleting(() => Promise.reject(refusal('relay.nameMismatch', { name: '空组' })))).ctx, argsOf(['relays', 'groups', 'delete', '空组', '--confirm', 'x'])));
    expect(mismatch.code).toBe(1);
    expect(failureText(mismatch.thrown, en, false)).toMatch(/^lcr: The name typed does not match the group's name, "空组", so nothing was deleted\./);
  });

  it('asks on a terminal for the name, refusing a group with tasks before asking', async () => {
    const typed = fakeContext(deleting(() => relaysView([sports], tasks)), { terminal: true, input: '空组\n' });
    expect(await relayGroupsDeleteCommand(typed.ctx, argsOf(['relays', 'groups', 'delete', '空组']))).toBe(0);
    expect(typed.err()).toBe('Delete relay group "空组" (project default), as profile "Sports desk"? This cannot be undone. Type the group\'s name to confirm: ');
    expect(typed.calls.at(-1)).toEqual({ channel: 'relays.deleteGroup', request: { name: '空组', confirmName: '空组' } });

    const busy = fakeContext(deleting(() => relaysView([], [])), { terminal: true, input: '赛事直播\n' });
    const refused = await outcome(relayGroupsDeleteCommand(busy.ctx, argsOf(['relays', 'groups', 'delete', '赛事直播'])));
    expect(refused.code).toBe(1);
    expect(failureText(refused.thrown, en, false)).toContain('\nlcr: Its tasks: "决赛主场" (t-1), t-2.');
    expect(busy.err()).toBe('');

    const blank = fakeContext(deleting(() => relaysView([], [])), { terminal: true, input: '\n' });
    expect(await outcome(relayGroupsDeleteCommand(blank.ctx, argsOf(['relays', 'groups', 'delete', '空组'])))).toMatchObject({ code: 3, thrown: { key: 'cli.error.relayDeleteDeclined' } });
    expect(blank.calls.map((c) => c.channel)).toEqual(['relays.refresh', 'profiles.list']);
  });
});
