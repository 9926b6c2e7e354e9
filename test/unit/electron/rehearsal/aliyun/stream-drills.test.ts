import { describe, expect, it } from 'vitest';
import { cutUpstream, findStream, restoreUpstream } from '../../../../../electron/rehearsal/aliyun/stream-drills';
import type { AliyunAccountWorld } from '../../../../../electron/rehearsal/world/aliyun-world';
import { callAction, masterSequence, seededAccounts, streamAt, testNow } from './aliyun-harness';

const later = testNow + 60_000;
const auto = 'live.rehearsal.example/live/main';
const manual = 'live.rehearsal.example/live/studio-b';

/** Upstream sequences in the multi-stream list, and which one it flags. */
function listed(account: AliyunAccountWorld, path: string) {
  const [domain = '', , stream = ''] = path.split('/');
  const answer = callAction(account, 'QueryLiveDomainMultiStreamList', { Domain: domain, StreamName: stream }) as { OnlineStreams: { UpstreamList: { UpstreamSequence: string; MasterFlag: boolean }[] }[] };
  const upstreams = answer.OnlineStreams[0]?.UpstreamList ?? [];
  return { sequences: upstreams.map((upstream) => upstream.UpstreamSequence), masters: upstreams.filter((upstream) => upstream.MasterFlag).map((upstream) => upstream.UpstreamSequence) };
}

function onlineNames(account: AliyunAccountWorld, domain: string): string[] {
  const answer = callAction(account, 'DescribeLiveStreamsOnlineList', { DomainName: domain }) as { OnlineInfo: { LiveStreamOnlineInfo: { StreamName: string }[] } };
  return answer.OnlineInfo.LiveStreamOnlineInfo.map((info) => info.StreamName);
}

describe('findStream', () => {
  it('finds a stream in whichever account owns its domain', () => {
    const accounts = seededAccounts();
    const found = findStream(accounts, 'live.second-desk.example/live/evening');
    expect(found.account).toBe(accounts[1]);
    expect(found.stream.stream).toBe('evening');
    expect(findStream(accounts[0], auto).account).toBe(accounts[0]);
  });

  it('says what exists when the path matches nothing', () => {
    const accounts = seededAccounts();
    expect(() => findStream(accounts, 'live.rehearsal.example/live')).toThrow(/domain\/app\/stream/);
    expect(() => findStream(accounts, 'nowhere.example/live/main')).toThrow(/No rehearsal account has the domain nowhere\.example\. Streams: .*live\.rehearsal\.example\/live\/main/);
    expect(() => findStream(accounts, 'live.rehearsal.example/live/nope')).toThrow(/No stream live\.rehearsal\.example\/live\/nope\. Streams on live\.rehearsal\.example: .*studio-b/);
  });
});

describe('drill refusals', () => {
  const codeOf = (act: () => unknown) => {
    try {
      act();
    } catch (thrown) {
      return (thrown as { error?: { code: string; params: object } }).error;
    }
    return undefined;
  };

  it('are typed errors the UI and lcr can say in the operator\'s language', () => {
    const accounts = seededAccounts();
    expect(codeOf(() => cutUpstream(accounts, 'nowhere.example/live/main', undefined, later))).toMatchObject({ code: 'rehearsal.unknownStream', params: { stream: 'nowhere.example/live/main' } });
    expect(codeOf(() => cutUpstream(accounts, auto, 'main_AliRewrite_9', later))).toMatchObject({ code: 'rehearsal.unknownUpstream', params: { stream: auto, upstream: 'main_AliRewrite_9' } });
    expect(codeOf(() => restoreUpstream(accounts, auto, undefined, later))).toMatchObject({ code: 'rehearsal.nothingToRestore', params: { stream: auto } });
  });
});

