import { z } from 'zod';
import { JsonObject, StudioConfig, StudioRef, StudioRegion } from '../../../../shared/domain/studios';
import type { RpcValue } from '../../aliyun/rpc-params';
import { defineAction } from '../action-definition';

type ConfigField = Exclude<keyof StudioConfig, 'studioId'>;

/**
 * The wire name of every configuration field. `satisfies` makes it exhaustive and exact: a field
 * added to {@link StudioConfig} without a wire name does not compile, so SetCasterConfig can never
 * leave one out — and a field left out is a field cleared in the cloud (§3.7).
 */
const wireNames = {
  name: 'CasterName',
  domainName: 'DomainName',
  transcode: 'TranscodeConfig',
  record: 'RecordConfig',
  syncGroups: 'SyncGroupsConfig',
  delaySeconds: 'Delay',
  channelsEnabled: 'ChannelEnable',
  carouselEnabled: 'ProgramEffect',
  programName: 'ProgramName',
  urgentMaterialId: 'UrgentMaterialId',
  urgentImageId: 'UrgentImageId',
  urgentImageUrl: 'UrgentImageUrl',
  urgentLiveStreamUrl: 'UrgentLiveStreamUrl',
  autoSwitchUrgent: 'AutoSwitchUrgentOn',
  autoSwitchUrgentConfig: 'AutoSwitchUrgentConfig',
  sideOutputUrl: 'SideOutputUrl',
  sideOutputUrlList: 'SideOutputUrlList',
  callbackUrl: 'CallbackUrl',
} as const satisfies Record<ConfigField, string>;

// DescribeCasterConfig returns the transcode, record and sync-group settings as objects (§3.7);
// an empty one, or an empty string, means "not set".
const JsonSetting = z.union([JsonObject, z.literal(''), z.null()]).optional();
const Flag = z.union([z.literal(0), z.literal(1)]).optional();
const Text = z.string().optional();

const CasterConfigResponse = z.object({
  RequestId: z.string(),
  CasterName: Text,
  DomainName: Text,
  TranscodeConfig: JsonSetting,
  RecordConfig: JsonSetting,
  SyncGroupsConfig: JsonSetting,
  Delay: z.number().optional(),
  ChannelEnable: Flag,
  ProgramEffect: Flag,
  ProgramName: Text,
  UrgentMaterialId: Text,
  UrgentImageId: Text,
  UrgentImageUrl: Text,
  UrgentLiveStreamUrl: Text,
  // A string here, a boolean in SetCasterConfig (§3.7).
  AutoSwitchUrgentOn: z.union([z.boolean(), z.enum(['true', 'false', ''])]).optional(),
  AutoSwitchUrgentConfig: Text,
  SideOutputUrl: Text,
  SideOutputUrlList: Text,
  CallbackUrl: Text,
});
type CasterConfigResponse = z.infer<typeof CasterConfigResponse>;

const text = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);
const flag = (value: 0 | 1 | undefined): boolean | null => (value === undefined ? null : value === 1);
const setting = (value: JsonObject | '' | null | undefined): JsonObject | null =>
  value === undefined || value === null || value === '' || Object.keys(value).length === 0 ? null : value;

function configFrom(response: CasterConfigResponse, studioId: string): StudioConfig {
  const autoSwitch = response.AutoSwitchUrgentOn;
  return {
    studioId,
    name: text(response.CasterName),
    domainName: text(response.DomainName),
    transcode: setting(response.TranscodeConfig),
    record: setting(response.RecordConfig),
    syncGroups: setting(response.SyncGroupsConfig),
    delaySeconds: response.Delay ?? null,
    channelsEnabled: flag(response.ChannelEnable),
    carouselEnabled: flag(response.ProgramEffect),
    programName: text(response.ProgramName),
    urgentMaterialId: text(response.UrgentMaterialId),
    urgentImageId: text(response.UrgentImageId),
    urgentImageUrl: text(response.UrgentImageUrl),
    urgentLiveStreamUrl: text(response.UrgentLiveStreamUrl),
    autoSwitchUrgent: autoSwitch === undefined || autoSwitch === '' ? null : autoSwitch === true || autoSwitch === 'true',
    autoSwitchUrgentConfig: text(response.AutoSwitchUrgentConfig),
    sideOutputUrl: text(response.SideOutputUrl),
    sideOutputUrlList: text(response.SideOutputUrlList),
    callbackUrl: text(response.CallbackUrl),
  };
}

/** One field as SetCasterConfig takes it: not sent when unset; flags as 0/1; settings as JSON text. */
function wireValue(field: ConfigField, value: StudioConfig[ConfigField]): RpcValue {
  if (value === null) return undefined;
  if (field === 'channelsEnabled' || field === 'carouselEnabled') return value ? 1 : 0;
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

/**
 * A studio's whole configuration (DescribeCasterConfig, §3.7), in the shape SetCasterConfig takes
 * back: read, change a field, write — nothing else is touched.
 */
export const describeCasterConfig = defineAction({
  provider: 'aliyun',
  action: 'DescribeCasterConfig',
  input: StudioRef,
  params: ({ studioId, regionId }) => ({ CasterId: studioId, RegionId: regionId }),
  response: CasterConfigResponse,
  result: (response, input) => configFrom(response, input.studioId),
});

/**
 * Writes a studio's whole configuration (SetCasterConfig, §3.7). The cloud REPLACES the
 * configuration, so every field of the given config is sent and a null one is the only way to
 * clear a setting; the input refuses a config missing any field. Start from what
 * {@link describeCasterConfig} returned. Not idempotent by token: after an ambiguous failure,
 * re-read the config before writing again.
 */
export const setCasterConfig = defineAction({
  provider: 'aliyun',
  action: 'SetCasterConfig',
  input: StudioConfig.extend({ regionId: StudioRegion.optional() }),
  params: (input) => {
    const fields = Object.entries(wireNames).map(([field, wire]) => [wire, wireValue(field as ConfigField, input[field as ConfigField])]);
    return { CasterId: input.studioId, ...Object.fromEntries(fields), RegionId: input.regionId };
  },
  response: z.object({ RequestId: z.string() }),
  result: (response) => ({ requestId: response.RequestId }),
  target: (input) => input.studioId,
});
