import { describe, expect, it } from 'vitest';
import { cutUpstream } from '../../../../../electron/rehearsal/aliyun/stream-drills';
import type { AliyunAccountWorld } from '../../../../../electron/rehearsal/world/aliyun-world';
import { callAction, expectFault, masterSequence, seededAccounts, streamAt, testNow } from './aliyun-harness';

const utcForm = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const later = testNow + 60_000;
const query = (account: AliyunAccountWorld, params: Record<string, string>) =>
  callAction(account, 'QueryLiveDomainMultiStreamList', params) as { TotalCount: number; PageNumber: number; PageSize: number; OnlineStreams: Record<string, unknown>[] };
const streamNames = (answer: { OnlineStreams: Record<string, unknown>[] }) => answer.OnlineStreams.map((item) => item.StreamName);
const target = { Domain: 'live.rehearsal.example', AppName: 'live', StreamName: 'main' };

describe('QueryLiveDomainMultiStreamList', () => {
  it('lists the domain’s dual-ingest streams with their upstreams, the one on air, and the switch history', () => {
    const [desk] = seededAccounts();
    const answer = query(desk, { Domain: 'live.rehearsal.example' });
    expect(answer).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 2 });
    expect(streamNames(answer)).toEqual(['main', 'studio-b']);
    const main = streamAt(desk, 'live.rehearsal.example/live/main');
    const [item] = answer.OnlineStreams;
    expect(Object.keys(item ?? {})).toEqual(['Domain', 'AppName', 'StreamName', 'OptimalMode', 'UpstreamList', 'ChangeLogs']);
    expect(item).toMatchObject({ Domain: 'live.rehearsal.example', AppName: 'live', StreamName: 'main', OptimalMode: main.optimalMode });
    expect(item?.UpstreamList).toEqual(
      main.upstreams.map((upstream) => ({ UpstreamSequence: upstream.sequence, UpstreamIp: upstream.ip, UpstreamTime: expect.stringMatching(utcForm), MasterFlag: upstream.master })),
    );
    const [log] = main.changeLogs;
    expect(item?.ChangeLogs).toEqual([
      {
        ChangeTime: expect.stringMatching(utcForm),
        ChangeReason: log?.reason,
        UpstreamSequence: log?.sequence,
        UpstreamIp: log?.ip,
        MasterUpstream: `rtmp://push.rehearsal.example/live/${log?.sequence}?vhost=live.rehearsal.example`,
      },
    ]);
  });

  it('filters by the exact StreamName', () => {
    const [desk] = seededAccounts();
    expect(streamNames(query(desk, { Domain: 'live.rehearsal.example', StreamName: 'main' }))).toEqual(['main']);
    expect(query(desk, { Domain: 'live.rehearsal.example', StreamName: 'mai' }).TotalCount).toBe(0);
  });

  it('leaves out cut upstreams, and a stream whose every upstream is cut', () => {
    const [desk] = seededAccounts();
    const stream = streamAt(desk, 'sports.rehearsal.example/live/match-1');
    const [first, second] = stream.upstreams.map((upstream) => upstream.sequence);
    cutUpstream(desk, 'sports.rehearsal.example/live/match-1', first, later);
    const listed = query(desk, { Domain: 'sports.rehearsal.example', StreamName: 'match-1' }).OnlineStreams[0];
    expect((listed?.UpstreamList as { UpstreamSequence: string }[]).map((upstream) => upstream.UpstreamSequence)).toEqual([second]);
    cutUpstream(desk, 'sports.rehearsal.example/live/match-1', second, later);
    expect(query(desk, { Domain: 'sports.rehearsal.example', StreamName: 'match-1' }).TotalCount).toBe(0);
  });

  it('pages with PageNumber and PageSize, TotalCount counting every page', () => {
    const [desk] = seededAccounts();
    const first = query(desk, { Domain: 'sports.rehearsal.example', PageSize: '2' });
    const second = query(desk, { Domain: 'sports.rehearsal.example', PageSize: '2', PageNumber: '2' });
    expect([first.TotalCount, second.TotalCount]).toEqual([3, 3]);
    expect([...streamNames(first), ...streamNames(second)]).toEqual(['match-1', 'match-2', 'commentary']);
    expect(query(desk, { Domain: 'sports.rehearsal.example', PageNumber: '9' }).OnlineStreams).toEqual([]);
    expectFault(() => query(desk, { Domain: 'sports.rehearsal.example', PageSize: '101' }), 400, 'InvalidParameter', /"PageSize"/);
    expectFault(() => query(desk, { Domain: 'sports.rehearsal.example', PageSize: '0' }), 400, 'InvalidParameter');
    expectFault(() => query(desk, { Domain: 'sports.rehearsal.example', PageNumber: 'one' }), 400, 'InvalidParameter', /"PageNumber"/);
  });

  it('lists nothing on a domain whose dual-stream switch is off, and not single-encoder streams', () => {
    const [desk] = seededAccounts();
    expect(query(desk, { Domain: 'news.rehearsal.example' })).toMatchObject({ TotalCount: 0, OnlineStreams: [] });
    expect(query(desk, { Domain: 'live.rehearsal.example', StreamName: 'lobby' }).TotalCount).toBe(0);
  });

  it('requires Domain and refuses one that is not a streaming domain of the account', () => {
    const [desk] = seededAccounts();
    expectFault(() => query(desk, {}), 400, 'MissingDomain');
    expectFault(() => query(desk, { Domain: 'push.rehearsal.example' }), 400, 'InvalidParameter', /"Domain"/);
    expectFault(() => query(desk, { Domain: 'live.second-desk.example' }), 400, 'InvalidParameter');
  });

  it('lists the streams that were ingesting within StartTime–EndTime, a window of at most 7 days', () => {
    const [desk] = seededAccounts();
    const day = 86_400_000;
    const window = (start: number, end: number) => ({ Domain: 'live.rehearsal.example', StartTime: new Date(start).toISOString().replace('.000', ''), EndTime: new Date(end).toISOString().replace('.000', '') });
    expect(query(desk, window(testNow - day, testNow)).TotalCount).toBe(2);
    expect(query(desk, window(testNow - 3 * day, testNow - 2 * day)).TotalCount).toBe(0);
    expectFault(() => query(desk, window(testNow - 8 * day, testNow)), 400, 'InvalidParameter', /"EndTime"/);
    expectFault(() => query(desk, window(testNow, testNow - day)), 400, 'InvalidParameter', /"EndTime"/);
    expectFault(() => query(desk, { Domain: 'live.rehearsal.example', StartTime: '2026-03-14T00:00:00Z' }), 400, 'InvalidParameter', /"EndTime"/);
    expectFault(() => query(desk, { Domain: 'live.rehearsal.example', EndTime: '2026-03-14T00:00:00Z' }), 400, 'InvalidParameter', /"StartTime"/);
    expectFault(() => query(desk, { Domain: 'live.rehearsal.example', StartTime: '2026-03-14', EndTime: '2026-03-15T00:00:00Z' }), 400, 'InvalidParameter', /"StartTime"/);
  });
});