describe('cutUpstream', () => {
  it('in automatic mode hands the air to the longest-pushing upstream, logged as master stream no data', () => {
    const [desk] = seededAccounts();
    const stream = streamAt(desk, auto);
    expect(stream.optimalMode).toBe('on');
    const master = masterSequence(stream);
    const heir = stream.upstreams.filter((upstream) => !upstream.master).sort((a, b) => a.since - b.since)[0];
    const said = cutUpstream([desk], auto, undefined, later);
    expect(said).toBe(`Cut ${master} (the master) of ${auto}; automatic mode put ${heir?.sequence} on air (master stream no data).`);
    expect(masterSequence(stream)).toBe(heir?.sequence);
    expect(stream.changeLogs.at(-1)).toEqual({ at: later, reason: 'master stream no data', sequence: heir?.sequence, ip: heir?.ip });
    const list = listed(desk, auto);
    expect(list.sequences).not.toContain(master);
    expect(list.masters).toEqual([heir?.sequence]);
  });

  it('in manual mode leaves the stream with no master until the operator switches', () => {
    const [desk] = seededAccounts();
    const stream = streamAt(desk, manual);
    expect(stream.optimalMode).toBe('off');
    const master = masterSequence(stream);
    const standby = stream.upstreams.find((upstream) => !upstream.master)?.sequence ?? '';
    const logs = stream.changeLogs.length;
    expect(cutUpstream(desk, manual, undefined, later)).toBe(`Cut ${master} (the master) of ${manual}; automatic mode is off, so nothing is on air until the operator switches to one of: ${standby}.`);
    expect(stream.changeLogs).toHaveLength(logs);
    expect(listed(desk, manual)).toEqual({ sequences: [standby], masters: [] });
    callAction(desk, 'SetLiveDomainMultiStreamMaster', { Domain: 'live.rehearsal.example', AppName: 'live', StreamName: 'studio-b', UpstreamSequence: standby }, later + 5000);
    expect(listed(desk, manual).masters).toEqual([standby]);
    expect(stream.changeLogs.at(-1)).toMatchObject({ reason: 'merge cut manually', sequence: standby, at: later + 5000 });
  });

  it('cuts a named standby and keeps the master on air', () => {
    const [desk] = seededAccounts();
    const stream = streamAt(desk, auto);
    const master = masterSequence(stream);
    const standby = stream.upstreams.find((upstream) => !upstream.master)?.sequence;
    expect(cutUpstream(desk, auto, standby, later)).toBe(`Cut standby ${standby} of ${auto}; ${master} stays on air.`);
    expect(masterSequence(stream)).toBe(master);
    expect(listed(desk, auto).sequences).not.toContain(standby);
  });

  it('takes a stream off the air when its last upstream is cut', () => {
    const [desk] = seededAccounts();
    const stream = streamAt(desk, manual);
    const [first, second] = stream.upstreams.map((upstream) => upstream.sequence);
    cutUpstream(desk, manual, first, later);
    expect(cutUpstream(desk, manual, second, later)).toBe(`Cut ${second} of ${manual}: no encoder is pushing, so the stream is off the air and gone from the online lists.`);
    expect(onlineNames(desk, 'live.rehearsal.example')).not.toContain('studio-b');
    expect(() => cutUpstream(desk, manual, undefined, later)).toThrow(/off the air: every upstream is already cut/);
  });

  it('takes a single-encoder stream off the air', () => {
    const [desk] = seededAccounts();
    expect(cutUpstream(desk, 'news.rehearsal.example/live/news-24', undefined, later)).toMatch(/^Cut news-24_AliRewrite_1 of .*off the air/);
    expect(onlineNames(desk, 'news.rehearsal.example')).toEqual([]);
  });

  it('refuses an unknown upstream, one already cut, and a masterless stream without a named upstream', () => {
    const [desk] = seededAccounts();
    expect(() => cutUpstream(desk, auto, 'main_AliRewrite_9', later)).toThrow(/No upstream main_AliRewrite_9 on live\.rehearsal\.example\/live\/main\. Its upstreams: main_AliRewrite_1, main_AliRewrite_2, main_AliRewrite_3\./);
    const master = masterSequence(streamAt(desk, manual));
    cutUpstream(desk, manual, undefined, later);
    expect(() => cutUpstream(desk, manual, master, later)).toThrow(`${master} of ${manual} is already cut.`);
    expect(() => cutUpstream(desk, manual, undefined, later)).toThrow(/has no master to cut \(nothing is on air\); name the upstream: /);
  });
});

describe('restoreUpstream', () => {
  it('brings a cut upstream back as a standby with a fresh ingest time', () => {
    const [desk] = seededAccounts();
    const stream = streamAt(desk, auto);
    const master = masterSequence(stream);
    cutUpstream(desk, auto, master, later);
    const heir = masterSequence(stream);
    expect(restoreUpstream(desk, auto, master, later + 30_000)).toBe(`Restored ${master} of ${auto} as standby; ${heir} stays on air.`);
    const restored = stream.upstreams.find((upstream) => upstream.sequence === master);
    expect(restored).toMatchObject({ cut: false, master: false, since: later + 30_000 });
    expect(listed(desk, auto).sequences).toContain(master);
  });

  it('restores every cut upstream of the stream when none is named, leaving a manual stream without master', () => {
    const [desk] = seededAccounts();
    const stream = streamAt(desk, 'sports.rehearsal.example/live/match-2');
    const [first] = stream.upstreams.filter((upstream) => !upstream.master).map((upstream) => upstream.sequence);
    const master = masterSequence(stream);
    cutUpstream(desk, 'sports.rehearsal.example/live/match-2', master, later);
    cutUpstream(desk, 'sports.rehearsal.example/live/match-2', first, later);
    expect(restoreUpstream(desk, 'sports.rehearsal.example/live/match-2', undefined, later)).toBe(
      `Restored ${[master, first].sort().join(', ')} of sports.rehearsal.example/live/match-2 as standby; nothing is on air until the operator switches.`,
    );
    expect(stream.upstreams.every((upstream) => !upstream.cut && !upstream.master)).toBe(true);
  });

  it('puts the first restored upstream on air when the stream was off the air', () => {
    const [desk] = seededAccounts();
    cutUpstream(desk, 'news.rehearsal.example/live/news-24', undefined, later);
    expect(restoreUpstream(desk, 'news.rehearsal.example/live/news-24', undefined, later + 1000)).toBe(
      'Restored news-24_AliRewrite_1 of news.rehearsal.example/live/news-24: the stream is back on the air with news-24_AliRewrite_1 as master.',
    );
    expect(onlineNames(desk, 'news.rehearsal.example')).toEqual(['news-24']);
  });

  it('refuses to restore an upstream that is not cut, an unknown one, or a stream with nothing cut', () => {
    const accounts = seededAccounts();
    expect(() => restoreUpstream(accounts, auto, 'main_AliRewrite_1', later)).toThrow(`main_AliRewrite_1 of ${auto} is not cut; only a cut upstream can be restored.`);
    expect(() => restoreUpstream(accounts, auto, 'main_AliRewrite_7', later)).toThrow(/No upstream main_AliRewrite_7/);
    expect(() => restoreUpstream(accounts, auto, undefined, later)).toThrow(`${auto} has no cut upstream to restore.`);
    expect(() => restoreUpstream(accounts, 'gone.example/live/x', undefined, later)).toThrow(/No rehearsal account has the domain gone\.example/);
  });
});
