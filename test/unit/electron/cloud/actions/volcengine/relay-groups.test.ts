import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../../../../electron/cloud/action-catalog';
import { runAction } from '../../../../../../electron/cloud/actions/action-definition';
import {
  createRelayGroup,
  deleteRelayGroup,
  listAllRelayGroups,
  listRelayGroupsPage,
  updateRelayGroup,
} from '../../../../../../electron/cloud/actions/volcengine/relay-groups';
import { buildRequest } from '../../../../../../electron/cloud/build-request';
import type { ProfileRecord } from '../../../../../../electron/credentials/profile-record';
import { RelayGroup } from '../../../../../../shared/domain/relays';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';
import { volcError, volcOk } from './volcengine-answers';

const groupItem = (name: string, extra: object = {}) => ({ Name: name, ProjectName: 'default', Status: 0, Tags: [], ...extra });

describe('relay group actions — methods', () => {
  it('are all POST actions the catalogue knows (volcengine-live.md §0)', () => {
    for (const definition of [createRelayGroup, listRelayGroupsPage, updateRelayGroup, deleteRelayGroup]) {
      expect(actionSpec('volcengine', definition.action)).toMatchObject({ method: 'POST', known: true });
    }
  });
});

describe('CreatePullToPushGroup', () => {
  it('sends the documented body, user tags marked Custom, and names the group for the journal', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('CreatePullToPushGroup'));
    await expect(
      runAction(client, createRelayGroup, { name: 'RelayGroup001', project: 'default', tags: [{ key: 'key001', value: 'Valauedes' }] }),
    ).resolves.toEqual({ requestId: '20230604110420****100232280022D31' });
    expect(calls[0]?.params).toStrictEqual({ Name: 'RelayGroup001', ProjectName: 'default', Tags: [{ Key: 'key001', Value: 'Valauedes', Category: 'Custom' }] });
    expect(calls[0]?.target).toBe('RelayGroup001');
  });

  it('omits Tags when there are none, and never sends a System tag', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('CreatePullToPushGroup'));
    await runAction(client, createRelayGroup, { name: '直播组1', project: 'default' });
    await runAction(client, createRelayGroup, { name: '直播组2', project: 'default', tags: [{ key: 'sys', value: 'x', category: 'System' }] });
    expect(calls.map((call) => call.params)).toStrictEqual([
      { Name: '直播组1', ProjectName: 'default' },
      { Name: '直播组2', ProjectName: 'default' },
    ]);
  });

  it('goes on the wire as a signed JSON body: vector B2 of volcengine-live.md §3.4', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('CreatePullToPushGroup'));
    await runAction(client, createRelayGroup, { name: 'RelayGroup001', project: 'default', tags: [{ key: 'key001', value: 'v1' }] });
    const profile: ProfileRecord = {
      id: 'show',
      name: 'Show',
      provider: 'volcengine',
      accessKeyId: 'AKTEST',
      region: 'cn-north-1',
      signatureVersion: 'v3',
      endpoint: null,
      notes: '',
      hasSecurityToken: false,
      securityTokenExpiresAt: null,
      createdAt: '',
      updatedAt: '',
    };
    const request = buildRequest('volcengine', {
      action: 'CreatePullToPushGroup',
      method: actionSpec('volcengine', 'CreatePullToPushGroup').method,
      params: calls[0]?.params ?? {},
      profile,
      credentials: { accessKeyId: 'AKTEST', accessKeySecret: 'WkRZeE1EQmxPVGhsWWpWak5HVmtNbUUxTXpZeU9UVXlOMlE1TmpZeVlqTQ==' },
      endpoint: { protocol: 'https:', host: 'live.volcengineapi.com' },
      date: new Date('2024-06-19T07:13:06Z'),
      nonce: 'unused',
    });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://live.volcengineapi.com/?Action=CreatePullToPushGroup&Version=2023-01-01');
    expect(request.body).toBe('{"Name":"RelayGroup001","ProjectName":"default","Tags":[{"Key":"key001","Value":"v1","Category":"Custom"}]}');
    expect(request.headers.Authorization).toBe(
      'HMAC-SHA256 Credential=AKTEST/20240619/cn-north-1/live/request, SignedHeaders=host;x-content-sha256;x-date, Signature=8d23a652feab5e5bc49f0631778b9fd9e17ae8f901edf7ffa71b1be50d71bf97',
    );
  });

  it('reads RequestLimitExceeded.Exist (HTTP 429) as "the group exists", never as throttling', async () => {
    const { client } = fakeCloudClient(() =>
      volcError(429, 'CreatePullToPushGroup', 'RequestLimitExceeded.Exist', 'the resource requested to be created already exists, please rename it'),
    );
    const error = await errorOf(runAction(client, createRelayGroup, { name: 'RelayGroup001', project: 'default' }));
    expect(error).toMatchObject({ code: 'relay.groupExists', retryable: false, requestId: '202010201722300102****' });
    expect(error?.params).toMatchObject({ providerCode: 'RequestLimitExceeded.Exist', httpStatus: 429 });
  });

  it('reads CommonErr on HTTP 200 as a failure, not a success', async () => {
    const { client } = fakeCloudClient(() => volcError(200, 'CreatePullToPushGroup', 'CommonErr'));
    expect(await errorOf(runAction(client, createRelayGroup, { name: 'RelayGroup001', project: 'default' }))).toMatchObject({
      code: 'cloud.serverError',
      retryable: true,
      params: { providerCode: 'CommonErr', httpStatus: 200 },
    });
  });

  it('refuses a bad name before sending, with the rule the form shows', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('CreatePullToPushGroup'));
    const refusals = [
      ['a'.repeat(21), { code: 'tooLong', params: { max: 20 } }],
      ['Relay 1', { code: 'relayNameCharacters', params: { chars: '“ ”' } }],
      ['Relay🎬', { code: 'relayNameCharacters', params: { chars: '“🎬”' } }],
    ] as const;
    for (const [name, refusal] of refusals) {
      expect(await errorOf(runAction(client, createRelayGroup, { name, project: 'default' }))).toMatchObject({ code: 'cloud.invalidInput', fields: { name: refusal } });
    }
    expect(await errorOf(runAction(client, createRelayGroup, { name: 'ok', project: '', tags: [{ key: '', value: 'v' }] }))).toMatchObject({
      fields: { project: { code: 'required' }, 'tags.0.key': { code: 'required' } },
    });
    expect(await errorOf(runAction(client, createRelayGroup, { project: 'default' }))).toMatchObject({ fields: { name: { code: 'required' } } });
    expect(await errorOf(runAction(client, createRelayGroup, { name: 7, project: 'default' }))).toMatchObject({ fields: { name: { code: 'invalid' } } });
    expect(calls).toEqual([]);
  });
});