describe('SetLiveDomainMultiStreamMaster', () => {
  it('puts a standby on air and records merge cut manually with its sequence, IP and the time', () => {
    const [desk] = seededAccounts();
    const main = streamAt(desk, 'live.rehearsal.example/live/main');
    const standby = main.upstreams.find((upstream) => !upstream.master);
    const answer = callAction(desk, 'SetLiveDomainMultiStreamMaster', { ...target, UpstreamSequence: standby?.sequence ?? '' }, later);
    expect(answer).toEqual({});
    expect(masterSequence(main)).toBe(standby?.sequence);
    expect(main.upstreams.filter((upstream) => upstream.master)).toHaveLength(1);
    expect(main.changeLogs.at(-1)).toEqual({ at: later, reason: 'merge cut manually', sequence: standby?.sequence, ip: standby?.ip });
  });

  it('accepts the upstream already on air and changes nothing', () => {
    const [desk] = seededAccounts();
    const main = streamAt(desk, 'live.rehearsal.example/live/main');
    const before = structuredClone(main);
    expect(callAction(desk, 'SetLiveDomainMultiStreamMaster', { ...target, UpstreamSequence: masterSequence(main) ?? '' }, later)).toEqual({});
    expect(main).toEqual(before);
  });

  it('requires all four parameters', () => {
    const [desk] = seededAccounts();
    const full = { ...target, UpstreamSequence: 'main_AliRewrite_1' };
    for (const name of ['Domain', 'AppName', 'StreamName', 'UpstreamSequence'] as const) {
      expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamMaster', { ...full, [name]: '' }), 400, `Missing${name}`);
    }
  });

  it('answers CodeTaskNotExist for a stream without a dual-ingest task', () => {
    const [desk] = seededAccounts();
    const set = (params: Record<string, string>) => () => callAction(desk, 'SetLiveDomainMultiStreamMaster', { ...target, UpstreamSequence: 'x_AliRewrite_1', ...params });
    expectFault(set({ StreamName: 'lobby', UpstreamSequence: 'lobby_AliRewrite_1' }), 400, 'CodeTaskNotExist', 'Task does not exist.');
    expectFault(set({ StreamName: 'nobody' }), 400, 'CodeTaskNotExist');
    expectFault(set({ AppName: 'other' }), 400, 'CodeTaskNotExist');
    expectFault(set({ Domain: 'news.rehearsal.example', StreamName: 'news-24' }), 400, 'CodeTaskNotExist');
    for (const upstream of streamAt(desk, 'live.rehearsal.example/live/studio-b').upstreams) upstream.cut = true;
    expectFault(set({ StreamName: 'studio-b', UpstreamSequence: 'studio-b_AliRewrite_1' }), 400, 'CodeTaskNotExist');
  });

  it('refuses an upstream the stream does not list, unknown or cut, as InvalidParameter', () => {
    const [desk] = seededAccounts();
    const main = streamAt(desk, 'live.rehearsal.example/live/main');
    const standby = main.upstreams.find((upstream) => !upstream.master);
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamMaster', { ...target, UpstreamSequence: 'main_AliRewrite_9' }), 400, 'InvalidParameter', /"UpstreamSequence"/);
    cutUpstream(desk, 'live.rehearsal.example/live/main', standby?.sequence, later);
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamMaster', { ...target, UpstreamSequence: standby?.sequence ?? '' }), 400, 'InvalidParameter');
  });

  it('refuses a domain of another account', () => {
    const [desk] = seededAccounts();
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamMaster', { Domain: 'live.second-desk.example', AppName: 'live', StreamName: 'evening', UpstreamSequence: 'evening_AliRewrite_1' }), 400, 'InvalidParameter');
  });
});

