import { describe, expect, it } from 'vitest';
import { runAction } from '../../../../../../electron/cloud/actions/action-definition';
import {
  listDualIngestStreams,
  queryDualIngestStreams,
  setAutomaticSwitching,
  switchOnAirUpstream,
  switchReasonOf,
} from '../../../../../../electron/cloud/actions/aliyun/dual-stream';
import { flattenRpcParams } from '../../../../../../electron/cloud/aliyun/rpc-params';
import type { CloudCall } from '../../../../../../electron/cloud/cloud-client';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';

/** The parameters as they go on the wire (empty ones dropped). */
const wire = (call: CloudCall | undefined) => flattenRpcParams(call?.params ?? {});
const ok = (json: unknown) => () => ({ status: 200, json });

// The recorded answer of aliyun-live.md §2.1, verbatim.
const recorded = {
  RequestId: 'CF60DB6A-7FD6-426E-9288-122CC1A5****',
  PageNumber: 1,
  PageSize: 10,
  TotalCount: 1,
  OnlineStreams: [
    {
      Domain: 'play.example.com',
      AppName: 'live',
      StreamName: 'teststream',
      OptimalMode: 'on',
      UpstreamList: [
        { UpstreamSequence: 'teststream_AliRewrite_1', UpstreamIp: '1.1.1.1', UpstreamTime: '2024-11-13T09:20:47Z', MasterFlag: true },
        { UpstreamSequence: 'teststream_AliRewrite_2', UpstreamIp: '2.2.2.2', UpstreamTime: '2024-11-13T09:21:03Z', MasterFlag: false },
      ],
      ChangeLogs: [
        {
          ChangeTime: '2024-11-13T09:25:00Z',
          ChangeReason: 'merge cut manually',
          UpstreamSequence: 'teststream_AliRewrite_2',
          UpstreamIp: '2.2.2.2',
          MasterUpstream: 'rtmp://…/live/…_AliRewrite_2?vhost=…',
        },
      ],
    },
  ],
};

const stream = (name: string, extra: Record<string, unknown> = {}) => ({ ...recorded.OnlineStreams[0], StreamName: name, ...extra });