describe('ListPullToPushGroup', () => {
  it('sends PageNum/PageSize, StatusList only for deleted groups, and reads groups and tags', async () => {
    const { client, calls } = fakeCloudClient(() =>
      volcOk('ListPullToPushGroup', {
        List: [
          groupItem('RelayGroup001', {
            Tags: [
              { Key: 'key001', Value: 'v1', Category: 'Custom' },
              { Key: 'volc:project', Value: 'default', Category: 'System' },
              { Key: 'legacy', Value: 'x' },
            ],
          }),
          groupItem('旧群组', { Status: 1, Tags: null, Extra: 'tolerated' }),
        ],
        Total: 2,
      }),
    );
    const page = await runAction(client, listRelayGroupsPage, { pageNumber: 1, pageSize: 50, includeDeleted: true });
    expect(page).toEqual({
      total: 2,
      items: [
        {
          name: 'RelayGroup001',
          project: 'default',
          deleted: false,
          tags: [
            { key: 'key001', value: 'v1', category: 'Custom' },
            { key: 'volc:project', value: 'default', category: 'System' },
            { key: 'legacy', value: 'x', category: 'Custom' },
          ],
        },
        { name: '旧群组', project: 'default', deleted: true, tags: [] },
      ],
    });
    expect(RelayGroup.array().safeParse(page.items).success).toBe(true);
    await runAction(client, listRelayGroupsPage, { pageNumber: 2, pageSize: 10 });
    expect(calls.map((call) => call.params)).toStrictEqual([
      { PageNum: 1, PageSize: 50, StatusList: [0, 1] },
      { PageNum: 2, PageSize: 10 },
    ]);
  });

  it('reads an empty page, with List null or missing', async () => {
    const { client } = fakeCloudClient((_call, index) => volcOk('ListPullToPushGroup', index === 0 ? { List: [], Total: 0 } : { List: null }));
    expect(await runAction(client, listRelayGroupsPage, { pageNumber: 1, pageSize: 10 })).toEqual({ items: [], total: 0 });
    expect(await runAction(client, listRelayGroupsPage, { pageNumber: 1, pageSize: 10 })).toEqual({ items: [], total: null });
  });

  it('refuses page numbers outside 1–1000 and an answer without Result', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('ListPullToPushGroup'));
    expect(await errorOf(runAction(client, listRelayGroupsPage, { pageNumber: 0, pageSize: 1001 }))).toMatchObject({
      fields: { pageNumber: { code: 'outOfRange', params: { min: 1, max: 1000 } }, pageSize: { code: 'outOfRange', params: { min: 1, max: 1000 } } },
    });
    expect(calls).toEqual([]);
    expect(await errorOf(runAction(client, listRelayGroupsPage, { pageNumber: 1, pageSize: 10 }))).toMatchObject({ code: 'cloud.unexpectedResponse' });
  });

  it('walks every page up to Total, as the given profile', async () => {
    const all = Array.from({ length: 5 }, (_, i) => groupItem(`G${i}`));
    const { client, calls } = fakeCloudClient((call) => {
      const page = Number(call.params.PageNum);
      return volcOk('ListPullToPushGroup', { List: all.slice((page - 1) * 2, page * 2), Total: all.length });
    });
    const progress: number[] = [];
    const groups = await listAllRelayGroups(client, {}, { pageSize: 2, profileId: 'show', onProgress: (p) => progress.push(p.items) });
    expect(groups.map((group) => group.name)).toEqual(['G0', 'G1', 'G2', 'G3', 'G4']);
    expect(calls.map((call) => [call.params.PageNum, call.profileId])).toEqual([
      [1, 'show'],
      [2, 'show'],
      [3, 'show'],
    ]);
    expect(progress).toEqual([2, 4, 5]);
  });

  it('walks an account without groups in one call', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('ListPullToPushGroup', { List: [], Total: 0 }));
    expect(await listAllRelayGroups(client)).toEqual([]);
    expect(calls).toHaveLength(1);
  });
});

