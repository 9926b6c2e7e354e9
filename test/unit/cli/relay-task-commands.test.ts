import { describe, expect, it } from 'vitest';
import { relayTaskActionCommand } from '../../../electron/cli/commands/relay-task-actions';
import { relayTasksCreateCommand, relayTasksListCommand, relayTasksUpdateCommand } from '../../../electron/cli/commands/relay-task-commands';
import { exitCodeFor } from '../../../electron/cli/exit-codes';
import { failureText } from '../../../electron/cli/report-error';
import type { RelayTask } from '../../../shared/domain/relays';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import type { ErrorCode } from '../../../shared/errors/error-codes';
import { argsOf, fakeContext, type FakeChannels } from '../support/cli-context';
import { relayGroup, relayTask, relaysView } from '../support/cli-relays';
import { profileView } from '../support/profile-views';
import { useTimeZone } from '../support/time-zone';

// `lcr relays tasks list|create|update|stop|continue|delete` over fake contract answers: what they
// send, when they ask and refuse to act without asking, what they print, and how an outcome nobody
// could confirm, or Ctrl-C while waiting, ends.

useTimeZone('Asia/Shanghai');

const active = relayTask('t-1', '决赛主场', { status: 'active', rawStatus: '生效中' });
const stopped = relayTask('t-2', '场边采访', { status: 'stopped', rawStatus: '停用' });
const listing: FakeChannels = {
  'relays.refresh': () => relaysView([relayGroup('赛事直播'), relayGroup('空组')], [active, stopped]),
  'relays.refreshGroup': () => relaysView([relayGroup('赛事直播')], [active, stopped]),
  'profiles.list': () => ({ profiles: [profileView({ id: 'v-1', name: 'Sports desk', provider: 'volcengine' })], active: { aliyun: 'rehearsal-aliyun', volcengine: 'v-1' } }),
};
const refusal = (code: ErrorCode, params = {}) => new AppErrorException(appError(code, params, { provider: 'volcengine', action: 'StopPullToPushTask', requestId: 'REQ-7' }));

async function outcome(run: Promise<number>): Promise<{ code: number; thrown: unknown }> {
  return run.then(
    (code) => ({ code, thrown: null }),
    (thrown: unknown) => ({ code: exitCodeFor(thrown), thrown }),
  );
}

const en = fakeContext({}).ctx.t;

describe('lcr relays tasks list', () => {
  it('lists one group\'s tasks, or says the group does not exist (exit 1)', async () => {
    const fake = fakeContext(listing);
    expect(await relayTasksListCommand(fake.ctx, argsOf(['relays', 'tasks', 'list', '赛事直播']))).toBe(0);
    expect(fake.out().split('\n')[1]).toMatch(/^决赛主场 +t-1 +active +2026-11-23 20:00 – 23:00 \+08:00 +2026-11-23 12:00 – 15:00 UTC /);
    const none = fakeContext(listing);
    await relayTasksListCommand(none.ctx, argsOf(['relays', 'tasks', 'list', '空组']));
    expect(none.out()).toBe('Relay group "空组" has no tasks.\n');
    const missing = await outcome(relayTasksListCommand(fakeContext(listing).ctx, argsOf(['relays', 'tasks', 'list', '赛事'])));
    expect(missing.code).toBe(1);
    expect(failureText(missing.thrown, en, false)).toBe('lcr: This Volcengine account has no relay group named "赛事". See lcr relays groups list.\n');
  });
});

