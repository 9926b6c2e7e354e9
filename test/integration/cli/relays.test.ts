import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { createRelayGroup, listAllRelayGroups } from '../../../electron/cloud/actions/volcengine/relay-groups';
import { listAllRelayTasks } from '../../../electron/cloud/actions/volcengine/relay-task-list';
import type { CloudClient } from '../../../electron/cloud/cloud-client';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';
import { volcengineRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import type { RelayTask } from '../../../shared/domain/relays';
import { crashesOf, deskClient, startTestCloud, type TestCloud } from '../cloud/rehearsal-fixture';
import { deskWithProfile, type Desk } from './call-desk';

// `lcr relays groups|tasks` end to end: real `lcr` processes on a desk whose active Volcengine
// profile calls a standalone rehearsal cloud (it keeps its state between runs), each result read
// back from the cloud itself through a client of the test's own. Every run spawns Node, so the
// scenarios are few and long, and share one cloud and one desk (each on groups of its own).
const [deskAccount] = volcengineRehearsalAccounts;
let cloud: TestCloud;
let desk: Desk;
let ops: CloudClient;

beforeAll(async () => {
  cloud = await startTestCloud();
  desk = await deskWithProfile('volcengine', 'Relay desk', deskAccount, cloud.info.volcengine.endpoint);
  ops = (await deskClient(cloud, 'volcengine')).client;
});
afterAll(async () => {
  await cloud.close();
  expect(crashesOf(cloud)).toEqual([]);
});

/** The journal's call entries of the desk: action, target and how many attempts. */
async function callsOf(): Promise<[string, string | null, number][]> {
  const { entries } = await readJournal(journalPath(desk.dataDir));
  return entries.flatMap((entry) => (entry.kind === 'call' ? [[entry.action, entry.target, entry.attempts] as [string, string | null, number]] : []));
}

/** Tomorrow's date in Shanghai, `YYYY-MM-DD`: the day of a show scheduled in local time. */
const tomorrowInShanghai = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + 86_400_000));

describe('lcr relays groups', () => {
  it('lists the seeded groups with their tasks counted; creates one with a Chinese name and tags; refuses a bad name unsent and a taken one once', async () => {
    const listed = await desk.run(['relays', 'groups', 'list']);
    expect(listed, listed.stderr).toMatchObject({ code: 0, stderr: '' });
    const [header, ...rows] = listed.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^NAME +PROJECT +TAGS +ACTIVE +SCHEDULED +STOPPED +ENDED$/);
    expect(rows).toEqual([
      expect.stringMatching(/^default +default +- +0 +1 +0 +1$/),
      expect.stringMatching(/^赛事直播 +sports +业务线=体育, volc:project=sports \(system\) +1 +1 +1 +0$/),
      expect.stringMatching(/^ClientA2026 +client-a +customer=ClientA, contract=2026 +1 +0 +0 +1$/),
    ]);

    const created = await desk.run(['relays', 'groups', 'create', '赛事回放', '--project', 'sports', '--tag', '业务线=体育', '--tag', 'season=2026']);
    expect(created, created.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toBe('Created relay group "赛事回放"; the cloud lists it.\n  Project  sports\n  Tags     业务线=体育, season=2026\n');
    expect((await listAllRelayGroups(ops)).find((group) => group.name === '赛事回放')).toEqual({
      name: '赛事回放',
      project: 'sports',
      tags: [
        { key: '业务线', value: '体育', category: 'Custom' },
        { key: 'season', value: '2026', category: 'Custom' },
      ],
      deleted: false,
    });

    const invalid = await desk.run(['relays', 'groups', 'create', 'Show 1!', '--project', 'sports']);
    expect(invalid).toMatchObject({ code: 1, stdout: '' });
    expect(invalid.stderr).toBe('lcr: Some options need attention; nothing was sent.\n  group name (<name>): Only Chinese characters, letters and digits can be used; remove “ ” “!”.\n');

    const taken = await desk.run(['relays', 'groups', 'create', '赛事直播', '--project', 'sports']);
    expect(taken).toMatchObject({ code: 1, stdout: '' });
    expect(taken.stderr).toMatch(/^lcr: A relay group with this name already exists in Volcengine\./);
    expect(await callsOf()).toEqual([
      ['CreatePullToPushGroup', '赛事回放', 1],
      ['CreatePullToPushGroup', '赛事直播', 1],
    ]);
    expect((await listAllRelayGroups(ops)).map((group) => group.name)).toEqual(['default', '赛事直播', 'ClientA2026', '赛事回放']);

    const tasks = await desk.run(['relays', 'tasks', 'list', '赛事直播', '--lang', 'zh-CN']);
    expect(tasks.code, tasks.stderr).toBe(0);
    expect(tasks.stdout.split('\n')[0]).toMatch(/^标题 +编号 +状态 +时段（本地） +时段（UTC） +源 +推流地址 +回调$/);
    expect(tasks.stdout).toMatch(/\n决赛主场 +[0-9a-f]{32} +生效中 /);
    expect(tasks.stdout).toMatch(/\n场边采访 +[0-9a-f]{32} +停用 /);
  });
});

