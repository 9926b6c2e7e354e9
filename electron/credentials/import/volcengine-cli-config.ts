import { z } from 'zod';
import { parseJsonAs } from '../../json-text';
import { epochToIso, stringField, type FoundCredential } from './found-credential';

const Config = z.object({ profiles: z.record(z.string(), z.record(z.string(), z.unknown())) });

/**
 * The profiles of a Volcengine CLI config (`~/.volcengine/config.json`): AK mode carries its keys
 * (and a session token when it holds temporary credentials); SSO profiles cannot be imported.
 * Its region and endpoint are for the general OpenAPI and are not used: Live signs with
 * cn-north-1 only. Returns null when the text is not such a config.
 */
export function parseVolcengineCliConfig(text: string): FoundCredential[] | null {
  const config = parseJsonAs(Config, text);
  if (!config) return null;
  return Object.entries(config.profiles).map(([key, profile]) => {
    const mode = (stringField(profile, 'mode') || 'ak').toLowerCase();
    const accessKeySecret = stringField(profile, 'secret-key');
    const token = stringField(profile, 'session-token');
    const usable = mode === 'ak';
    return {
      source: 'volcengineCli',
      origin: stringField(profile, 'name') || key,
      provider: 'volcengine',
      accessKeyId: stringField(profile, 'access-key'),
      accessKeySecret,
      securityToken: token || null,
      securityTokenExpiresAt: token ? epochToIso(profile['sts-expiration']) : null,
      region: null,
      blocker: !usable ? 'unsupportedMode' : !accessKeySecret ? 'missingSecret' : null,
      mode: usable ? null : mode,
    };
  });
}
