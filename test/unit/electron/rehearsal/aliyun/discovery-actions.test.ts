import { describe, expect, it } from 'vitest';
import { cutUpstream } from '../../../../../electron/rehearsal/aliyun/stream-drills';
import { defaultResourceGroupId } from '../../../../../electron/rehearsal/world/aliyun-seed';
import type { AliyunAccountWorld } from '../../../../../electron/rehearsal/world/aliyun-world';
import { callAction, expectFault, seededAccounts, streamAt, testNow } from './aliyun-harness';

const utcForm = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

type DomainPage = { PageNumber: number; PageSize: number; TotalCount: number; Domains: { PageData: Record<string, unknown>[] } };
const domains = (account: AliyunAccountWorld, params: Record<string, string> = {}) => callAction(account, 'DescribeLiveUserDomains', params) as DomainPage;
const domainNames = (page: DomainPage) => page.Domains.PageData.map((domain) => domain.DomainName);

type OnlinePage = { PageNum: number; PageSize: number; TotalNum: number; TotalPage: number; OnlineInfo: { LiveStreamOnlineInfo: Record<string, unknown>[] } };
const online = (account: AliyunAccountWorld, params: Record<string, string>) => callAction(account, 'DescribeLiveStreamsOnlineList', params) as OnlinePage;
const onlineNames = (page: OnlinePage) => page.OnlineInfo.LiveStreamOnlineInfo.map((info) => info.StreamName);

describe('DescribeLiveUserDomains', () => {
  it('lists the account’s domains wrapped as Domains.PageData, 20 a page by default', () => {
    const [desk] = seededAccounts();
    const page = domains(desk);
    expect(page).toMatchObject({ PageNumber: 1, PageSize: 20, TotalCount: 6 });
    expect(domainNames(page)).toEqual(desk.domains.map((domain) => domain.name));
    const live = desk.domains[0];
    expect(page.Domains.PageData[0]).toEqual({
      DomainName: 'live.rehearsal.example',
      LiveDomainType: 'liveVideo',
      LiveDomainStatus: 'online',
      Cname: 'live.rehearsal.example.w.alikunlun.com',
      RegionName: 'cn-shanghai',
      Description: '',
      GmtCreated: expect.stringMatching(utcForm),
      GmtModified: expect.stringMatching(utcForm),
      ResourceGroupId: defaultResourceGroupId(desk.accountId),
    });
    expect(Date.parse(String(page.Domains.PageData[0]?.GmtCreated))).toBe(Math.floor((live?.createdAt ?? 0) / 1000) * 1000);
  });

  it('shows each account only its own domains', () => {
    const [, second] = seededAccounts();
    expect(domainNames(domains(second))).toEqual(['live.second-desk.example', 'push.second-desk.example']);
  });

  it('filters by LiveDomainType, DomainStatus and RegionName', () => {
    const [desk] = seededAccounts();
    expect(domainNames(domains(desk, { LiveDomainType: 'liveEdge' }))).toEqual(['push.rehearsal.example']);
    expect(domains(desk, { LiveDomainType: 'liveVideo' }).TotalCount).toBe(5);
    expect(domainNames(domains(desk, { DomainStatus: 'offline' }))).toEqual(['archive.rehearsal.example']);
    expect(domainNames(domains(desk, { RegionName: 'cn-beijing' }))).toEqual(['archive.rehearsal.example']);
    expect(domains(desk, { ResourceGroupId: 'rg-other' }).TotalCount).toBe(0);
  });

  it('matches DomainName fuzzily by default, or by prefix, suffix or whole name, with * as a wildcard', () => {
    const [desk] = seededAccounts();
    expect(domainNames(domains(desk, { DomainName: 'SPORTS' }))).toEqual(['sports.rehearsal.example']);
    expect(domainNames(domains(desk, { DomainName: 'live.', DomainSearchType: 'pre_match' }))).toEqual(['live.rehearsal.example']);
    expect(domains(desk, { DomainName: 'rehearsal', DomainSearchType: 'pre_match' }).TotalCount).toBe(0);
    expect(domains(desk, { DomainName: '.rehearsal.example', DomainSearchType: 'suf_match' }).TotalCount).toBe(6);
    expect(domainNames(domains(desk, { DomainName: 'news.rehearsal.example', DomainSearchType: 'full_match' }))).toEqual(['news.rehearsal.example']);
    expect(domains(desk, { DomainName: 'news.rehearsal', DomainSearchType: 'full_match' }).TotalCount).toBe(0);
    expect(domains(desk, { DomainName: '*.rehearsal.example', DomainSearchType: 'full_match' }).TotalCount).toBe(6);
    expect(domains(desk, { DomainName: 'live.rehearsal-example' }).TotalCount).toBe(0);
  });

  it('pages with PageNumber and PageSize up to 50, refusing more', () => {
    const [desk] = seededAccounts();
    expect(domainNames(domains(desk, { PageSize: '4', PageNumber: '2' }))).toEqual(desk.domains.slice(4).map((domain) => domain.name));
    expect(domains(desk, { PageSize: '50' }).PageSize).toBe(50);
    expectFault(() => domains(desk, { PageSize: '51' }), 400, 'InvalidParameter', /"PageSize"/);
    expectFault(() => domains(desk, { PageNumber: '0' }), 400, 'InvalidParameter', /"PageNumber"/);
  });

  it('refuses values outside the documented ones', () => {
    const [desk] = seededAccounts();
    expectFault(() => domains(desk, { LiveDomainType: 'liveVod' }), 400, 'InvalidParameter', /"LiveDomainType"/);
    expectFault(() => domains(desk, { DomainSearchType: 'regex' }), 400, 'InvalidParameter', /"DomainSearchType"/);
    expectFault(() => domains(desk, { DomainStatus: 'paused' }), 400, 'InvalidParameter', /"DomainStatus"/);
  });
});

