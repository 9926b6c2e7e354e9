import { describe, expect, it } from 'vitest';
import { runAction } from '../../../../../../electron/cloud/actions/action-definition';
import { describeCasterConfig, setCasterConfig } from '../../../../../../electron/cloud/actions/aliyun/caster-config';
import { flattenRpcParams } from '../../../../../../electron/cloud/aliyun/rpc-params';
import type { StudioConfig } from '../../../../../../shared/domain/studios';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';
import { recordedConfig } from './caster-shapes';

const studioId = 'LIVEPRODUCER_POST-cn-0pp1czt1234';
const wire = (params: Readonly<Record<string, unknown>> | undefined) => flattenRpcParams((params ?? {}) as Parameters<typeof flattenRpcParams>[0]);

/** A fake cloud that answers DescribeCasterConfig with `config` and acknowledges SetCasterConfig. */
function studioCloud(config: Record<string, unknown>) {
  return fakeCloudClient((call) => ({ status: 200, json: call.action === 'DescribeCasterConfig' ? config : { RequestId: 'R-set', CasterId: studioId } }));
}

async function readConfig(config: Record<string, unknown>): Promise<StudioConfig> {
  const { client } = studioCloud(config);
  return runAction(client, describeCasterConfig, { studioId });
}

describe('DescribeCasterConfig', () => {
  it('sends CasterId (and RegionId) and reads every field of the recorded answer', async () => {
    const { client, calls } = studioCloud(recordedConfig);
    const config = await runAction(client, describeCasterConfig, { studioId, regionId: 'cn-shanghai' });
    expect(wire(calls[0]?.params)).toEqual({ CasterId: studioId, RegionId: 'cn-shanghai' });
    expect(config).toEqual({
      studioId,
      name: 'liveCaster1234',
      domainName: 'example.com',
      transcode: recordedConfig.TranscodeConfig,
      record: recordedConfig.RecordConfig,
      syncGroups: recordedConfig.SyncGroupsConfig,
      delaySeconds: 12.5,
      channelsEnabled: true,
      carouselEnabled: false,
      programName: 'program_name',
      urgentMaterialId: '98646538-bcf9-4aef-bd4a-e6bba2d91234',
      urgentImageId: 'a089175eb5f4427684fc0715159a1234',
      urgentImageUrl: 'http://learn.aliyundoc.com/AppName/image.jpg',
      urgentLiveStreamUrl: 'rtmp://demo.aliyundoc.com/app/standby',
      autoSwitchUrgent: true,
      autoSwitchUrgentConfig: '{"eofThres":3}',
      sideOutputUrl: 'rtmp://push.example.com/live/side',
      sideOutputUrlList: '"rtmp://d/a/s1","rtmp://d/a/s2"',
      callbackUrl: 'http://learn.aliyundoc.com/callBackLive',
    });
  });

  it('reads a bare studio as every field unset', async () => {
    const config = await readConfig({ RequestId: 'R', CasterId: studioId, RecordConfig: {}, TranscodeConfig: '', AutoSwitchUrgentOn: 'false' });
    expect(Object.entries(config).filter(([key, value]) => key !== 'studioId' && key !== 'autoSwitchUrgent' && value !== null)).toEqual([]);
    expect(config.autoSwitchUrgent).toBe(false);
  });

  it('refuses an answer whose flags are not the documented 0/1', async () => {
    const { client } = studioCloud({ ...recordedConfig, ChannelEnable: 2 });
    expect(await errorOf(runAction(client, describeCasterConfig, { studioId }))).toMatchObject({ code: 'cloud.unexpectedResponse' });
  });

  it('raises studio.notFound for a studio that is gone', async () => {
    const { client } = fakeCloudClient(() => ({ status: 404, json: { RequestId: 'R404', Code: 'InvalidCaster.NotFound', Message: '%s' } }));
    expect(await errorOf(runAction(client, describeCasterConfig, { studioId }))).toMatchObject({ code: 'studio.notFound', requestId: 'R404' });
  });
});