describe('lcr relays tasks', () => {
  it('creates a task in local time, changes what goes on air only when confirmed, and deletes the group once it is empty', async () => {
    await runAction(ops, createRelayGroup, { name: '夜场', project: 'sports' });
    const earlierCalls = (await callsOf()).length;
    const day = tomorrowInShanghai();
    const created = await desk.run(
      ['relays', 'tasks', 'create', '--group', '夜场', '--title', '夜场直播', '--start', `${day} 20:00`, '--end', `${day} 22:30`, '--source', 'rtmp://pull.venue-feed.example.com/live/night', '--destination', 'push.desk-one.example.com/sports/night'],
      { env: { TZ: 'Asia/Shanghai' } },
    );
    expect(created, created.stderr).toMatchObject({ code: 0, stderr: '' });
    const [sentence, ...details] = created.stdout.trimEnd().split('\n');
    const id = /^Created relay task "夜场直播" \(([0-9a-f]{32})\) in group "夜场"; the cloud lists it:$/.exec(sentence ?? '')?.[1] ?? '';
    expect(details).toEqual([
      '  Group        夜场',
      '  Status       scheduled',
      `  Starts       ${day} 20:00 +08:00 (${day}T12:00:00Z)`,
      `  Ends         ${day} 22:30 +08:00 (${day}T14:30:00Z)`,
      '  Source       rtmp://pull.venue-feed.example.com/live/night',
      '  Destination  rtmp://push.desk-one.example.com/sports/night',
      '  Callback     -',
    ]);
    const task = async (): Promise<RelayTask | undefined> => (await listAllRelayTasks(ops, { groups: ['夜场'] })).find((listed) => listed.id === id);
    expect(await task()).toMatchObject({ title: '夜场直播', start: `${day}T12:00:00Z`, end: `${day}T14:30:00Z`, status: 'scheduled' });

    const unasked = await desk.run(['relays', 'tasks', 'stop', id, '--group', '夜场']);
    expect(unasked).toMatchObject({ code: 3, stdout: '' });
    expect(unasked.stderr).toBe(`lcr: Stopping relay task ${id} of group "夜场" needs confirmation and there is no terminal to ask on; nothing was read or stopped. Pass --yes to confirm.\n`);
    expect((await task())?.status).toBe('scheduled');

    const stopped = await desk.run(['relays', 'tasks', 'stop', id, '--group', '夜场', '--yes']);
    expect(stopped).toMatchObject({ code: 0, stdout: `Relay task "夜场直播" (${id}) is stopped, confirmed by the cloud.\n` });
    expect((await task())?.status).toBe('stopped');
    const resumed = await desk.run(['relays', 'tasks', 'continue', id, '--group', '夜场', '--yes']);
    expect(resumed).toMatchObject({ code: 0, stdout: `Relay task "夜场直播" (${id}) is enabled again: scheduled, confirmed by the cloud.\n` });
    expect((await task())?.status).toBe('scheduled');

    const busy = await desk.run(['relays', 'groups', 'delete', '夜场', '--confirm', '夜场']);
    expect(busy).toMatchObject({ code: 1, stdout: '' });
    expect(busy.stderr).toBe(
      'lcr: The relay group "夜场" still has 1 task(s), so it was not deleted. Delete its tasks first (they are listed with the group), then delete the group.\n' +
        `lcr: Its tasks: "夜场直播" (${id}). Delete each first: lcr relays tasks delete TASK-ID --group 夜场\n`,
    );
    expect(await desk.run(['relays', 'tasks', 'delete', id, '--group', '夜场', '--yes'])).toMatchObject({ code: 0, stdout: `Deleted relay task ${id} from group "夜场"; the cloud no longer lists it.\n` });
    expect(await task()).toBeUndefined();

    const mistyped = await desk.run(['relays', 'groups', 'delete', '夜场', '--confirm', '夜埸']);
    expect(mistyped).toMatchObject({ code: 1, stderr: 'lcr: The name typed does not match the group\'s name, "夜场", so nothing was deleted. Type the name exactly to confirm.\n' });
    expect(await desk.run(['relays', 'groups', 'delete', '夜场', '--confirm', '夜场'])).toMatchObject({ code: 0, stdout: 'Deleted relay group "夜场"; the cloud no longer lists it.\n' });
    expect((await listAllRelayGroups(ops)).map((group) => group.name)).not.toContain('夜场');
    expect((await callsOf()).slice(earlierCalls).map(([action]) => action)).toEqual(['CreatePullToPushTask', 'StopPullToPushTask', 'ContinuePullToPushTask', 'DeletePullToPushTask', 'DeletePullToPushGroup']);
  });
});
