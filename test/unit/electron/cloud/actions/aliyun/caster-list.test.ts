import { describe, expect, it } from 'vitest';
import { runAction } from '../../../../../../electron/cloud/actions/action-definition';
import { describeCasters, listStudios, maxCasterPageSize } from '../../../../../../electron/cloud/actions/aliyun/caster-list';
import { flattenRpcParams } from '../../../../../../electron/cloud/aliyun/rpc-params';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';
import { castersPage, recordedCaster, recordedCasters } from './caster-shapes';

const answering = (json: unknown) => () => ({ status: 200, json });
const rowWith = (fields: Record<string, unknown>) => ({ RequestId: 'R', Total: 1, CasterList: { Caster: [{ ...recordedCaster, ...fields }] } });

describe('DescribeCasters', () => {
  it('sends PageNum and PageSize only when no filter is given', async () => {
    const { client, calls } = fakeCloudClient(answering(recordedCasters));
    await runAction(client, describeCasters, { pageNumber: 2, pageSize: 50 });
    expect(calls[0]?.action).toBe('DescribeCasters');
    expect(flattenRpcParams(calls[0]?.params ?? {})).toEqual({ PageNum: '2', PageSize: '50' });
  });

  it('sends every filter under its documented name and wire form', async () => {
    const { client, calls } = fakeCloudClient(answering(recordedCasters));
    await runAction(client, describeCasters, {
      studioId: 'a2b8e671-2fe5-4642-a2ec-bf93880e1234',
      name: 'show',
      status: 'running',
      type: 'playlist',
      chargeType: 'postPaid',
      from: '2026-03-01T08:00:00+08:00',
      to: '2026-03-02T00:00:00.250Z',
      orderByModifiedAscending: true,
      resourceGroupId: 'rg-1',
      tags: [{ key: 'show', value: 'final' }],
      regionId: 'cn-shanghai',
      pageNumber: 1,
      pageSize: 100,
    });
    expect(flattenRpcParams(calls[0]?.params ?? {})).toEqual({
      CasterId: 'a2b8e671-2fe5-4642-a2ec-bf93880e1234',
      CasterName: 'show',
      Status: '1',
      NormType: '6',
      ChargeType: '1',
      StartTime: '2026-03-01T00:00:00Z',
      EndTime: '2026-03-02T00:00:00Z',
      OrderByModifyAsc: 'true',
      ResourceGroupId: 'rg-1',
      'Tag.1.Key': 'show',
      'Tag.1.Value': 'final',
      RegionId: 'cn-shanghai',
      PageNum: '1',
      PageSize: '100',
    });
  });

  it('maps idle, prepaid and each studio kind to their codes', async () => {
    const { client, calls } = fakeCloudClient(answering(recordedCasters));
    for (const [type, code] of [['normal', '1'], ['lightCarousel', '3'], ['virtual', '4']] as const) {
      await runAction(client, describeCasters, { status: 'idle', chargeType: 'prePaid', type, pageNumber: 1, pageSize: 1 });
      expect(calls.at(-1)?.params).toMatchObject({ Status: 0, ChargeType: 0, NormType: code });
    }
  });

  it('reads the recorded answer into a studio with words and ISO UTC times', async () => {
    const { client } = fakeCloudClient(answering({ ...recordedCasters, Unexpected: 'tolerated' }));
    const page = await runAction(client, describeCasters, { pageNumber: 1, pageSize: 100 });
    expect(page).toEqual({
      total: 1,
      items: [
        {
          id: 'LIVEPRODUCER_POST-cn-0pp1czt****',
          name: 'liveCaster****',
          status: 'running',
          type: 'normal',
          chargeType: 'postPaid',
          template: 'lp_ld',
          channelsEnabled: true,
          clientToken: '53200b81-b761-4c10-842a-a0726d97****',
          // Un-zoned times are China Standard Time (UTC+8); LastModified carries its own Z.
          createdAt: '2017-08-30T04:02:57.000Z',
          modifiedAt: '2021-12-01T05:08:45.000Z',
          purchasedAt: '2017-08-30T04:02:57.000Z',
          expiresAt: '2018-08-30T04:02:57.000Z',
          startedAt: '2017-08-30T10:02:57.000Z',
          durationSeconds: 3753,
          resourceGroupId: 'rg-aekzw******',
          tags: [{ key: 'TestKey', value: 'TestValue' }],
        },
      ],
    });
  });

  it('normalises the other time forms, and leaves unreadable or impossible times null', async () => {
    const { client } = fakeCloudClient((call, index) => ({
      status: 200,
      json: [
        rowWith({ CreateTime: '2017-08-30T12:02:57+08:00', LastModified: '2021-12-01 05:08:45', StartTime: undefined, Duration: '' }),
        rowWith({ CreateTime: '2017-02-30 12:00:00.0', LastModified: 'yesterday', ExpireTime: '2017-08-30 24:00:00', PurchaseTime: '2017-08-30T01:02:03.123456-01:30' }),
      ][index],
    }));
    const [first] = (await runAction(client, describeCasters, { pageNumber: 1, pageSize: 1 })).items;
    expect(first).toMatchObject({ createdAt: '2017-08-30T04:02:57.000Z', modifiedAt: '2021-11-30T21:08:45.000Z', startedAt: null, durationSeconds: null });
    const [second] = (await runAction(client, describeCasters, { pageNumber: 1, pageSize: 1 })).items;
    expect(second).toMatchObject({ createdAt: null, modifiedAt: null, expiresAt: null, purchasedAt: '2017-08-30T02:32:03.123Z' });
  });

  it('shows undocumented codes as unknown or other, never as a guess', async () => {
    const { client } = fakeCloudClient(answering(rowWith({ Status: 7, NormType: 9, ChargeType: 'Spot', ChannelEnable: 0, ResourceGroupId: 42, Tags: undefined })));
    const [studio] = (await runAction(client, describeCasters, { pageNumber: 1, pageSize: 1 })).items;
    expect(studio).toMatchObject({ status: 'unknown', type: 'other', chargeType: 'other', channelsEnabled: false, resourceGroupId: '42', tags: [] });
    const { client: zero } = fakeCloudClient(answering(rowWith({ NormType: 0, Status: 0, ChargeType: 'PrePaid' })));
    expect((await runAction(zero, describeCasters, { pageNumber: 1, pageSize: 1 })).items[0]).toMatchObject({ type: 'playlist', status: 'idle', chargeType: 'prePaid' });
  });

  it('reads an empty page, with or without the wrapper', async () => {
    for (const json of [{ RequestId: 'R', Total: 0, CasterList: { Caster: [] } }, { RequestId: 'R', Total: 0, CasterList: {} }, { RequestId: 'R', Total: 0 }]) {
      const { client } = fakeCloudClient(answering(json));
      await expect(runAction(client, describeCasters, { pageNumber: 1, pageSize: 100 })).resolves.toEqual({ items: [], total: 0 });
    }
  });

  it('refuses a list that is not wrapped as documented', async () => {
    const { client } = fakeCloudClient(answering({ RequestId: 'R9', Total: 1, CasterList: [recordedCaster] }));
    expect(await errorOf(runAction(client, describeCasters, { pageNumber: 1, pageSize: 100 }))).toMatchObject({ code: 'cloud.unexpectedResponse', requestId: 'R9' });
  });

  it('refuses bad paging and filters before sending, naming the field', async () => {
    const { client, calls } = fakeCloudClient(answering(recordedCasters));
    const refused = (request: Record<string, unknown>) => errorOf(runAction(client, describeCasters, { pageNumber: 1, pageSize: 10, ...request }));
    expect((await refused({ pageSize: maxCasterPageSize + 1 }))?.fields).toEqual({ pageSize: { code: 'outOfRange', params: { max: 100 } } });
    expect((await refused({ pageSize: 0 }))?.fields).toEqual({ pageSize: { code: 'outOfRange', params: { min: 1 } } });
    expect((await refused({ pageNumber: 0 }))?.fields).toEqual({ pageNumber: { code: 'outOfRange', params: { min: 1 } } });
    expect((await refused({ pageNumber: 1.5 }))?.fields).toMatchObject({ pageNumber: { code: 'invalid' } });
    expect((await refused({ from: '2026-03-01 08:00:00' }))?.fields).toMatchObject({ from: { code: 'invalidDate' } });
    expect((await refused({ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }))?.fields).toMatchObject({ to: { code: 'endBeforeStart' } });
    expect((await refused({ type: 'other' }))?.fields).toMatchObject({ type: { code: 'invalid' } });
    expect((await refused({ regionId: 'Shanghai' }))?.fields).toMatchObject({ regionId: { code: 'invalidRegion' } });
    expect((await refused({ studioId: 'not an id' }))?.fields).toMatchObject({ studioId: { code: 'invalid' } });
    expect(calls).toEqual([]);
  });
});