describe('DescribeLiveStreamsOnlineList', () => {
  it('lists every stream being ingested on the domain, dual ingest or not, wrapped with TotalNum and TotalPage', () => {
    const [desk] = seededAccounts();
    const page = online(desk, { DomainName: 'live.rehearsal.example' });
    expect(page).toMatchObject({ PageNum: 1, PageSize: 2000, TotalNum: 3, TotalPage: 1 });
    expect(onlineNames(page)).toEqual(['main', 'studio-b', 'lobby']);
  });

  it('describes a stream: the master’s IP, the earliest ingest time, the edge ingest point', () => {
    const [desk] = seededAccounts();
    const main = streamAt(desk, 'live.rehearsal.example/live/main');
    const master = main.upstreams.find((upstream) => upstream.master);
    const info = online(desk, { DomainName: 'live.rehearsal.example', StreamName: 'main', QueryType: 'strict' }).OnlineInfo.LiveStreamOnlineInfo[0];
    expect(info).toEqual({
      DomainName: 'live.rehearsal.example',
      AppName: 'live',
      StreamName: 'main',
      PublishTime: new Date(Math.min(...main.upstreams.map((upstream) => upstream.since))).toISOString().replace('.000', ''),
      PublishUrl: 'rtmp://push.rehearsal.example/live/main',
      PublishDomain: 'push.rehearsal.example',
      PublishType: 'edge',
      ClientIp: master?.ip,
      ServerIp: expect.stringMatching(/^47\.\d+\.\d+\.\d+$/),
      Transcoded: 'no',
      Width: 1920,
      Height: 1080,
      FrameRate: 30,
      VideoCodecId: 7,
      AudioCodecId: 10,
    });
  });

  it('reports centre ingest on a domain without an ingest mapping', () => {
    const [desk] = seededAccounts();
    expect(online(desk, { DomainName: 'studio.rehearsal.example' }).OnlineInfo.LiveStreamOnlineInfo[0]).toMatchObject({
      StreamName: 'studio-feed',
      PublishType: 'center',
      PublishDomain: 'studio.rehearsal.example',
    });
  });

  it('follows the drills: a cut master’s address and start time leave, a fully cut stream leaves', () => {
    const [desk] = seededAccounts();
    const path = 'live.rehearsal.example/live/studio-b';
    const stream = streamAt(desk, path);
    const [standby] = stream.upstreams.filter((upstream) => !upstream.master);
    cutUpstream(desk, path, undefined, testNow);
    const info = online(desk, { DomainName: 'live.rehearsal.example', StreamName: 'studio-b' }).OnlineInfo.LiveStreamOnlineInfo[0];
    expect(info).toMatchObject({ ClientIp: standby?.ip, PublishTime: new Date(standby?.since ?? 0).toISOString().replace('.000', '') });
    cutUpstream(desk, path, standby?.sequence, testNow);
    expect(onlineNames(online(desk, { DomainName: 'live.rehearsal.example' }))).toEqual(['main', 'lobby']);
  });

  it('matches StreamName in part by default and whole with QueryType=strict, AppName exactly', () => {
    const [desk] = seededAccounts();
    expect(onlineNames(online(desk, { DomainName: 'sports.rehearsal.example', StreamName: 'match' }))).toEqual(['match-1', 'match-2']);
    expect(online(desk, { DomainName: 'sports.rehearsal.example', StreamName: 'match', QueryType: 'strict' }).TotalNum).toBe(0);
    expect(online(desk, { DomainName: 'sports.rehearsal.example', AppName: 'liv' }).TotalNum).toBe(0);
    expect(online(desk, { DomainName: 'sports.rehearsal.example', AppName: 'live' }).TotalNum).toBe(3);
  });

  it('answers names and publish time only with OnlyStream=yes, and no transcoded streams', () => {
    const [desk] = seededAccounts();
    const [info] = online(desk, { DomainName: 'news.rehearsal.example', OnlyStream: 'yes' }).OnlineInfo.LiveStreamOnlineInfo;
    expect(Object.keys(info ?? {})).toEqual(['DomainName', 'AppName', 'StreamName', 'PublishTime']);
    expect(online(desk, { DomainName: 'news.rehearsal.example', StreamType: 'trans' }).TotalNum).toBe(0);
    expect(online(desk, { DomainName: 'news.rehearsal.example', StreamType: 'raw' }).TotalNum).toBe(1);
  });

  it('pages with PageNum and PageSize up to 3000', () => {
    const [desk] = seededAccounts();
    const second = online(desk, { DomainName: 'live.rehearsal.example', PageSize: '2', PageNum: '2' });
    expect(second).toMatchObject({ PageNum: 2, PageSize: 2, TotalNum: 3, TotalPage: 2 });
    expect(onlineNames(second)).toEqual(['lobby']);
    expectFault(() => online(desk, { DomainName: 'live.rehearsal.example', PageSize: '3001' }), 400, 'InvalidParameter', /"PageSize"/);
    expectFault(() => online(desk, { DomainName: 'live.rehearsal.example', QueryType: 'exact' }), 400, 'InvalidParameter', /"QueryType"/);
  });

  it('requires DomainName and answers InvalidDomainName.NotFound for a domain the account does not have', () => {
    const [desk] = seededAccounts();
    expectFault(() => online(desk, {}), 400, 'MissingDomainName');
    expectFault(() => online(desk, { DomainName: 'live.second-desk.example' }), 404, 'InvalidDomainName.NotFound');
    expect(online(desk, { DomainName: 'push.rehearsal.example' }).TotalNum).toBe(0);
  });
});