describe('DescribeLiveDomainMultiStreamConfig and SetLiveDomainMultiStreamConfig', () => {
  it('reads each domain’s switch', () => {
    const [desk] = seededAccounts();
    expect(callAction(desk, 'DescribeLiveDomainMultiStreamConfig', { Domain: 'live.rehearsal.example' })).toEqual({ Switch: 'on' });
    expect(callAction(desk, 'DescribeLiveDomainMultiStreamConfig', { Domain: 'news.rehearsal.example' })).toEqual({ Switch: 'off' });
  });

  it('answers CodeGetPushbackDomainError for a domain without an ingest mapping, on read and write', () => {
    const [desk] = seededAccounts();
    const message = 'Unable to get the push domain name, please check the domain name mapping configuration.';
    expectFault(() => callAction(desk, 'DescribeLiveDomainMultiStreamConfig', { Domain: 'studio.rehearsal.example' }), 400, 'CodeGetPushbackDomainError', message);
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamConfig', { Domain: 'studio.rehearsal.example', Switch: 'on' }), 400, 'CodeGetPushbackDomainError', message);
  });

  it('turns DR off, suspending the domain’s tasks, and on again, bringing them back', () => {
    const [desk] = seededAccounts();
    const main = streamAt(desk, 'live.rehearsal.example/live/main');
    const standby = main.upstreams.find((upstream) => !upstream.master)?.sequence ?? '';
    expect(callAction(desk, 'SetLiveDomainMultiStreamConfig', { Domain: 'live.rehearsal.example', Switch: 'off' }, later)).toEqual({});
    expect(desk.domains.find((domain) => domain.name === 'live.rehearsal.example')?.modifiedAt).toBe(later);
    expect(callAction(desk, 'DescribeLiveDomainMultiStreamConfig', { Domain: 'live.rehearsal.example' })).toEqual({ Switch: 'off' });
    expect(query(desk, { Domain: 'live.rehearsal.example' }).TotalCount).toBe(0);
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamMaster', { ...target, UpstreamSequence: standby }), 400, 'CodeTaskNotExist');
    callAction(desk, 'SetLiveDomainMultiStreamConfig', { Domain: 'live.rehearsal.example', Switch: 'on' });
    expect(query(desk, { Domain: 'live.rehearsal.example' }).TotalCount).toBe(2);
  });

  it('lets automatic mode put an upstream on air when DR comes back on after the master was lost meanwhile', () => {
    const [desk] = seededAccounts();
    const path = 'live.rehearsal.example/live/main';
    const main = streamAt(desk, path);
    callAction(desk, 'SetLiveDomainMultiStreamConfig', { Domain: 'live.rehearsal.example', Switch: 'off' });
    expect(cutUpstream(desk, path, undefined, later)).toMatch(/the stream has no dual-stream task, so nothing is on air/);
    expect(masterSequence(main)).toBeUndefined();
    callAction(desk, 'SetLiveDomainMultiStreamConfig', { Domain: 'live.rehearsal.example', Switch: 'on' }, later + 1000);
    expect(masterSequence(main)).toBeDefined();
    expect(main.changeLogs.at(-1)).toMatchObject({ at: later + 1000, reason: 'master stream no data', sequence: masterSequence(main) });
  });

  it('requires Domain and an on/off Switch', () => {
    const [desk] = seededAccounts();
    expectFault(() => callAction(desk, 'DescribeLiveDomainMultiStreamConfig', {}), 400, 'MissingDomain');
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamConfig', { Domain: 'live.rehearsal.example' }), 400, 'MissingSwitch');
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamConfig', { Domain: 'live.rehearsal.example', Switch: 'true' }), 400, 'InvalidParameter', /"Switch"/);
    expectFault(() => callAction(desk, 'DescribeLiveDomainMultiStreamConfig', { Domain: 'unknown.example' }), 400, 'InvalidParameter');
  });
});

