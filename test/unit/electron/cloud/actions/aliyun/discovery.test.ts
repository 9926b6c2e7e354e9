import { describe, expect, it } from 'vitest';
import { runAction } from '../../../../../../electron/cloud/actions/action-definition';
import { listLiveDomains, listOnlineStreams, queryLiveDomains, queryOnlineStreams } from '../../../../../../electron/cloud/actions/aliyun/discovery';
import { flattenRpcParams } from '../../../../../../electron/cloud/aliyun/rpc-params';
import type { CloudCall } from '../../../../../../electron/cloud/cloud-client';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';

/** The parameters as they go on the wire (empty ones dropped). */
const wire = (call: CloudCall | undefined) => flattenRpcParams(call?.params ?? {});
const ok = (json: unknown) => () => ({ status: 200, json });

// The recorded answer of aliyun-live.md §4.1, verbatim (its `"…": "…"` placeholder included).
const domainsRecorded = {
  RequestId: 'E4EBD2BF-5EB0-4476-8829-9D94E1B15267',
  PageNumber: 1,
  PageSize: 20,
  TotalCount: 2,
  Domains: {
    PageData: [
      {
        DomainName: 'play.example.com',
        LiveDomainType: 'liveVideo',
        LiveDomainStatus: 'online',
        Cname: 'cname-assigned-by-alibaba.example',
        RegionName: 'cn-beijing',
        Description: '',
        GmtCreated: '2017-08-29T12:15:36Z',
        GmtModified: '2017-12-29T12:15:36Z',
        ResourceGroupId: 'rg-…',
      },
      { DomainName: 'push.example.com', LiveDomainType: 'liveEdge', LiveDomainStatus: 'online', '…': '…' },
    ],
  },
};

const domain = (name: string, extra: Record<string, unknown> = {}) => ({ DomainName: name, LiveDomainType: 'liveVideo', LiveDomainStatus: 'online', ...extra });

