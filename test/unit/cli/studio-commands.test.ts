import { describe, expect, it } from 'vitest';
import { studiosConfigureCommand, studiosCreateCommand, studiosDeleteCommand, studiosListCommand, studiosOnAirCommand } from '../../../electron/cli/commands/studio-commands';
import { exitCodeFor } from '../../../electron/cli/exit-codes';
import { failureJson, failureText } from '../../../electron/cli/report-error';
import type { Studio } from '../../../shared/domain/studios';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import type { ErrorCode } from '../../../shared/errors/error-codes';
import { argsOf, fakeContext, type FakeChannels } from '../support/cli-context';
import { studio, studioConfig, studiosView } from '../support/cli-studios';
import { profileView } from '../support/profile-views';

// `lcr studios list|create|configure|start|stop|delete` over fake contract answers: the calls they
// make, when they ask and refuse to act without asking, what they print, and how each refusal of
// the services becomes a sentence, a next step and an exit code.

const idle = studio('s-idle', 'Morning Show');
const running = studio('s-run', '晚间新闻', { status: 'running' });
const listing: FakeChannels = {
  'studios.refresh': () => studiosView([running, idle]),
  'profiles.list': () => ({ profiles: [profileView({ id: 'p-1', name: 'Evening news', provider: 'aliyun' })], active: { aliyun: 'p-1', volcengine: 'rehearsal-volcengine' } }),
};
const refusal = (code: ErrorCode, params = {}) => new AppErrorException(appError(code, params, { provider: 'aliyun', action: 'X', requestId: 'REQ-9' }));

/** Runs a command and answers its exit code and what it threw, whether it returned or threw. */
async function outcome(run: Promise<number>): Promise<{ code: number; thrown: unknown }> {
  return run.then(
    (code) => ({ code, thrown: null }),
    (thrown: unknown) => ({ code: exitCodeFor(thrown), thrown }),
  );
}

const en = fakeContext({}).ctx.t;

describe('lcr studios list', () => {
  it('prints every studio the cloud lists, or those in one state', async () => {
    const fake = fakeContext(listing);
    expect(await studiosListCommand(fake.ctx, argsOf(['studios', 'list']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'studios.refresh', request: {} }]);
    expect(fake.out().split('\n').slice(1, 3)).toEqual([expect.stringMatching(/^s-run +晚间新闻 +running /), expect.stringMatching(/^s-idle +Morning Show +idle /)]);
    const onlyIdle = fakeContext(listing);
    expect(await studiosListCommand(onlyIdle.ctx, argsOf(['studios', 'list', '--status', 'idle']))).toBe(0);
    expect(onlyIdle.out()).not.toContain('s-run');
  });

  it('gives the studios as JSON, and says so when there are none', async () => {
    const fake = fakeContext(listing);
    expect(await studiosListCommand(fake.ctx, argsOf(['studios', 'list', '--status', 'running', '--json']))).toBe(0);
    expect(JSON.parse(fake.out())).toEqual([running]);
    const none = fakeContext({ 'studios.refresh': () => studiosView([idle]) }, { locale: 'zh-CN' });
    expect(await studiosListCommand(none.ctx, argsOf(['studios', 'list', '--status', 'running']))).toBe(0);
    expect(none.out()).toBe('没有处于“运行中”状态的导播台。\n');
    const empty = fakeContext({ 'studios.refresh': () => studiosView([]) });
    await studiosListCommand(empty.ctx, argsOf(['studios', 'list']));
    expect(empty.out()).toBe('This account has no production studios.\n');
  });

  it('fails with the listing\'s reason rather than show an older list (exit 1)', async () => {
    const fake = fakeContext({ 'studios.refresh': () => studiosView([], appError('cloud.offline', {}, { provider: 'aliyun', action: 'DescribeCasters' })) });
    const { code, thrown } = await outcome(studiosListCommand(fake.ctx, argsOf(['studios', 'list'])));
    expect(code).toBe(1);
    expect(thrown).toMatchObject({ error: { code: 'cloud.offline' } });
    expect(fake.out()).toBe('');
  });
});

