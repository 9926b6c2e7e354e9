import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../../../../electron/cloud/action-catalog';
import { runAction } from '../../../../../../electron/cloud/actions/action-definition';
import { copyCaster, createCaster, deleteCaster, startCaster, stopCaster } from '../../../../../../electron/cloud/actions/aliyun/caster-lifecycle';
import { flattenRpcParams } from '../../../../../../electron/cloud/aliyun/rpc-params';
import type { CloudClient } from '../../../../../../electron/cloud/cloud-client';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';
import { recordedCopy, recordedCreate, recordedStart } from './caster-shapes';

const studioId = 'a2b8e671-2fe5-4642-a2ec-bf93880e1234';
const token = '53200b81-b761-4c10-842a-a0726d97ABCD';
const ok = (json: unknown) => () => ({ status: 200, json });
const refusal = (status: number, Code: string) => () => ({ status, json: { RequestId: `R-${Code}`, HostId: 'live.aliyuncs.com', Code, Message: '%s' } });
const wire = (params: Readonly<Record<string, unknown>> | undefined) => flattenRpcParams((params ?? {}) as Parameters<typeof flattenRpcParams>[0]);

describe('CopyCaster', () => {
  it('sends the documented parameters with the ClientToken unchanged, so the transport may retry it', async () => {
    const { client, calls } = fakeCloudClient(ok(recordedCopy));
    const copied = await runAction(client, copyCaster, { sourceStudioId: ` ${studioId} `, name: ' Final copy ', clientToken: token, regionId: 'cn-shanghai' });
    expect(copied).toEqual({ studioId: '1909f043-e3d3-49e9-82d6-4329ec4a****' });
    expect(calls[0]?.action).toBe('CopyCaster');
    expect(wire(calls[0]?.params)).toEqual({ CasterName: 'Final copy', SrcCasterId: studioId, ClientToken: token, RegionId: 'cn-shanghai' });
    expect(calls[0]?.target).toBe(studioId);
    expect(actionSpec('aliyun', 'CopyCaster')).toMatchObject({ kind: 'idempotent', tokenParam: 'ClientToken' });
  });

  it('refuses a token that is too long, not ASCII or missing, and a missing source, before sending', async () => {
    const { client, calls } = fakeCloudClient(ok(recordedCopy));
    const copy = (changes: Record<string, unknown>) => errorOf(runAction(client, copyCaster, { sourceStudioId: studioId, name: 'copy', clientToken: token, ...changes }));
    expect(await copy({ clientToken: 'x'.repeat(64) })).toBeNull();
    for (const clientToken of ['x'.repeat(65), '令牌-1', 'has space']) {
      expect((await copy({ clientToken }))?.fields).toEqual({ clientToken: { code: 'invalidClientToken', params: {} } });
    }
    expect((await copy({ clientToken: '' }))?.fields).toEqual({ clientToken: { code: 'required', params: {} } });
    expect((await copy({ sourceStudioId: undefined }))?.fields).toEqual({ sourceStudioId: { code: 'required', params: {} } });
    expect((await copy({ sourceStudioId: '  ' }))?.fields).toEqual({ sourceStudioId: { code: 'required', params: {} } });
    expect((await copy({ name: '' }))?.fields).toEqual({ name: { code: 'required', params: {} } });
    expect((await copy({ extra: 1 }))?.code).toBe('cloud.invalidInput');
    expect(calls).toHaveLength(1);
  });

  it('raises the documented errors as the operator reads them', async () => {
    const cases: [number, string, string][] = [
      [400, 'InvalidClientToken.Malformed', 'clientToken.malformed'],
      [401, 'CasterNumberExceed', 'studio.quotaExceeded'],
      [400, 'CasterNumberExceed', 'studio.quotaExceeded'],
      [404, 'InvalidCaster.NotFound', 'studio.notFound'],
      [400, 'InvalidCasterId.Malformed', 'studio.invalidId'],
      [401, 'IllegalOperation', 'cloud.operationNotAllowed'],
    ];
    for (const [status, providerCode, code] of cases) {
      const { client } = fakeCloudClient(refusal(status, providerCode));
      expect(await errorOf(runAction(client, copyCaster, { sourceStudioId: studioId, name: 'copy', clientToken: token }))).toMatchObject({
        code,
        provider: 'aliyun',
        action: 'CopyCaster',
        requestId: `R-${providerCode}`,
      });
    }
  });

  it('refuses an answer without the new studio id', async () => {
    const { client } = fakeCloudClient(ok({ RequestId: 'R5' }));
    expect(await errorOf(runAction(client, copyCaster, { sourceStudioId: studioId, name: 'copy', clientToken: token }))).toMatchObject({ code: 'cloud.unexpectedResponse' });
  });
});