describe('DescribeLiveUserDomains', () => {
  it('sends every filter by its documented name and value, and nothing for blanks', async () => {
    const { client, calls } = fakeCloudClient(ok(domainsRecorded));
    await runAction(client, queryLiveDomains, { type: 'liveVideo', name: '*.example.com', match: 'suffix', status: 'online', pageNumber: 3, pageSize: 50 });
    await runAction(client, queryLiveDomains, { name: '  ' });
    expect(calls.map((c) => [c.action, c.target])).toEqual([
      ['DescribeLiveUserDomains', undefined],
      ['DescribeLiveUserDomains', undefined],
    ]);
    expect(wire(calls[0])).toStrictEqual({
      LiveDomainType: 'liveVideo',
      DomainName: '*.example.com',
      DomainSearchType: 'suf_match',
      DomainStatus: 'online',
      PageNumber: '3',
      PageSize: '50',
    });
    expect(wire(calls[1])).toStrictEqual({});
  });

  it('maps every search type to its wire word', async () => {
    const { client, calls } = fakeCloudClient(ok(domainsRecorded));
    for (const match of ['fuzzy', 'prefix', 'suffix', 'exact'] as const) await runAction(client, queryLiveDomains, { name: 'example', match });
    expect(calls.map((c) => wire(c).DomainSearchType)).toEqual(['fuzzy_match', 'pre_match', 'suf_match', 'full_match']);
  });

  it('reads the recorded answer with each domain’s type, so the board can offer only liveVideo', async () => {
    const { client } = fakeCloudClient(ok(domainsRecorded));
    const page = await runAction(client, queryLiveDomains, {});
    expect(page).toEqual({
      total: 2,
      items: [
        {
          name: 'play.example.com',
          type: 'liveVideo',
          status: 'online',
          region: 'cn-beijing',
          cname: 'cname-assigned-by-alibaba.example',
          description: '',
          createdAt: '2017-08-29T12:15:36.000Z',
        },
        { name: 'push.example.com', type: 'liveEdge', status: 'online', region: null, cname: null, description: '', createdAt: null },
      ],
    });
    expect(page.items.filter((d) => d.type === 'liveVideo').map((d) => d.name)).toEqual(['play.example.com']);
  });

  it('reads an undocumented type or status as other instead of failing discovery', async () => {
    const { client } = fakeCloudClient(ok({ RequestId: 'R', TotalCount: 1, Domains: { PageData: [domain('x.example.com', { LiveDomainType: 'liveRtc', LiveDomainStatus: 'stopping' })] } }));
    expect((await runAction(client, queryLiveDomains, {})).items[0]).toMatchObject({ type: 'other', status: 'other' });
  });

  it('reads an account with zero domains, the wrapper present or not', async () => {
    for (const answer of [
      { RequestId: 'R', PageNumber: 1, PageSize: 20, TotalCount: 0, Domains: { PageData: [] } },
      { RequestId: 'R', TotalCount: 0, Domains: {} },
      { RequestId: 'R', TotalCount: 0 },
    ]) {
      const { client } = fakeCloudClient(ok(answer));
      expect(await runAction(client, queryLiveDomains, {})).toEqual({ items: [], total: 0 });
    }
  });

  it.each([
    ['a bare array where Domains.PageData is documented', { RequestId: 'R', TotalCount: 1, Domains: [domain('a.example.com')] }],
    ['a domain without a name', { RequestId: 'R', TotalCount: 1, Domains: { PageData: [{ LiveDomainType: 'liveVideo', LiveDomainStatus: 'online' }] } }],
    ['a domain without a type', { RequestId: 'R', TotalCount: 1, Domains: { PageData: [{ DomainName: 'a.example.com', LiveDomainStatus: 'online' }] } }],
    ['a creation time in no documented format', { RequestId: 'R', TotalCount: 1, Domains: { PageData: [domain('a.example.com', { GmtCreated: '29/08/2017' })] } }],
    ['a TotalCount as text', { ...domainsRecorded, TotalCount: '2' }],
    ['the list left out while domains are reported', { RequestId: 'R', TotalCount: 2, Domains: {} }],
  ])('refuses %s as cloud.unexpectedResponse', async (_, answer) => {
    const { client } = fakeCloudClient(ok(answer));
    expect(await errorOf(runAction(client, queryLiveDomains, {}))).toMatchObject({ code: 'cloud.unexpectedResponse', action: 'DescribeLiveUserDomains' });
  });

  it.each([
    ['a page size over 50', { pageSize: 51 }, { pageSize: { code: 'outOfRange', params: { min: 1, max: 50 } } }],
    ['a page number over 100000', { pageNumber: 100_001 }, { pageNumber: { code: 'outOfRange', params: { min: 1, max: 100_000 } } }],
    ['an undocumented type', { type: 'liveRtc' }, { type: { code: 'invalid' } }],
    ['an undocumented status', { status: 'paused' }, { status: { code: 'invalid' } }],
    ['a name that is no domain pattern', { name: 'play example' }, { name: { code: 'invalid' } }],
    ['a SecurityToken smuggled in as a filter', { SecurityToken: 'x' }, { request: { code: 'invalid' } }],
  ])('refuses %s before sending', async (_, input, fields) => {
    const { client, calls } = fakeCloudClient(ok(domainsRecorded));
    expect(await errorOf(runAction(client, queryLiveDomains, input))).toMatchObject({ code: 'cloud.invalidInput', fields });
    expect(calls).toEqual([]);
  });

  it('raises the common documented errors', async () => {
    const { client } = fakeCloudClient(() => ({ status: 403, json: { RequestId: 'E1', Code: 'Forbidden.RAM', Message: 'User not authorized.' } }));
    expect(await errorOf(runAction(client, queryLiveDomains, {}))).toMatchObject({ code: 'cloud.permissionDenied', requestId: 'E1' });
  });
});

describe('listLiveDomains', () => {
  it('walks pages 1..3 at 50 a page up to TotalCount, keeping the filters', async () => {
    const { client, calls } = fakeCloudClient((call) => {
      const page = Number(call.params.PageNumber);
      const items = Array.from({ length: page < 3 ? 50 : 20 }, (_, i) => domain(`d${(page - 1) * 50 + i}.example.com`));
      return { status: 200, json: { RequestId: `P${page}`, PageNumber: page, PageSize: 50, TotalCount: 120, Domains: { PageData: items } } };
    });
    const all = await listLiveDomains(client, { type: 'liveVideo' });
    expect(all.map((d) => d.name)).toEqual(Array.from({ length: 120 }, (_, i) => `d${i}.example.com`));
    expect(calls.map(wire)).toEqual([1, 2, 3].map((n) => ({ LiveDomainType: 'liveVideo', PageNumber: String(n), PageSize: '50' })));
  });

  it('makes one call for an account with no domains', async () => {
    const { client, calls } = fakeCloudClient(ok({ RequestId: 'R', TotalCount: 0, Domains: { PageData: [] } }));
    expect(await listLiveDomains(client)).toEqual([]);
    expect(calls).toHaveLength(1);
  });
});