describe('lcr relays tasks create and update', () => {
  const create = ['relays', 'tasks', 'create', '--group', '赛事直播', '--title', '回放一', '--start', '2026-11-24 20:00', '--end', '2026-11-24 22:30', '--source', 'rtmp://pull.example.com/live/a', '--destination', 'push.example.com/replay/one'];

  it('sends the window as UTC instants and prints the task as the cloud lists it, in both zones', async () => {
    const made = relayTask('t-9', '回放一', { start: '2026-11-24T12:00:00Z', end: '2026-11-24T14:30:00Z' });
    const fake = fakeContext({ 'relays.createTask': () => made });
    expect(await relayTasksCreateCommand(fake.ctx, argsOf(create))).toBe(0);
    expect(fake.calls).toEqual([
      {
        channel: 'relays.createTask',
        request: { group: '赛事直播', title: '回放一', start: '2026-11-24T12:00:00Z', end: '2026-11-24T14:30:00Z', sourceType: 'live', sources: ['rtmp://pull.example.com/live/a'], destination: 'push.example.com/replay/one' },
      },
    ]);
    expect(fake.out()).toContain('Created relay task "回放一" (t-9) in group "赛事直播"; the cloud lists it:\n');
    expect(fake.out()).toContain('\n  Starts       2026-11-24 20:00 +08:00 (2026-11-24T12:00:00Z)\n  Ends         2026-11-24 22:30 +08:00 (2026-11-24T14:30:00Z)\n');
  });

  it('refuses a window over seven days and a bad destination field by field, sending nothing (exit 1)', async () => {
    const fake = fakeContext({});
    const options = ['--group', 'G', '--start', '2026-11-24 20:00', '--end', '2026-12-02 20:00', '--source', 'rtmp://a.example.com/b', '--destination', 'nowhere'];
    const { code, thrown } = await outcome(relayTasksCreateCommand(fake.ctx, argsOf(['relays', 'tasks', 'create', ...options])));
    expect(code).toBe(1);
    expect(failureText(thrown, en, false)).toBe(
      'lcr: Some options need attention; nothing was sent.\n  end (--end): At most 7 days from start to end.\n  destination (--destination): Not a valid address (such as rtmp://host/app/stream).\n',
    );
    expect(fake.calls).toEqual([]);
  });

  it('updates from the task as listed, changing only the options given', async () => {
    const fake = fakeContext({ ...listing, 'relays.updateTask': (request) => ({ ...active, end: request.end }) });
    expect(await relayTasksUpdateCommand(fake.ctx, argsOf(['relays', 'tasks', 'update', 't-1', '--group', '赛事直播', '--end', '2026-11-24 01:00']))).toBe(0);
    expect(fake.calls).toEqual([
      { channel: 'relays.refreshGroup', request: { group: '赛事直播' } },
      {
        channel: 'relays.updateTask',
        request: { id: 't-1', group: '赛事直播', title: '决赛主场', start: '2026-11-23T12:00:00Z', end: '2026-11-23T17:00:00Z', sourceType: 'live', sources: active.sources, destination: active.destination },
      },
    ]);
    expect(fake.out()).toContain('  Ends         2026-11-24 01:00 +08:00 (2026-11-23T17:00:00Z)\n');
    const nothing = await outcome(relayTasksUpdateCommand(fake.ctx, argsOf(['relays', 'tasks', 'update', 't-1', '--group', '赛事直播'])));
    expect(nothing).toMatchObject({ code: 2, thrown: { key: 'cli.usage.nothingToChange' } });
    const missing = await outcome(relayTasksUpdateCommand(fakeContext(listing).ctx, argsOf(['relays', 'tasks', 'update', 't-0', '--group', '赛事直播', '--title', 'x'])));
    expect(failureText(missing.thrown, en, false)).toBe('lcr: Relay group "赛事直播" has no task t-0. See lcr relays tasks list 赛事直播.\n');
  });
});

/** A desk whose stop, continue and delete answer `answer` (a task as re-read, or a refusal). */
function onAirDesk(answer: () => RelayTask | Promise<RelayTask>): FakeChannels {
  return { ...listing, 'relays.stopTask': answer, 'relays.continueTask': answer, 'relays.deleteTask': async () => (await answer(), relaysView([], [])) };
}

