import { CloudFault } from '../cloud-fault';
import type { AliyunAccountWorld, Caster } from '../world/aliyun-world';
import type { AliyunAction } from './aliyun-action';
import { casterNamed, jsonSetting } from './caster-lookup';
import { invalidParameter, optionalParam, type RpcParams } from './param-rules';

/**
 * A studio's configuration, aliyun-live.md §3.7: SetCasterConfig REPLACES it — a field left out
 * is cleared — and DescribeCasterConfig reads it back with the JSON settings as objects and
 * `AutoSwitchUrgentOn` as a string.
 */

/** Settings SetCasterConfig takes and stores, in the order DescribeCasterConfig answers them. */
const configFields = [
  'DomainName',
  'TranscodeConfig',
  'RecordConfig',
  'SyncGroupsConfig',
  'Delay',
  'ChannelEnable',
  'ProgramEffect',
  'ProgramName',
  'UrgentMaterialId',
  'UrgentImageId',
  'UrgentImageUrl',
  'UrgentLiveStreamUrl',
  'AutoSwitchUrgentOn',
  'AutoSwitchUrgentConfig',
  'SideOutputUrl',
  'SideOutputUrlList',
  'CallbackUrl',
] as const;

/** Sent as JSON text, answered as objects. */
const objectFields = new Set<string>(['TranscodeConfig', 'RecordConfig', 'SyncGroupsConfig']);
/** Sent as text, answered as numbers. */
const numberFields = new Set<string>(['Delay', 'ChannelEnable', 'ProgramEffect']);
/** The longest stream delay, seconds (§3.7). */
const maxDelaySeconds = 300;
/** The most relay outputs `SideOutputUrlList` may carry (§3.7). */
const maxSideOutputs = 20;

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Refuses a value SetCasterConfig does not take, naming the parameter. */
function checkValue(field: string, value: string): void {
  if ((objectFields.has(field) || field === 'AutoSwitchUrgentConfig') && !isJsonObject(value)) throw invalidParameter(field, 'It must be a JSON object.');
  if (field === 'Delay' && !(/^\d+(\.\d+)?$/.test(value) && Number(value) <= maxDelaySeconds)) throw invalidParameter(field, `It must be from 0 to ${maxDelaySeconds} seconds.`);
  if ((field === 'ChannelEnable' || field === 'ProgramEffect') && value !== '0' && value !== '1') throw invalidParameter(field, 'It must be 0 or 1.');
  if (field === 'AutoSwitchUrgentOn' && value !== 'true' && value !== 'false') throw invalidParameter(field, 'It must be true or false.');
  if (field === 'SideOutputUrlList' && (value.match(/[A-Za-z][A-Za-z0-9+.-]*:\/\//g)?.length ?? 0) > maxSideOutputs) {
    throw invalidParameter(field, `It may list at most ${maxSideOutputs} URLs.`);
  }
}

/**
 * The configuration the request sets, checked. `ChannelEnable` cannot be turned off once on: 0 is
 * refused and leaving it out keeps it on. An output `DomainName` must be one of the account's
 * streaming domains, else `InvalidDomainName.NotFound` (404, as for StartCaster).
 */
function requestedConfig(account: AliyunAccountWorld, caster: Caster, params: RpcParams): Record<string, string> {
  const config: Record<string, string> = {};
  for (const field of configFields) {
    const value = optionalParam(params, field);
    if (value === undefined) continue;
    checkValue(field, value);
    config[field] = value;
  }
  const domain = config.DomainName;
  if (domain !== undefined && !account.domains.some((candidate) => candidate.name === domain && candidate.type === 'liveVideo')) {
    throw new CloudFault(404, 'InvalidDomainName.NotFound', `The domain ${domain} is not a streaming domain of this account.`);
  }
  if (caster.config.ChannelEnable === '1') {
    if (config.ChannelEnable === '0') throw invalidParameter('ChannelEnable', 'Channels cannot be turned off once they are on.');
    config.ChannelEnable = '1';
  }
  return config;
}

/**
 * SetCasterConfig (§3.7): stores exactly the settings sent, clearing every one left out, and
 * renames the studio when `CasterName` is given (the name is the studio's, not a setting, so
 * leaving it out keeps it). Allowed while the studio runs.
 */
export const setCasterConfig: AliyunAction = ({ account, params, now }) => {
  const caster = casterNamed(account, params);
  const config = requestedConfig(account, caster, params);
  const name = optionalParam(params, 'CasterName');
  caster.config = config;
  if (name !== undefined) caster.name = name;
  caster.modifiedAt = now;
  return { CasterId: caster.id };
};

/**
 * DescribeCasterConfig (§3.7): the studio's name and stored settings in the shape SetCasterConfig
 * takes them, but `TranscodeConfig`, `RecordConfig`, `SyncGroupsConfig` as objects, `Delay`,
 * `ChannelEnable`, `ProgramEffect` as numbers, `AutoSwitchUrgentOn` as the string it was set to.
 * Unset settings are left out.
 */
export const describeCasterConfig: AliyunAction = ({ account, params }) => {
  const caster = casterNamed(account, params);
  const answer: Record<string, unknown> = { CasterId: caster.id, CasterName: caster.name };
  for (const field of configFields) {
    const value = caster.config[field];
    if (value === undefined) continue;
    answer[field] = objectFields.has(field) ? jsonSetting(caster, field) : numberFields.has(field) ? Number(value) : value;
  }
  return answer;
};