// The recorded answer of aliyun-live.md §4.2, verbatim.
const onlineRecorded = {
  RequestId: '5c6a2a0df228-4a64-af62-20e91b9676b3',
  PageNum: 1,
  PageSize: 2000,
  TotalNum: 1,
  TotalPage: 1,
  OnlineInfo: {
    LiveStreamOnlineInfo: [
      {
        DomainName: 'play.example.com',
        AppName: 'live',
        StreamName: 'teststream',
        PublishTime: '2021-08-09T02:37:59Z',
        PublishUrl: 'rtmp://push.example.com/live/teststream',
        PublishDomain: 'push.example.com',
        PublishType: 'edge',
        ClientIp: '106.11.XX.XX',
        ServerIp: '120.221.XX.XX',
        Transcoded: 'no',
        Width: 1280,
        Height: 720,
        FrameRate: 15,
        VideoCodecId: 7,
        AudioCodecId: 10,
        VideoDataRate: 600,
        AudioDataRate: 600,
      },
    ],
  },
};

const online = (name: string, extra: Record<string, unknown> = {}) => ({ DomainName: 'play.example.com', AppName: 'live', StreamName: name, PublishTime: '2021-08-09T02:37:59Z', ...extra });

describe('DescribeLiveStreamsOnlineList', () => {
  it('sends DomainName, the filters as their wire words, and PageNum/PageSize', async () => {
    const { client, calls } = fakeCloudClient(ok(onlineRecorded));
    const full = { domain: 'play.example.com', app: 'live', stream: 'test', exactMatch: true, streamType: 'source', namesOnly: true, pageNumber: 2, pageSize: 3000 } as const;
    await runAction(client, queryOnlineStreams, full);
    await runAction(client, queryOnlineStreams, { ...full, exactMatch: false, streamType: 'transcoded', namesOnly: false });
    await runAction(client, queryOnlineStreams, { domain: 'play.example.com', app: '', stream: ' ' });
    expect(calls.map((c) => [c.action, c.target])).toEqual(Array.from({ length: 3 }, () => ['DescribeLiveStreamsOnlineList', undefined]));
    expect(calls.map(wire)).toStrictEqual([
      { DomainName: 'play.example.com', AppName: 'live', StreamName: 'test', QueryType: 'strict', StreamType: 'raw', OnlyStream: 'yes', PageNum: '2', PageSize: '3000' },
      { DomainName: 'play.example.com', AppName: 'live', StreamName: 'test', QueryType: 'fuzzy', StreamType: 'trans', OnlyStream: 'no', PageNum: '2', PageSize: '3000' },
      { DomainName: 'play.example.com' },
    ]);
  });

  it('reads the recorded answer', async () => {
    const { client } = fakeCloudClient(ok(onlineRecorded));
    expect(await runAction(client, queryOnlineStreams, { domain: 'play.example.com' })).toEqual({
      total: 1,
      items: [
        {
          domain: 'play.example.com',
          app: 'live',
          stream: 'teststream',
          publishedAt: '2021-08-09T02:37:59.000Z',
          publishUrl: 'rtmp://push.example.com/live/teststream',
          publishDomain: 'push.example.com',
          ingestPoint: 'edge',
          clientIp: '106.11.XX.XX',
          serverIp: '120.221.XX.XX',
          transcoded: false,
          width: 1280,
          height: 720,
          frameRate: 15,
          videoCodecId: 7,
          audioCodecId: 10,
          videoKbps: 600,
          audioKbps: 600,
        },
      ],
    });
  });

  it('reads a names-only answer, leaving the rest unknown, and tolerates extra fields', async () => {
    const answer = { RequestId: 'R', TotalNum: 1, TotalPage: 1, Extra: true, OnlineInfo: { LiveStreamOnlineInfo: [online('s1', { Future: 1, PublishType: 'relay' })] } };
    const { client } = fakeCloudClient(ok(answer));
    const unknown = ['publishUrl', 'publishDomain', 'clientIp', 'serverIp', 'transcoded', 'width', 'height', 'frameRate', 'videoCodecId', 'audioCodecId', 'videoKbps', 'audioKbps'];
    expect((await runAction(client, queryOnlineStreams, { domain: 'play.example.com', namesOnly: true })).items[0]).toEqual({
      ...Object.fromEntries(unknown.map((field) => [field, null])),
      domain: 'play.example.com',
      app: 'live',
      stream: 's1',
      publishedAt: '2021-08-09T02:37:59.000Z',
      ingestPoint: 'other',
    });
  });

  it('reads a domain with zero streams online, the wrapper present or not', async () => {
    for (const answer of [
      { RequestId: 'R', PageNum: 1, PageSize: 2000, TotalNum: 0, TotalPage: 0, OnlineInfo: { LiveStreamOnlineInfo: [] } },
      { RequestId: 'R', TotalNum: 0, TotalPage: 0, OnlineInfo: {} },
      { RequestId: 'R', TotalNum: 0, TotalPage: 0 },
    ]) {
      const { client } = fakeCloudClient(ok(answer));
      expect(await runAction(client, queryOnlineStreams, { domain: 'play.example.com' })).toEqual({ items: [], total: 0 });
    }
  });

  it.each([
    ['a bare OnlineStreams array', { RequestId: 'R', TotalNum: 1, OnlineStreams: [online('s')] }],
    ['TotalCount instead of TotalNum', { RequestId: 'R', TotalCount: 1, OnlineInfo: { LiveStreamOnlineInfo: [online('s')] } }],
    ['Transcoded as a boolean', { RequestId: 'R', TotalNum: 1, OnlineInfo: { LiveStreamOnlineInfo: [online('s', { Transcoded: false })] } }],
    ['a width as text', { RequestId: 'R', TotalNum: 1, OnlineInfo: { LiveStreamOnlineInfo: [online('s', { Width: '1280' })] } }],
    ['no publish time', { RequestId: 'R', TotalNum: 1, OnlineInfo: { LiveStreamOnlineInfo: [online('s', { PublishTime: undefined })] } }],
  ])('refuses an answer with %s as cloud.unexpectedResponse', async (_, answer) => {
    const { client } = fakeCloudClient(ok(answer));
    expect(await errorOf(runAction(client, queryOnlineStreams, { domain: 'play.example.com' }))).toMatchObject({ code: 'cloud.unexpectedResponse' });
  });

  it.each([
    ['no domain', {}, { domain: { code: 'required' } }],
    ['a wildcard app', { domain: 'play.example.com', app: 'li*' }, { app: { code: 'invalid' } }],
    ['a page size over 3000', { domain: 'play.example.com', pageSize: 3001 }, { pageSize: { code: 'outOfRange', params: { min: 1, max: 3000 } } }],
    ['a fractional page number', { domain: 'play.example.com', pageNumber: 1.5 }, { pageNumber: { code: 'invalid' } }],
    ['the wire word for a stream type', { domain: 'play.example.com', streamType: 'raw' }, { streamType: { code: 'invalid' } }],
    ['yes/no text for a boolean', { domain: 'play.example.com', namesOnly: 'yes' }, { namesOnly: { code: 'invalid' } }],
  ])('refuses %s before sending', async (_, input, fields) => {
    const { client, calls } = fakeCloudClient(ok(onlineRecorded));
    expect(await errorOf(runAction(client, queryOnlineStreams, input))).toMatchObject({ code: 'cloud.invalidInput', fields });
    expect(calls).toEqual([]);
  });
});

