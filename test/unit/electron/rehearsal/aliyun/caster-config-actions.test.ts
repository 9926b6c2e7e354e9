import { describe, expect, it } from 'vitest';
import type { AliyunAccountWorld } from '../../../../../electron/rehearsal/world/aliyun-world';
import { callAction, expectFault, seededAccounts, studioNamed, testNow } from './aliyun-harness';

const later = testNow + 60_000;
const describeConfig = (account: AliyunAccountWorld, id: string) => callAction(account, 'DescribeCasterConfig', { CasterId: id });
const setConfig = (account: AliyunAccountWorld, id: string, params: Record<string, string>) => callAction(account, 'SetCasterConfig', { CasterId: id, ...params }, later);

describe('DescribeCasterConfig', () => {
  it('answers the stored settings: JSON ones as objects, numbers as numbers, AutoSwitchUrgentOn as a string', () => {
    const [desk] = seededAccounts();
    const concert = studioNamed(desk, 'Concert Hall');
    expect(describeConfig(desk, concert.id)).toEqual({
      CasterId: concert.id,
      CasterName: 'Concert Hall',
      DomainName: 'live.rehearsal.example',
      RecordConfig: { endpoint: 'oss-cn-shanghai.aliyuncs.com', ossBucket: 'rehearsal-recordings', videoFormat: [{ format: 'm3u8', interval: 3600 }] },
      Delay: 30,
      ChannelEnable: 1,
      UrgentLiveStreamUrl: 'rtmp://push.rehearsal.example/live/concert-standby',
      AutoSwitchUrgentOn: 'true',
      AutoSwitchUrgentConfig: '{"eofThres":3}',
      SideOutputUrl: 'rtmp://relay.rehearsal.example/live/concert',
    });
  });

  it('answers a never-configured studio with its id and name only', () => {
    const [desk] = seededAccounts();
    const training = studioNamed(desk, 'Training');
    expect(describeConfig(desk, training.id)).toEqual({ CasterId: training.id, CasterName: 'Training' });
  });

  it('requires a CasterId naming one of the account’s studios', () => {
    const [desk, second] = seededAccounts();
    expectFault(() => callAction(desk, 'DescribeCasterConfig', {}), 400, 'MissingCasterId');
    expectFault(() => describeConfig(desk, 'bad id'), 400, 'InvalidCasterId.Malformed');
    expectFault(() => describeConfig(desk, studioNamed(second, 'Spare').id), 404, 'InvalidCaster.NotFound');
  });
});