describe('SetLiveDomainMultiStreamOptimalMode', () => {
  it('turns automatic switching on or off for one stream, as the list then shows', () => {
    const [desk] = seededAccounts();
    callAction(desk, 'SetLiveDomainMultiStreamOptimalMode', { ...target, OptimalMode: 'off' });
    expect(query(desk, { Domain: 'live.rehearsal.example', StreamName: 'main' }).OnlineStreams[0]?.OptimalMode).toBe('off');
    callAction(desk, 'SetLiveDomainMultiStreamOptimalMode', { ...target, OptimalMode: 'on' });
    expect(query(desk, { Domain: 'live.rehearsal.example', StreamName: 'main' }).OnlineStreams[0]?.OptimalMode).toBe('on');
  });

  it('puts the longest-pushing upstream on air when turned on while nothing is on air', () => {
    const [desk] = seededAccounts();
    const path = 'sports.rehearsal.example/live/match-2';
    const stream = streamAt(desk, path);
    expect(stream.optimalMode).toBe('off');
    cutUpstream(desk, path, undefined, later);
    expect(masterSequence(stream)).toBeUndefined();
    const heir = stream.upstreams.filter((upstream) => !upstream.cut).sort((a, b) => a.since - b.since)[0];
    callAction(desk, 'SetLiveDomainMultiStreamOptimalMode', { Domain: 'sports.rehearsal.example', AppName: 'live', StreamName: 'match-2', OptimalMode: 'on' }, later + 1000);
    expect(masterSequence(stream)).toBe(heir?.sequence);
    expect(stream.changeLogs.at(-1)).toEqual({ at: later + 1000, reason: 'master stream no data', sequence: heir?.sequence, ip: heir?.ip });
  });

  it('refuses a mode other than on/off, missing parameters, and streams without DR', () => {
    const [desk] = seededAccounts();
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamOptimalMode', { ...target, OptimalMode: 'auto' }), 400, 'InvalidParameter', /"OptimalMode"/);
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamOptimalMode', target), 400, 'MissingOptimalMode');
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamOptimalMode', { ...target, StreamName: '', OptimalMode: 'on' }), 400, 'MissingStreamName');
    expectFault(() => callAction(desk, 'SetLiveDomainMultiStreamOptimalMode', { ...target, StreamName: 'lobby', OptimalMode: 'on' }), 400, 'CodeTaskNotExist', 'Task does not exist.');
  });
});