describe('CreateCaster', () => {
  it('creates a pay-as-you-go normal or playlist studio with the token unchanged', async () => {
    const { client, calls } = fakeCloudClient(ok(recordedCreate));
    const created = await runAction(client, createCaster, {
      type: 'playlist',
      name: 'Loop',
      resourceGroupId: 'rg-1',
      tags: [{ key: 'show', value: 'final' }],
      clientToken: token,
      regionId: 'cn-beijing',
    });
    expect(created).toEqual({ studioId: 'a2b8e671-2fe5-4642-a2ec-bf93880e****' });
    await runAction(client, createCaster, { type: 'normal', clientToken: token });
    expect(calls.map((c) => wire(c.params))).toEqual([
      { ClientToken: token, ChargeType: 'PostPaid', NormType: '6', CasterName: 'Loop', ResourceGroupId: 'rg-1', 'Tag.1.Key': 'show', 'Tag.1.Value': 'final', RegionId: 'cn-beijing' },
      { ClientToken: token, ChargeType: 'PostPaid', NormType: '1' },
    ]);
    expect(calls[0]?.params).toMatchObject({ NormType: 6 });
    expect(calls.map((c) => c.target)).toEqual(['Loop', token]);
    expect(actionSpec('aliyun', 'CreateCaster')).toMatchObject({ kind: 'idempotent', tokenParam: 'ClientToken' });
  });

  it('refuses kinds CreateCaster does not take, and a bad token, before sending', async () => {
    const { client, calls } = fakeCloudClient(ok(recordedCreate));
    for (const type of ['virtual', 'lightCarousel', 3, undefined]) {
      expect((await errorOf(runAction(client, createCaster, { type, clientToken: token })))?.fields).toHaveProperty('type');
    }
    expect((await errorOf(runAction(client, createCaster, { type: 'normal', clientToken: 'é' })))?.fields).toEqual({ clientToken: { code: 'invalidClientToken', params: {} } });
    expect((await errorOf(runAction(client, createCaster, { type: 'normal', clientToken: token, tags: [{ key: ' ', value: 'v' }] })))?.fields).toMatchObject({ 'tags.0.key': { code: 'required' } });
    expect(calls).toEqual([]);
  });

  it('raises the quota and token errors', async () => {
    for (const [providerCode, code] of [['CasterNumberExceed', 'studio.quotaExceeded'], ['InvalidClientToken.Malformed', 'clientToken.malformed']]) {
      const { client } = fakeCloudClient(refusal(400, providerCode ?? ''));
      expect(await errorOf(runAction(client, createCaster, { type: 'normal', clientToken: token }))).toMatchObject({ code });
    }
  });
});

describe('DeleteCaster, StartCaster, StopCaster', () => {
  it('send CasterId (and RegionId) and name the studio for the journal', async () => {
    const { client, calls } = fakeCloudClient((call) => ({ status: 200, json: call.action === 'StartCaster' ? recordedStart : { RequestId: 'R1', CasterId: studioId } }));
    await expect(runAction(client, deleteCaster, { studioId, regionId: 'cn-shanghai' })).resolves.toEqual({ requestId: 'R1' });
    await runAction(client, startCaster, { studioId });
    await expect(runAction(client, stopCaster, { studioId })).resolves.toEqual({ requestId: 'R1' });
    expect(calls.map((c) => [c.action, wire(c.params), c.target])).toEqual([
      ['DeleteCaster', { CasterId: studioId, RegionId: 'cn-shanghai' }, studioId],
      ['StartCaster', { CasterId: studioId }, studioId],
      ['StopCaster', { CasterId: studioId }, studioId],
    ]);
  });

  it('reads the started program and preview scenes from the wrapped lists', async () => {
    const { client } = fakeCloudClient(ok(recordedStart));
    await expect(runAction(client, startCaster, { studioId })).resolves.toEqual({
      program: [
        {
          sceneId: 'b5f8c837-ceeb-424f-b30b-68e94e86****',
          streamUrl: 'rtmp://play.example.com/caster/pgm',
          outputs: [{ url: 'rtmp://play.example.com/caster/pgm_lld', transcode: 'lld', format: 'flv' }],
        },
      ],
      preview: [{ sceneId: 'c6e9d948-dffc-535f-c41c-79f05f97****', streamUrl: 'rtmp://play.example.com/caster/pvw', outputs: [] }],
    });
    const { client: bare } = fakeCloudClient(ok({ RequestId: 'R2' }));
    await expect(runAction(bare, startCaster, { studioId })).resolves.toEqual({ program: [], preview: [] });
  });

  it('raise the documented errors', async () => {
    const cases: [string, number, string, string][] = [
      ['DeleteCaster', 400, 'IncorrectCasterStatus.Inuse', 'studio.running'],
      ['DeleteCaster', 404, 'InvalidCaster.NotFound', 'studio.notFound'],
      ['DeleteCaster', 400, 'InvaildCaster.Delete', 'studio.prepaidNotDeletable'],
      ['StartCaster', 400, 'InvalidDomainName.NotFound', 'studio.noOutputDomain'],
      ['StartCaster', 404, 'InvalidCaster.NotFound', 'studio.notFound'],
      ['StopCaster', 404, 'InvalidCaster.NotFound', 'studio.notFound'],
      ['StopCaster', 400, 'IncorrectSceneStatus', 'studio.sceneBusy'],
    ];
    const send: Record<string, (client: CloudClient) => Promise<unknown>> = {
      DeleteCaster: (client) => runAction(client, deleteCaster, { studioId }),
      StartCaster: (client) => runAction(client, startCaster, { studioId }),
      StopCaster: (client) => runAction(client, stopCaster, { studioId }),
    };
    for (const [action, status, providerCode, code] of cases) {
      const { client } = fakeCloudClient(refusal(status, providerCode));
      expect(await errorOf(send[action]?.(client) ?? Promise.reject(new Error(action)))).toMatchObject({ code, action });
    }
  });

  it('refuse a missing or malformed studio id before sending', async () => {
    const { client, calls } = fakeCloudClient(ok({ RequestId: 'R' }));
    expect((await errorOf(runAction(client, stopCaster, {})))?.fields).toEqual({ studioId: { code: 'required', params: {} } });
    expect((await errorOf(runAction(client, deleteCaster, { studioId: 'a/b' })))?.fields).toEqual({ studioId: { code: 'invalid', params: {} } });
    expect(calls).toEqual([]);
  });
});