describe('SetCasterConfig', () => {
  it('replaces the configuration with exactly what was sent, clearing every setting left out', () => {
    const [desk] = seededAccounts();
    const concert = studioNamed(desk, 'Concert Hall');
    expect(setConfig(desk, concert.id, { DomainName: 'sports.rehearsal.example', Delay: '12.5', ProgramName: 'finale' })).toEqual({ CasterId: concert.id });
    expect(describeConfig(desk, concert.id)).toEqual({
      CasterId: concert.id,
      CasterName: 'Concert Hall',
      DomainName: 'sports.rehearsal.example',
      Delay: 12.5,
      // Once on, channels stay on even when left out.
      ChannelEnable: 1,
      ProgramName: 'finale',
    });
    expect(concert.modifiedAt).toBe(later);
  });

  it('reads back every setting it takes, JSON settings as the objects sent', () => {
    const [desk] = seededAccounts();
    const training = studioNamed(desk, 'Training');
    const transcode = { casterTemplate: 'lp_ld', LiveTemplateIds: { LocationId: ['lld'] } };
    const syncGroups = { SyncGroup: [{ Mode: 0, HostResourceId: 'res-1', ResourceIds: { ResourceId: ['res-1', 'res-2'] } }] };
    setConfig(desk, training.id, {
      TranscodeConfig: JSON.stringify(transcode),
      SyncGroupsConfig: JSON.stringify(syncGroups),
      ChannelEnable: '0',
      ProgramEffect: '1',
      UrgentMaterialId: 'm-1',
      UrgentImageId: 'i-1',
      UrgentImageUrl: 'http://img.example/a.jpg',
      AutoSwitchUrgentOn: 'false',
      SideOutputUrlList: '"rtmp://d/a/s1","rtmp://d/a/s2"',
      CallbackUrl: 'https://hooks.example/caster',
    });
    expect(describeConfig(desk, training.id)).toEqual({
      CasterId: training.id,
      CasterName: 'Training',
      TranscodeConfig: transcode,
      SyncGroupsConfig: syncGroups,
      ChannelEnable: 0,
      ProgramEffect: 1,
      UrgentMaterialId: 'm-1',
      UrgentImageId: 'i-1',
      UrgentImageUrl: 'http://img.example/a.jpg',
      AutoSwitchUrgentOn: 'false',
      SideOutputUrlList: '"rtmp://d/a/s1","rtmp://d/a/s2"',
      CallbackUrl: 'https://hooks.example/caster',
    });
  });

  it('renames the studio with CasterName and keeps the name when it is left out', () => {
    const [desk] = seededAccounts();
    const press = studioNamed(desk, 'Press Room');
    setConfig(desk, press.id, { CasterName: '新闻发布厅' });
    expect(press.name).toBe('新闻发布厅');
    setConfig(desk, press.id, {});
    expect(press.name).toBe('新闻发布厅');
    expect(press.config).toEqual({});
  });

  it('clearing the output domain stops the studio from starting', () => {
    const [desk] = seededAccounts();
    const morning = studioNamed(desk, 'Morning Show');
    setConfig(desk, morning.id, { TranscodeConfig: morning.config.TranscodeConfig ?? '' });
    expectFault(() => callAction(desk, 'StartCaster', { CasterId: morning.id }), 404, 'InvalidDomainName.NotFound');
  });

  it('takes a Delay from 0 to 300 seconds only', () => {
    const [desk] = seededAccounts();
    const id = studioNamed(desk, 'Training').id;
    for (const ok of ['0', '300', '12.5']) expect(setConfig(desk, id, { Delay: ok })).toEqual({ CasterId: id });
    for (const bad of ['301', '-1', 'ten', '1e2']) expectFault(() => setConfig(desk, id, { Delay: bad }), 400, 'InvalidParameter', /"Delay"/);
  });

  it('refuses to turn channels off once they are on', () => {
    const [desk] = seededAccounts();
    const training = studioNamed(desk, 'Training');
    setConfig(desk, training.id, { ChannelEnable: '1' });
    expectFault(() => setConfig(desk, training.id, { ChannelEnable: '0' }), 400, 'InvalidParameter', /"ChannelEnable"/);
    expect(training.config.ChannelEnable).toBe('1');
    expectFault(() => setConfig(desk, training.id, { ChannelEnable: 'yes' }), 400, 'InvalidParameter');
  });

  it('refuses settings that are not what the reference documents, changing nothing', () => {
    const [desk] = seededAccounts();
    const concert = studioNamed(desk, 'Concert Hall');
    const before = structuredClone(concert);
    expectFault(() => setConfig(desk, concert.id, { TranscodeConfig: '{lp_hd}' }), 400, 'InvalidParameter', /"TranscodeConfig".*JSON object/);
    expectFault(() => setConfig(desk, concert.id, { RecordConfig: '["a"]' }), 400, 'InvalidParameter', /"RecordConfig"/);
    expectFault(() => setConfig(desk, concert.id, { AutoSwitchUrgentConfig: 'eof=3' }), 400, 'InvalidParameter', /"AutoSwitchUrgentConfig"/);
    expectFault(() => setConfig(desk, concert.id, { AutoSwitchUrgentOn: 'yes' }), 400, 'InvalidParameter', /"AutoSwitchUrgentOn"/);
    expectFault(() => setConfig(desk, concert.id, { ProgramEffect: '2' }), 400, 'InvalidParameter', /"ProgramEffect"/);
    const urls = (count: number) => Array.from({ length: count }, (_, index) => `"rtmp://d/a/s${index}"`).join(',');
    expectFault(() => setConfig(desk, concert.id, { SideOutputUrlList: urls(21) }), 400, 'InvalidParameter', /"SideOutputUrlList"/);
    expect(concert).toEqual(before);
    expect(setConfig(desk, concert.id, { SideOutputUrlList: urls(20) })).toEqual({ CasterId: concert.id });
  });

  it('takes as output domain only a streaming domain of the account', () => {
    const [desk] = seededAccounts();
    const id = studioNamed(desk, 'Training').id;
    expectFault(() => setConfig(desk, id, { DomainName: 'push.rehearsal.example' }), 404, 'InvalidDomainName.NotFound');
    expectFault(() => setConfig(desk, id, { DomainName: 'live.second-desk.example' }), 404, 'InvalidDomainName.NotFound');
    expect(setConfig(desk, id, { DomainName: 'news.rehearsal.example' })).toEqual({ CasterId: id });
  });

  it('requires a CasterId naming one of the account’s studios', () => {
    const [desk] = seededAccounts();
    expectFault(() => callAction(desk, 'SetCasterConfig', { DomainName: 'live.rehearsal.example' }), 400, 'MissingCasterId');
    expectFault(() => setConfig(desk, '00000000-0000-4000-8000-00000000dead', {}), 404, 'InvalidCaster.NotFound');
  });
});