describe('UpdatePullToPushGroup', () => {
  it('sends the operator tags only, as Custom, even when handed the group tags as read', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('UpdatePullToPushGroup'));
    await runAction(client, updateRelayGroup, {
      name: 'RelayGroup001',
      tags: [
        { key: 'show', value: 'final', category: 'Custom' },
        { key: 'volc:project', value: 'default', category: 'System' },
        { key: 'desk', value: '2' },
      ],
    });
    await runAction(client, updateRelayGroup, { name: 'RelayGroup001', tags: [] });
    expect(calls.map((call) => [call.params, call.target])).toStrictEqual([
      [
        {
          Name: 'RelayGroup001',
          Tags: [
            { Key: 'show', Value: 'final', Category: 'Custom' },
            { Key: 'desk', Value: '2', Category: 'Custom' },
          ],
        },
        'RelayGroup001',
      ],
      [{ Name: 'RelayGroup001', Tags: [] }, 'RelayGroup001'],
    ]);
  });

  it('reads ResourceNotFound as relay.notFound', async () => {
    const { client } = fakeCloudClient(() => volcError(404, 'UpdatePullToPushGroup', 'ResourceNotFound'));
    expect(await errorOf(runAction(client, updateRelayGroup, { name: 'Gone', tags: [] }))).toMatchObject({ code: 'relay.notFound', retryable: false });
  });
});

describe('DeletePullToPushGroup', () => {
  it('sends {Name} and reads the metadata-only answer', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('DeletePullToPushGroup', undefined, 'R-del'));
    await expect(runAction(client, deleteRelayGroup, { name: 'Group001' })).resolves.toEqual({ requestId: 'R-del' });
    expect(calls[0]).toMatchObject({ action: 'DeletePullToPushGroup', params: { Name: 'Group001' }, target: 'Group001' });
  });

  it('reads ResourceNotFound as relay.notFound, and refuses an empty name', async () => {
    const { client, calls } = fakeCloudClient(() => volcError(404, 'DeletePullToPushGroup', 'ResourceNotFound'));
    expect(await errorOf(runAction(client, deleteRelayGroup, { name: 'Gone' }))).toMatchObject({ code: 'relay.notFound' });
    expect(await errorOf(runAction(client, deleteRelayGroup, { name: '' }))).toMatchObject({ fields: { name: { code: 'required' } } });
    expect(calls).toHaveLength(1);
  });
});