describe('SetCasterConfig', () => {
  it('round-trips DescribeCasterConfig → SetCasterConfig without losing a field', async () => {
    const { client, calls } = studioCloud(recordedConfig);
    const config = await runAction(client, describeCasterConfig, { studioId });
    await expect(runAction(client, setCasterConfig, { ...config, regionId: 'cn-shanghai' })).resolves.toEqual({ requestId: 'R-set' });
    const described: Record<string, unknown> = { ...recordedConfig };
    delete described.RequestId;
    const expected = Object.fromEntries(
      Object.entries(described).map(([name, value]) => [name, typeof value === 'object' ? JSON.stringify(value) : String(value)]),
    );
    expect(calls[1]?.action).toBe('SetCasterConfig');
    expect(wire(calls[1]?.params)).toEqual({ ...expected, CasterId: studioId, RegionId: 'cn-shanghai' });
    expect(calls[1]?.target).toBe(studioId);
  });

  it('sends every field of the config it is given, each under its wire name', async () => {
    const config = await readConfig(recordedConfig);
    const { client, calls } = studioCloud(recordedConfig);
    await runAction(client, setCasterConfig, { ...config, delaySeconds: 0, channelsEnabled: false, autoSwitchUrgent: false });
    const sent = wire(calls[0]?.params);
    expect(Object.keys(sent)).toHaveLength(Object.keys(config).length);
    expect(sent).toMatchObject({ Delay: '0', ChannelEnable: '0', ProgramEffect: '0', AutoSwitchUrgentOn: 'false' });
    expect(JSON.parse(sent.TranscodeConfig ?? '')).toEqual(recordedConfig.TranscodeConfig);
    expect(JSON.parse(sent.RecordConfig ?? '')).toEqual(recordedConfig.RecordConfig);
    expect(JSON.parse(sent.SyncGroupsConfig ?? '')).toEqual(recordedConfig.SyncGroupsConfig);
  });

  it('changes one field and leaves the rest as read', async () => {
    const config = await readConfig(recordedConfig);
    const { client, calls } = studioCloud(recordedConfig);
    await runAction(client, setCasterConfig, config);
    await runAction(client, setCasterConfig, { ...config, domainName: 'live.example.org' });
    expect(wire(calls[1]?.params)).toEqual({ ...wire(calls[0]?.params), DomainName: 'live.example.org' });
  });

  it('clears a setting only when it is explicitly null', async () => {
    const config = await readConfig(recordedConfig);
    const { client, calls } = studioCloud(recordedConfig);
    await runAction(client, setCasterConfig, { ...config, record: null });
    expect(wire(calls[0]?.params)).not.toHaveProperty('RecordConfig');
    expect(wire(calls[0]?.params)).toHaveProperty('TranscodeConfig');
  });

  it('refuses a config that leaves out a field, before sending', async () => {
    const { client, calls } = studioCloud(recordedConfig);
    const partial: Partial<StudioConfig> = await readConfig(recordedConfig);
    delete partial.callbackUrl;
    expect(await errorOf(runAction(client, setCasterConfig, partial))).toMatchObject({ code: 'cloud.invalidInput', fields: { callbackUrl: { code: 'required' } } });
    expect(await errorOf(runAction(client, setCasterConfig, { studioId }))).toMatchObject({ code: 'cloud.invalidInput', fields: { name: { code: 'required' } } });
    expect(calls).toEqual([]);
  });

  it('refuses values outside the documented limits, before sending', async () => {
    const config = await readConfig(recordedConfig);
    const { client, calls } = studioCloud(recordedConfig);
    const refused = async (changes: Partial<StudioConfig>) => (await errorOf(runAction(client, setCasterConfig, { ...config, ...changes })))?.fields;
    expect(await refused({ delaySeconds: 301 })).toEqual({ delaySeconds: { code: 'outOfRange', params: { max: 300 } } });
    expect(await refused({ delaySeconds: -1 })).toEqual({ delaySeconds: { code: 'outOfRange', params: { min: 0 } } });
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `"rtmp://d/a/s${i}"`).join(',');
    expect(await refused({ sideOutputUrlList: urls(21) })).toEqual({ sideOutputUrlList: { code: 'outOfRange', params: { max: 20 } } });
    expect(await refused({ callbackUrl: 'ftp://example.com/hook' })).toEqual({ callbackUrl: { code: 'invalidUrl', params: {} } });
    expect(await refused({ domainName: 'not a domain' })).toEqual({ domainName: { code: 'invalid', params: {} } });
    expect(calls).toEqual([]);
    expect(await refused({ sideOutputUrlList: urls(20) })).toBeUndefined();
  });
});