describe('lcr studios create and configure', () => {
  it('creates with one token for the run and prints the studio the cloud lists', async () => {
    const made = studio('s-new', '晚会', { type: 'playlist' });
    const fake = fakeContext({ 'studios.create': () => made });
    expect(await studiosCreateCommand(fake.ctx, argsOf(['studios', 'create', '--name', '晚会', '--type', 'playlist']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'studios.create', request: { type: 'playlist', name: '晚会', clientToken: expect.stringMatching(/^[0-9a-f-]{36}$/) } }]);
    expect(fake.out()).toBe('Created "晚会" (s-new); the cloud lists it.\n');
    const json = fakeContext({ 'studios.create': () => made });
    await studiosCreateCommand(json.ctx, argsOf(['studios', 'create', '--name', '晚会', '--json']));
    expect(json.calls[0]?.request).toMatchObject({ type: 'normal' });
    expect(JSON.parse(json.out())).toEqual(made);
  });

  it('checks the request as the contract does, naming the option, and sends nothing (exit 1)', async () => {
    const fake = fakeContext({});
    const { code, thrown } = await outcome(studiosCreateCommand(fake.ctx, argsOf(['studios', 'create', '--name', ' '])));
    expect(code).toBe(1);
    expect(failureText(thrown, en, false)).toBe('lcr: Some options need attention; nothing was sent.\n  name (--name): Required.\n');
    const badId = await outcome(studiosConfigureCommand(fake.ctx, argsOf(['studios', 'configure', 'no such id'])));
    expect(failureText(badId.thrown, en, false)).toContain('\n  studio id (<studio-id>): Not an acceptable value.\n');
    expect(fake.calls).toEqual([]);
  });

  it('shows the configuration without options, and changes only what is given', async () => {
    const shown = fakeContext({ 'studios.config': () => studioConfig('s-idle', 'Morning Show', 'live.example') });
    expect(await studiosConfigureCommand(shown.ctx, argsOf(['studios', 'configure', 's-idle']))).toBe(0);
    expect(shown.calls).toEqual([{ channel: 'studios.config', request: { studioId: 's-idle' } }]);
    expect(shown.out()).toBe('s-idle\nName: Morning Show\nOutput domain: live.example\n');

    const cleared = fakeContext({ 'studios.configure': () => studioConfig('s-idle', 'Morning Show', null) });
    expect(await studiosConfigureCommand(cleared.ctx, argsOf(['studios', 'configure', 's-idle', '--domain', '']))).toBe(0);
    expect(cleared.calls).toEqual([{ channel: 'studios.configure', request: { studioId: 's-idle', domainName: '' } }]);
    expect(cleared.err()).toBe('Saved the settings of studio s-idle. The cloud reads them back as:\n');
    expect(cleared.out()).toContain('Output domain: none (the studio cannot start until one is set)\n');

    const renamed = fakeContext({ 'studios.configure': () => studioConfig('s-idle', 'Dawn', 'live.example') });
    await studiosConfigureCommand(renamed.ctx, argsOf(['studios', 'configure', 's-idle', '--name', 'Dawn', '--json']));
    expect(renamed.calls[0]?.request).toEqual({ studioId: 's-idle', name: 'Dawn' });
    expect(JSON.parse(renamed.out())).toMatchObject({ studioId: 's-idle', name: 'Dawn' });
    expect(renamed.err()).toBe('');
  });
});

/** A desk whose start and stop answer `answer` (a studio as re-read, or a refusal). */
function onAirDesk(answer: () => Studio | Promise<Studio>): FakeChannels {
  return { ...listing, 'studios.start': answer, 'studios.stop': answer };
}