describe('QueryLiveDomainMultiStreamList', () => {
  it('sends Domain, the filters and PageNumber/PageSize exactly as documented, as a read without target', async () => {
    const { client, calls } = fakeCloudClient(ok(recorded));
    await runAction(client, queryDualIngestStreams, {
      domain: 'play.example.com',
      stream: 'teststream',
      start: '2024-11-13T17:00:00+08:00',
      end: '2024-11-14T09:00:00.250Z',
      pageNumber: 2,
      pageSize: 100,
    });
    await runAction(client, queryDualIngestStreams, { domain: ' play.example.com ', stream: '   ' });
    expect(calls.map((c) => c.action)).toEqual(['QueryLiveDomainMultiStreamList', 'QueryLiveDomainMultiStreamList']);
    expect(wire(calls[0])).toStrictEqual({
      Domain: 'play.example.com',
      StreamName: 'teststream',
      StartTime: '2024-11-13T09:00:00Z',
      EndTime: '2024-11-14T09:00:00Z',
      PageNumber: '2',
      PageSize: '100',
    });
    expect(wire(calls[1])).toStrictEqual({ Domain: 'play.example.com' });
    expect(calls.map((c) => c.target)).toEqual([undefined, undefined]);
  });

  it('reads the recorded answer: tally from MasterFlag, encoder IPs, ingest start, automatic mode, last change', async () => {
    const { client } = fakeCloudClient(ok(recorded));
    expect(await runAction(client, queryDualIngestStreams, { domain: 'play.example.com' })).toEqual({
      total: 1,
      items: [
        {
          domain: 'play.example.com',
          app: 'live',
          stream: 'teststream',
          automatic: true,
          upstreams: [
            { sequence: 'teststream_AliRewrite_1', ip: '1.1.1.1', since: '2024-11-13T09:20:47.000Z', master: true },
            { sequence: 'teststream_AliRewrite_2', ip: '2.2.2.2', since: '2024-11-13T09:21:03.000Z', master: false },
          ],
          changes: [{ at: '2024-11-13T09:25:00.000Z', reason: 'manual', rawReason: 'merge cut manually', sequence: 'teststream_AliRewrite_2', ip: '2.2.2.2' }],
        },
      ],
    });
  });

  it('orders upstreams by ingest start and changes newest first, whatever order the cloud used', async () => {
    const [first, second] = recorded.OnlineStreams[0]?.UpstreamList ?? [];
    const log = (at: string, reason: string) => ({ ChangeTime: at, ChangeReason: reason, UpstreamSequence: 's', UpstreamIp: '3.3.3.3' });
    const answer = {
      ...recorded,
      OnlineStreams: [
        stream('teststream', {
          OptimalMode: 'off',
          UpstreamList: [second, first],
          ChangeLogs: [log('2024-11-13T09:25:00Z', 'master stream no data'), log('2024-11-13T09:40:00Z', 'master stream low quality'), log('2024-11-13T09:30:00Z', 'Master Stream No Data ')],
        }),
      ],
    };
    const { client } = fakeCloudClient(ok(answer));
    const [read] = (await runAction(client, queryDualIngestStreams, { domain: 'play.example.com' })).items;
    expect(read?.automatic).toBe(false);
    expect(read?.upstreams.map((u) => u.sequence)).toEqual(['teststream_AliRewrite_1', 'teststream_AliRewrite_2']);
    expect(read?.changes.map((c) => [c.at, c.reason])).toEqual([
      ['2024-11-13T09:40:00.000Z', 'lowQuality'],
      ['2024-11-13T09:30:00.000Z', 'noData'],
      ['2024-11-13T09:25:00.000Z', 'noData'],
    ]);
  });

  it('reads an empty page (zero streams), with the list present or left out', async () => {
    for (const answer of [{ RequestId: 'R', PageNumber: 1, PageSize: 10, TotalCount: 0, OnlineStreams: [] }, { RequestId: 'R', TotalCount: 0 }]) {
      const { client } = fakeCloudClient(ok(answer));
      expect(await runAction(client, queryDualIngestStreams, { domain: 'play.example.com' })).toEqual({ items: [], total: 0 });
    }
  });

  it('tolerates unknown extra fields at every level and a stream without a history', async () => {
    const answer = {
      ...recorded,
      NewTopLevel: { nested: true },
      OnlineStreams: [
        stream('teststream', {
          Region: 'cn-shanghai',
          UpstreamList: [{ ...recorded.OnlineStreams[0]?.UpstreamList[0], Bitrate: 4000 }],
          ChangeLogs: undefined,
        }),
      ],
    };
    const { client } = fakeCloudClient(ok(answer));
    const [read] = (await runAction(client, queryDualIngestStreams, { domain: 'play.example.com' })).items;
    expect(read?.upstreams).toEqual([{ sequence: 'teststream_AliRewrite_1', ip: '1.1.1.1', since: '2024-11-13T09:20:47.000Z', master: true }]);
    expect(read?.changes).toEqual([]);
  });

  it.each([
    ['a MasterFlag that is not a boolean', { ...recorded, OnlineStreams: [stream('s', { UpstreamList: [{ ...recorded.OnlineStreams[0]?.UpstreamList[0], MasterFlag: 'true' }] })] }],
    ['an undocumented OptimalMode', { ...recorded, OnlineStreams: [stream('s', { OptimalMode: 'auto' })] }],
    ['an ingest time in no documented format', { ...recorded, OnlineStreams: [stream('s', { UpstreamList: [{ ...recorded.OnlineStreams[0]?.UpstreamList[0], UpstreamTime: 'yesterday' }] })] }],
    ['no TotalCount', { RequestId: 'R', OnlineStreams: [] }],
    ['a list left out while streams are reported', { RequestId: 'R', TotalCount: 3 }],
    ['a wrapped list where a bare array is documented', { RequestId: 'R', TotalCount: 1, OnlineStreams: { OnlineStream: [stream('s')] } }],
  ])('refuses an answer with %s as cloud.unexpectedResponse', async (_, answer) => {
    const { client } = fakeCloudClient(ok(answer));
    expect(await errorOf(runAction(client, queryDualIngestStreams, { domain: 'play.example.com' }))).toMatchObject({
      code: 'cloud.unexpectedResponse',
      action: 'QueryLiveDomainMultiStreamList',
      retryable: true,
    });
  });

  it.each([
    ['no domain', {}, { domain: { code: 'required' } }],
    ['a page size of 0', { domain: 'play.example.com', pageSize: 0 }, { pageSize: { code: 'outOfRange', params: { min: 1, max: 100 } } }],
    ['a page size of 101', { domain: 'play.example.com', pageSize: 101 }, { pageSize: { code: 'outOfRange', params: { min: 1, max: 100 } } }],
    ['a page number of 0', { domain: 'play.example.com', pageNumber: 0 }, { pageNumber: { code: 'invalid' } }],
    ['a start without an end', { domain: 'play.example.com', start: '2024-11-13T00:00:00Z' }, { end: { code: 'required' } }],
    ['an end without a start', { domain: 'play.example.com', end: '2024-11-13T00:00:00Z' }, { start: { code: 'required' } }],
    ['an end before the start', { domain: 'play.example.com', start: '2024-11-13T10:00:00Z', end: '2024-11-13T18:00:00+08:00' }, { end: { code: 'endBeforeStart' } }],
    ['an end equal to the start', { domain: 'play.example.com', start: '2024-11-13T10:00:00Z', end: '2024-11-13T10:00:00.400Z' }, { end: { code: 'endBeforeStart' } }],
    ['a window over 7 days', { domain: 'play.example.com', start: '2024-11-01T00:00:00Z', end: '2024-11-08T00:00:01Z' }, { end: { code: 'windowTooLong', params: { days: 7 } } }],
    ['a time without a zone', { domain: 'play.example.com', start: '2024-11-01 00:00:00', end: '2024-11-02T00:00:00Z' }, { start: { code: 'invalidDate' } }],
    ['an unknown field', { domain: 'play.example.com', app: 'live' }, { request: { code: 'invalid' } }],
  ])('refuses %s before sending, naming the field and rule', async (_, input, fields) => {
    const { client, calls } = fakeCloudClient(ok(recorded));
    expect(await errorOf(runAction(client, queryDualIngestStreams, input))).toMatchObject({ code: 'cloud.invalidInput', fields });
    expect(calls).toEqual([]);
  });

  it('accepts a window of exactly 7 days', async () => {
    const { client, calls } = fakeCloudClient(ok(recorded));
    await runAction(client, queryDualIngestStreams, { domain: 'play.example.com', start: '2024-11-01T00:00:00Z', end: '2024-11-08T00:00:00Z' });
    expect(wire(calls[0])).toMatchObject({ StartTime: '2024-11-01T00:00:00Z', EndTime: '2024-11-08T00:00:00Z' });
  });

  it.each([
    ['InvalidParameter', 400, 'cloud.invalidParameter'],
    ['CodeGetPushbackDomainError', 400, 'domain.noIngestMapping'],
    ['InternalError', 500, 'cloud.serverError'],
  ])('raises the documented error for %s', async (code, status, appCode) => {
    const { client } = fakeCloudClient(() => ({ status, json: { RequestId: 'E1', HostId: 'live.aliyuncs.com', Code: code, Message: 'x.' } }));
    expect(await errorOf(runAction(client, queryDualIngestStreams, { domain: 'play.example.com' }))).toMatchObject({ code: appCode, requestId: 'E1' });
  });
});