describe('listOnlineStreams', () => {
  it('walks pages 1..3 at 2000 a page up to TotalNum', async () => {
    const { client, calls } = fakeCloudClient((call) => {
      const page = Number(call.params.PageNum);
      const items = Array.from({ length: page < 3 ? 2000 : 1 }, (_, i) => online(`s${(page - 1) * 2000 + i}`));
      return { status: 200, json: { RequestId: `P${page}`, PageNum: page, PageSize: 2000, TotalNum: 4001, TotalPage: 3, OnlineInfo: { LiveStreamOnlineInfo: items } } };
    });
    const all = await listOnlineStreams(client, { domain: 'play.example.com', app: 'live' });
    expect(all).toHaveLength(4001);
    expect(all.at(-1)?.stream).toBe('s4000');
    expect(calls.map(wire)).toEqual([1, 2, 3].map((n) => ({ DomainName: 'play.example.com', AppName: 'live', PageNum: String(n), PageSize: '2000' })));
  });

  it('makes one call when nothing is live, and stops when cancelled', async () => {
    const { client, calls } = fakeCloudClient(ok({ RequestId: 'R', TotalNum: 0, TotalPage: 0, OnlineInfo: { LiveStreamOnlineInfo: [] } }));
    expect(await listOnlineStreams(client, { domain: 'play.example.com' })).toEqual([]);
    expect(calls).toHaveLength(1);
    const controller = new AbortController();
    controller.abort(new Error('operator cancelled'));
    await expect(listOnlineStreams(client, { domain: 'play.example.com' }, { signal: controller.signal })).rejects.toThrow('operator cancelled');
    expect(calls).toHaveLength(1);
  });
});