describe('lcr relays tasks stop, continue and delete', () => {
  it('refuse without a terminal and without --yes before reading anything (exit 3)', async () => {
    for (const action of ['stop', 'continue', 'delete'] as const) {
      const fake = fakeContext(onAirDesk(() => stopped));
      const { code, thrown } = await outcome(relayTaskActionCommand(action)(fake.ctx, argsOf(['relays', 'tasks', action, 't-1', '--group', '赛事直播'])));
      expect(code).toBe(3);
      expect(failureText(thrown, en, false)).toMatch(/^lcr: (Stopping|Continuing|Deleting) relay task t-1 of group "赛事直播" needs confirmation and there is no terminal to ask on; nothing was read or (stopped|continued|deleted)\. Pass --yes to confirm\.\n$/);
      expect(fake.calls).toEqual([]);
    }
  });

  it('with --yes send the action and print the status the cloud re-read', async () => {
    const fake = fakeContext(onAirDesk(() => ({ ...active, status: 'stopped', rawStatus: '停用' })));
    expect(await relayTaskActionCommand('stop')(fake.ctx, argsOf(['relays', 'tasks', 'stop', 't-1', '--group', '赛事直播', '--yes']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'relays.stopTask', request: { id: 't-1', group: '赛事直播' } }]);
    expect(fake.err()).toBe('Stopping relay task t-1… waiting for the cloud to confirm.\n');
    expect(fake.out()).toBe('Relay task "决赛主场" (t-1) is stopped, confirmed by the cloud.\n');
    expect(fake.listening()).toBe(0);
    const resumed = fakeContext(onAirDesk(() => ({ ...stopped, status: 'active', rawStatus: '生效中' })), { locale: 'zh-CN' });
    await relayTaskActionCommand('continue')(resumed.ctx, argsOf(['relays', 'tasks', 'continue', 't-2', '--group', '赛事直播', '--yes']));
    expect(resumed.out()).toBe('拉流转推任务 "场边采访" (t-2) 已重新启用，状态为“生效中”，已由云端确认。\n');
    const deleted = fakeContext(onAirDesk(() => active));
    await relayTaskActionCommand('delete')(deleted.ctx, argsOf(['relays', 'tasks', 'delete', 't-1', '--group', '赛事直播', '--yes', '--json']));
    expect(JSON.parse(deleted.out())).toEqual({ deleted: { id: 't-1', group: '赛事直播' } });
    expect(deleted.err()).toBe('');
  });

  it('ask on a terminal, naming the task, where it pushes and the profile; anything but yes changes nothing', async () => {
    const declined = fakeContext(onAirDesk(() => stopped), { terminal: true, input: '\n' });
    expect((await outcome(relayTaskActionCommand('stop')(declined.ctx, argsOf(['relays', 'tasks', 'stop', 't-1', '--group', '赛事直播'])))).code).toBe(3);
    expect(declined.err()).toBe('Stop relay task "决赛主场" (t-1) in group "赛事直播", as profile "Sports desk"? It stops pushing to rtmp://push.example.com/sports/court1. [y/N] ');
    expect(declined.calls.map((c) => c.channel)).toEqual(['relays.refreshGroup', 'profiles.list']);

    const accepted = fakeContext(onAirDesk(() => active), { terminal: true, input: 'y\n' });
    expect(await relayTaskActionCommand('delete')(accepted.ctx, argsOf(['relays', 'tasks', 'delete', 't-1', '--group', '赛事直播']))).toBe(0);
    expect(accepted.out()).toBe('Deleted relay task "决赛主场" (t-1) from group "赛事直播"; the cloud no longer lists it.\n');
  });

  it('say a task is already stopped, or not stopped, without asking or sending (exit 1)', async () => {
    const again = await outcome(relayTaskActionCommand('stop')(fakeContext(onAirDesk(() => stopped), { terminal: true, input: 'y\n' }).ctx, argsOf(['relays', 'tasks', 'stop', 't-2', '--group', '赛事直播'])));
    expect(again.code).toBe(1);
    expect(failureText(again.thrown, en, false)).toBe('lcr: Relay task "场边采访" (t-2) is already stopped; nothing was changed.\n');
    const running = await outcome(relayTaskActionCommand('continue')(fakeContext(onAirDesk(() => active), { terminal: true, input: 'y\n' }).ctx, argsOf(['relays', 'tasks', 'continue', 't-1', '--group', '赛事直播'])));
    expect(failureText(running.thrown, en, false)).toBe('lcr: Relay task "决赛主场" (t-1) is active, not stopped, so there is nothing to continue.\n');
  });

  it('end as outcome unknown (exit 4) when nothing confirms the change, and stop waiting on Ctrl-C (exit 130)', async () => {
    for (const code of ['cloud.outcomeUnknown', 'cloud.timeout', 'relay.unconfirmed'] as const) {
      const unknown = await outcome(relayTaskActionCommand('stop')(fakeContext(onAirDesk(() => Promise.reject(refusal(code, { target: 't-1' })))).ctx, argsOf(['relays', 'tasks', 'stop', 't-1', '--group', '赛事直播', '--yes'])));
      expect(unknown.code, code).toBe(4);
      expect(failureText(unknown.thrown, en, false)).toContain('\nlcr: OUTCOME UNKNOWN: it may or may not have happened, and lcr did not send it again. Look with "lcr relays tasks list 赛事直播" before trying again.\n');
    }
    const refused = await outcome(relayTaskActionCommand('stop')(fakeContext(onAirDesk(() => Promise.reject(refusal('cloud.invalidParameter')))).ctx, argsOf(['relays', 'tasks', 'stop', 't-1', '--group', '赛事直播', '--yes'])));
    expect(refused.code).toBe(1);

    const hanging = fakeContext(onAirDesk(() => new Promise<RelayTask>(() => undefined)));
    const waiting = outcome(relayTaskActionCommand('stop')(hanging.ctx, argsOf(['relays', 'tasks', 'stop', 't-1', '--group', '赛事直播', '--yes'])));
    await new Promise((resolve) => setImmediate(resolve));
    hanging.interrupt();
    const interrupted = await waiting;
    expect(interrupted.code).toBe(130);
    expect(failureText(interrupted.thrown, en, false)).toBe('lcr: Interrupted while waiting for the cloud: the request for t-1 may already have been sent, so its outcome is unknown. Look with "lcr relays tasks list 赛事直播" before trying again.\n');
    expect(hanging.listening()).toBe(0);
  });
});