describe('listDualIngestStreams', () => {
  it('walks pages 1..3 at 100 a page up to TotalCount, as the profile asked, reporting progress', async () => {
    const { client, calls } = fakeCloudClient((call) => {
      const page = Number(call.params.PageNumber);
      const count = page < 3 ? 100 : 50;
      const streams = Array.from({ length: count }, (_, i) => stream(`s${(page - 1) * 100 + i}`));
      return { status: 200, json: { RequestId: `P${page}`, PageNumber: page, PageSize: 100, TotalCount: 250, OnlineStreams: streams } };
    });
    const progress: number[] = [];
    const all = await listDualIngestStreams(client, { domain: 'play.example.com', stream: '' }, { profileId: 'p1', onProgress: (p) => progress.push(p.items) });
    expect(all).toHaveLength(250);
    expect(all.at(-1)?.stream).toBe('s249');
    expect(calls.map(wire)).toEqual([1, 2, 3].map((n) => ({ Domain: 'play.example.com', PageNumber: String(n), PageSize: '100' })));
    expect(calls.every((c) => c.profileId === 'p1')).toBe(true);
    expect(progress).toEqual([100, 200, 250]);
  });

  it('makes one call for a domain with no dual-ingest streams', async () => {
    const { client, calls } = fakeCloudClient(ok({ RequestId: 'R', PageNumber: 1, PageSize: 100, TotalCount: 0, OnlineStreams: [] }));
    expect(await listDualIngestStreams(client, { domain: 'play.example.com' })).toEqual([]);
    expect(calls).toHaveLength(1);
  });
});

describe('switchReasonOf', () => {
  it('maps the three documented reasons and keeps anything else as other', () => {
    expect(['merge cut manually', 'master stream no data', 'master stream low quality', 'api switch', ''].map(switchReasonOf)).toEqual([
      'manual',
      'noData',
      'lowQuality',
      'other',
      'other',
    ]);
  });
});

const target = { domain: 'play.example.com', app: 'live', stream: 'teststream' };