describe('listStudios', () => {
  it('walks every page up to Total, asking for the documented page size', async () => {
    const ids = Array.from({ length: 230 }, (_, i) => `caster-${i}`);
    const { client, calls } = fakeCloudClient((call) => {
      const page = Number(call.params.PageNum);
      return { status: 200, json: castersPage(ids.slice((page - 1) * 100, page * 100), ids.length) };
    });
    const progress: number[] = [];
    const studios = await listStudios(client, { regionId: 'cn-beijing' }, { onProgress: (p) => progress.push(p.items) });
    expect(studios.map((s) => s.id)).toEqual(ids);
    expect(calls.map((c) => [c.params.PageNum, c.params.PageSize, c.params.RegionId])).toEqual([
      [1, 100, 'cn-beijing'],
      [2, 100, 'cn-beijing'],
      [3, 100, 'cn-beijing'],
    ]);
    expect(progress).toEqual([100, 200, 230]);
  });

  it('stops after one call on an empty account, and at a short page when Total is missing', async () => {
    const empty = fakeCloudClient(answering({ RequestId: 'R', Total: 0, CasterList: { Caster: [] } }));
    expect(await listStudios(empty.client)).toEqual([]);
    expect(empty.calls).toHaveLength(1);
    const untotalled: Record<string, unknown> = castersPage(['only'], 1);
    delete untotalled.Total;
    const short = fakeCloudClient(answering(untotalled));
    expect((await listStudios(short.client)).map((s) => s.id)).toEqual(['only']);
    expect(short.calls).toHaveLength(1);
  });

  it('calls as the given profile on every page', async () => {
    const { client, calls } = fakeCloudClient((call) => ({ status: 200, json: castersPage(call.params.PageNum === 1 ? ['a'] : ['b'], 2) }));
    await listStudios(client, {}, { profileId: 'show-account' });
    expect(calls.map((c) => c.profileId)).toEqual(['show-account', 'show-account']);
  });

  it('refuses a bad filter before sending anything', async () => {
    const { client, calls } = fakeCloudClient(answering(recordedCasters));
    expect(await errorOf(listStudios(client, { status: 'busy' } as never))).toMatchObject({ code: 'cloud.invalidInput', fields: { status: { code: 'invalid' } } });
    expect(calls).toEqual([]);
  });
});
