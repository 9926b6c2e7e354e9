import { z } from 'zod';
import { parseJsonAs } from '../../json-text';
import { epochToIso, stringField, type FoundCredential } from './found-credential';

const Config = z.object({ profiles: z.array(z.record(z.string(), z.unknown())) });

/** Modes of the Alibaba Cloud CLI whose credentials are a plain AccessKey pair (plus STS token). */
const usableModes = new Set(['AK', 'StsToken']);

/**
 * The profiles of an Alibaba Cloud CLI config (`~/.aliyun/config.json`). AK and StsToken modes
 * carry their keys; other modes (RamRoleArn, EcsRamRole, …) are listed but cannot be imported.
 * Returns null when the text is not such a config.
 */
export function parseAliyunCliConfig(text: string): FoundCredential[] | null {
  const config = parseJsonAs(Config, text);
  if (!config) return null;
  return config.profiles.map((profile) => {
    const mode = stringField(profile, 'mode') || 'AK';
    const accessKeySecret = stringField(profile, 'access_key_secret');
    const token = mode === 'StsToken' ? stringField(profile, 'sts_token') : '';
    const usable = usableModes.has(mode);
    return {
      source: 'aliyunCli',
      origin: stringField(profile, 'name') || 'default',
      provider: 'aliyun',
      accessKeyId: stringField(profile, 'access_key_id'),
      accessKeySecret,
      securityToken: token || null,
      securityTokenExpiresAt: token ? epochToIso(profile.sts_expiration) : null,
      region: stringField(profile, 'region_id') || null,
      blocker: !usable ? 'unsupportedMode' : !accessKeySecret || (mode === 'StsToken' && !token) ? 'missingSecret' : null,
      mode: usable ? null : mode,
    };
  });
}