describe('lcr studios start and stop', () => {
  it('refuse without a terminal and without --yes before reading anything (exit 3)', async () => {
    for (const action of ['start', 'stop'] as const) {
      const fake = fakeContext(onAirDesk(() => idle));
      const { code, thrown } = await outcome(studiosOnAirCommand(action)(fake.ctx, argsOf(['studios', action, 's-idle'])));
      expect(code).toBe(3);
      expect(failureText(thrown, en, false)).toMatch(/^lcr: (Starting|Stopping) studio s-idle needs confirmation and there is no terminal to ask on; nothing was read or (started|stopped)\. Pass --yes to confirm\.\n$/);
      expect(fake.calls).toEqual([]);
    }
  });

  it('with --yes send the change and print the status the cloud re-read', async () => {
    const fake = fakeContext(onAirDesk(() => ({ ...idle, status: 'running' })));
    expect(await studiosOnAirCommand('start')(fake.ctx, argsOf(['studios', 'start', 's-idle', '--yes']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'studios.start', request: { studioId: 's-idle' } }]);
    expect(fake.err()).toBe('Starting studio s-idle… waiting for the cloud to confirm.\n');
    expect(fake.out()).toBe('Studio "Morning Show" (s-idle) is running, confirmed by the cloud.\n');
    expect(fake.listening()).toBe(0);
    const json = fakeContext(onAirDesk(() => idle));
    expect(await studiosOnAirCommand('stop')(json.ctx, argsOf(['studios', 'stop', 's-run', '--yes', '--json']))).toBe(0);
    expect(JSON.parse(json.out())).toEqual(idle);
    expect(json.err()).toBe('');
  });

  it('ask on a terminal, naming the studio and the profile; anything but yes changes nothing', async () => {
    const declined = fakeContext(onAirDesk(() => running), { terminal: true, input: '\n' });
    expect((await outcome(studiosOnAirCommand('start')(declined.ctx, argsOf(['studios', 'start', 's-idle'])))).code).toBe(3);
    expect(declined.err()).toBe('Start studio "Morning Show" (s-idle), as profile "Evening news"? Its program goes on air. [y/N] ');
    expect(declined.calls.map((c) => c.channel)).toEqual(['studios.refresh', 'profiles.list']);

    const accepted = fakeContext(onAirDesk(() => ({ ...running, status: 'idle' })), { terminal: true, input: '是\n', locale: 'zh-CN' });
    expect(await studiosOnAirCommand('stop')(accepted.ctx, argsOf(['studios', 'stop', 's-run']))).toBe(0);
    expect(accepted.err()).toContain('以配置“Evening news”停止导播台 "晚间新闻" (s-run)？其输出将停止播出。[y/N] ');
    expect(accepted.out()).toBe('导播台 "晚间新闻" (s-run) 已空闲，已经云端确认。\n');
  });

  it('say a studio is already where the action would take it, without asking or sending (exit 1)', async () => {
    const fake = fakeContext(onAirDesk(() => running), { terminal: true, input: 'y\n' });
    const { code, thrown } = await outcome(studiosOnAirCommand('start')(fake.ctx, argsOf(['studios', 'start', 's-run'])));
    expect(code).toBe(1);
    expect(failureText(thrown, en, false)).toBe('lcr: Studio "晚间新闻" (s-run) is already running; nothing was changed.\n');
    expect(fake.calls.map((c) => c.channel)).toEqual(['studios.refresh']);
    const stop = await outcome(studiosOnAirCommand('stop')(fakeContext(onAirDesk(() => idle), { terminal: true }).ctx, argsOf(['studios', 'stop', 's-idle'])));
    expect(stop.thrown).toMatchObject({ code: 'studio.notRunning', key: 'cli.error.notRunning' });
  });

  it('turn the cloud\'s refusals into what to do next', async () => {
    const noDomain = await outcome(studiosOnAirCommand('start')(fakeContext(onAirDesk(() => Promise.reject(refusal('studio.noOutputDomain')))).ctx, argsOf(['studios', 'start', 's-idle', '--yes'])));
    expect(noDomain.code).toBe(1);
    expect(failureText(noDomain.thrown, en, false).split('\n').slice(0, 2)).toEqual([
      'lcr: The production studio has no streaming domain set for its output, so it was not started. Set the domain in the studio\'s settings, then start it again.',
      'lcr: Set one with: lcr studios configure s-idle --domain DOMAIN',
    ]);
    expect(JSON.parse(failureJson(noDomain.thrown))).toMatchObject({ error: { code: 'studio.noOutputDomain', requestId: 'REQ-9' } });
    const already = await outcome(studiosOnAirCommand('start')(fakeContext(onAirDesk(() => Promise.reject(refusal('studio.running')))).ctx, argsOf(['studios', 'start', 's-run', '--yes'])));
    expect(failureText(already.thrown, en, false)).toBe('lcr: Studio s-run is already running; nothing was changed.\n');
  });

  it('end as outcome unknown (exit 4) when nothing confirms the change, and stop waiting on Ctrl-C (exit 130)', async () => {
    const unknown = await outcome(studiosOnAirCommand('stop')(fakeContext(onAirDesk(() => Promise.reject(refusal('cloud.outcomeUnknown')))).ctx, argsOf(['studios', 'stop', 's-run', '--yes'])));
    expect(unknown.code).toBe(4);
    expect(failureText(unknown.thrown, en, false)).toContain('\nlcr: OUTCOME UNKNOWN: it may or may not have happened, and lcr did not send it again. Look with "lcr studios list" before trying again.');
    const stillIdle = await outcome(studiosOnAirCommand('start')(fakeContext(onAirDesk(() => idle)).ctx, argsOf(['studios', 'start', 's-idle', '--yes'])));
    expect(stillIdle.code).toBe(4);
    expect(failureText(stillIdle.thrown, en, false)).toBe('lcr: The cloud took the request, but studio "Morning Show" (s-idle) is listed as idle, not running. Look with "lcr studios list" before trying again.\n');

    const hanging = fakeContext(onAirDesk(() => new Promise<Studio>(() => undefined)));
    const waiting = outcome(studiosOnAirCommand('start')(hanging.ctx, argsOf(['studios', 'start', 's-idle', '--yes'])));
    await new Promise((resolve) => setImmediate(resolve));
    hanging.interrupt();
    const interrupted = await waiting;
    expect(interrupted.code).toBe(130);
    expect(failureText(interrupted.thrown, en, false)).toBe('lcr: Interrupted while waiting for the cloud: the request for s-idle may already have been sent, so its outcome is unknown. Look with "lcr studios list" before trying again.\n');
    expect(hanging.listening()).toBe(0);
  });
});