describe('SetLiveDomainMultiStreamMaster', () => {
  it('sends the four documented parameters and names the stream for the journal', async () => {
    const { client, calls } = fakeCloudClient(ok({ RequestId: '16A96B9A-F203-4E*****43-CB92E68F4CD8' }));
    const result = await runAction(client, switchOnAirUpstream, { ...target, sequence: 'teststream_AliRewrite_2' });
    expect(result).toEqual({ requestId: '16A96B9A-F203-4E*****43-CB92E68F4CD8' });
    expect(calls[0]?.action).toBe('SetLiveDomainMultiStreamMaster');
    expect(wire(calls[0])).toStrictEqual({ Domain: 'play.example.com', AppName: 'live', StreamName: 'teststream', UpstreamSequence: 'teststream_AliRewrite_2' });
    expect(calls[0]?.target).toBe('play.example.com/live/teststream');
  });

  it.each(['domain', 'app', 'stream', 'sequence'])('refuses a switch without %s', async (field) => {
    const { client, calls } = fakeCloudClient(ok({ RequestId: 'R' }));
    const input: Record<string, string> = { ...target, sequence: 'teststream_AliRewrite_2', [field]: ' ' };
    expect(await errorOf(runAction(client, switchOnAirUpstream, input))).toMatchObject({ code: 'cloud.invalidInput', fields: { [field]: { code: 'required' } } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['CodeTaskNotExist', 'Task does not exist.', 'stream.noDualIngest', false],
    ['CodeTaskNotStarted', 'Task not started, cannot operate.', 'stream.dualIngestNotStarted', true],
    ['InvalidParameter', 'UpstreamSequence.', 'cloud.invalidParameter', false],
    ['LiveServiceNotFound', 'Your account does not open Live service yet', 'cloud.serviceNotActivated', false],
  ])('raises the documented %s', async (code, message, appCode, retryable) => {
    const { client } = fakeCloudClient(() => ({ status: 400, json: { RequestId: 'E2', Code: code, Message: message } }));
    expect(await errorOf(runAction(client, switchOnAirUpstream, { ...target, sequence: 'x' }))).toMatchObject({
      code: appCode,
      retryable,
      provider: 'aliyun',
      action: 'SetLiveDomainMultiStreamMaster',
      requestId: 'E2',
    });
  });

  it('refuses an acknowledgement without a RequestId', async () => {
    const { client } = fakeCloudClient(ok({ Done: true }));
    expect(await errorOf(runAction(client, switchOnAirUpstream, { ...target, sequence: 'x' }))).toMatchObject({ code: 'cloud.unexpectedResponse' });
  });
});

describe('SetLiveDomainMultiStreamOptimalMode', () => {
  it('sends OptimalMode=on|off from a boolean and names the stream for the journal', async () => {
    const { client, calls } = fakeCloudClient(ok({ RequestId: 'R5', Extra: 1 }));
    expect(await runAction(client, setAutomaticSwitching, { ...target, automatic: true })).toEqual({ requestId: 'R5' });
    await runAction(client, setAutomaticSwitching, { ...target, automatic: false });
    expect(calls.map((c) => [c.action, wire(c), c.target])).toEqual([
      ['SetLiveDomainMultiStreamOptimalMode', { Domain: 'play.example.com', AppName: 'live', StreamName: 'teststream', OptimalMode: 'on' }, 'play.example.com/live/teststream'],
      ['SetLiveDomainMultiStreamOptimalMode', { Domain: 'play.example.com', AppName: 'live', StreamName: 'teststream', OptimalMode: 'off' }, 'play.example.com/live/teststream'],
    ]);
  });

  it('takes a boolean, not the wire word, and requires it', async () => {
    const { client, calls } = fakeCloudClient(ok({ RequestId: 'R' }));
    expect(await errorOf(runAction(client, setAutomaticSwitching, { ...target, automatic: 'on' }))).toMatchObject({ fields: { automatic: { code: 'invalid' } } });
    expect(await errorOf(runAction(client, setAutomaticSwitching, target))).toMatchObject({ fields: { automatic: { code: 'required' } } });
    expect(calls).toEqual([]);
  });

  it('raises CodeTaskNotExist as stream.noDualIngest', async () => {
    const { client } = fakeCloudClient(() => ({ status: 400, json: { RequestId: 'E3', Code: 'CodeTaskNotExist', Message: 'Task does not exist.' } }));
    expect(await errorOf(runAction(client, setAutomaticSwitching, { ...target, automatic: false }))).toMatchObject({ code: 'stream.noDualIngest' });
  });
});