describe('lcr studios delete', () => {
  const deleting = (answer: () => ReturnType<NonNullable<FakeChannels['studios.delete']>>): FakeChannels => ({ ...listing, 'studios.delete': answer });

  it('needs --confirm without a terminal, before reading anything (exit 3)', async () => {
    const fake = fakeContext(deleting(() => studiosView([running])));
    const { code, thrown } = await outcome(studiosDeleteCommand(fake.ctx, argsOf(['studios', 'delete', 's-idle'])));
    expect(code).toBe(3);
    expect(failureText(thrown, en, false)).toContain('Pass --confirm NAME with the studio\'s name as lcr studios list shows it.');
    expect(fake.calls).toEqual([]);
  });

  it('sends the name given with --confirm for the service to compare, and says when the studio is gone', async () => {
    const fake = fakeContext(deleting(() => studiosView([running])));
    expect(await studiosDeleteCommand(fake.ctx, argsOf(['studios', 'delete', 's-idle', '--confirm', 'Morning Show']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'studios.delete', request: { studioId: 's-idle', confirmName: 'Morning Show' } }]);
    expect(fake.out()).toBe('Deleted studio "Morning Show" (s-idle); the cloud no longer lists it.\n');
    const json = fakeContext(deleting(() => studiosView([running])));
    await studiosDeleteCommand(json.ctx, argsOf(['studios', 'delete', 's-idle', '--confirm', 'Morning Show', '--json']));
    expect(JSON.parse(json.out())).toEqual({ deleted: { id: 's-idle', name: 'Morning Show' } });
  });

  it('passes on the service\'s refusals: a wrong name, a running studio (stop it first), an unconfirmed delete', async () => {
    const mismatch = await outcome(studiosDeleteCommand(fakeContext(deleting(() => Promise.reject(new AppErrorException(appError('studio.nameMismatch', { name: 'Morning Show' }))))).ctx, argsOf(['studios', 'delete', 's-idle', '--confirm', 'Morning'])));
    expect(mismatch.code).toBe(1);
    expect(failureText(mismatch.thrown, en, false)).toBe('lcr: The name typed does not match the studio\'s name, "Morning Show", so nothing was deleted. Type the name exactly to confirm.\n');
    const busy = await outcome(studiosDeleteCommand(fakeContext(deleting(() => Promise.reject(refusal('studio.running')))).ctx, argsOf(['studios', 'delete', 's-run', '--confirm', '晚间新闻'])));
    expect(busy.code).toBe(1);
    expect(failureText(busy.thrown, en, false)).toContain('\nlcr: Stop it first: lcr studios stop s-run\n');
    const unconfirmed = await outcome(studiosDeleteCommand(fakeContext(deleting(() => Promise.reject(new AppErrorException(appError('studio.deleteUnconfirmed', { name: 'Morning Show' }))))).ctx, argsOf(['studios', 'delete', 's-idle', '--confirm', 'Morning Show'])));
    expect(unconfirmed.code).toBe(4);
  });

  it('asks on a terminal for the name to be typed, and deletes nothing on an empty answer', async () => {
    const typed = fakeContext(deleting(() => studiosView([running])), { terminal: true, input: 'Morning Show\n' });
    expect(await studiosDeleteCommand(typed.ctx, argsOf(['studios', 'delete', 's-idle']))).toBe(0);
    expect(typed.err()).toBe('Delete studio "Morning Show" (s-idle), as profile "Evening news"? This cannot be undone. Type the studio\'s name to confirm: ');
    expect(typed.calls.at(-1)).toEqual({ channel: 'studios.delete', request: { studioId: 's-idle', confirmName: 'Morning Show' } });

    const empty = fakeContext(deleting(() => studiosView([running])), { terminal: true, input: '\n' });
    const declined = await outcome(studiosDeleteCommand(empty.ctx, argsOf(['studios', 'delete', 's-idle'])));
    expect(declined).toMatchObject({ code: 3, thrown: { key: 'cli.error.deleteDeclined' } });
    expect(empty.calls.map((c) => c.channel)).toEqual(['studios.refresh', 'profiles.list']);
  });

  it('refuses a running studio on a terminal before asking for its name', async () => {
    const fake = fakeContext(deleting(() => studiosView([])), { terminal: true, input: '晚间新闻\n' });
    const { code, thrown } = await outcome(studiosDeleteCommand(fake.ctx, argsOf(['studios', 'delete', 's-run'])));
    expect(code).toBe(1);
    expect(failureText(thrown, en, false)).toBe(
      'lcr: The production studio is running, and this cannot be done while it runs. Stop the studio first (this takes its output off air), then try again.\nlcr: Stop it first: lcr studios stop s-run\n',
    );
    expect(fake.err()).toBe('');
    const missing = await outcome(studiosDeleteCommand(fakeContext(listing, { terminal: true }).ctx, argsOf(['studios', 'delete', 's-gone'])));
    expect(missing.thrown).toMatchObject({ error: { code: 'studio.notFound' } });
  });
});
