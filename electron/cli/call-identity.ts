import { defaultAliyunRegion, SignatureVersion, volcengineRegion, type ProfilesState } from '../../shared/domain/profile';
import { validateProfileChanges } from '../../shared/domain/profile-validation';
import type { Provider } from '../../shared/domain/provider';
import type { CloudCall, Identity } from '../cloud/cloud-client';
import { environmentCredentials } from '../credentials/import/environment-credentials';
import type { ProfileRecord } from '../credentials/profile-record';
import { CliError, ExitCode } from './exit-codes';
import { resolveProfile } from './resolve-arguments';

type Env = Readonly<Record<string, string | undefined>>;

/** Whom `lcr call` calls as, in the form the cloud client takes, and what the CLI must know first. */
export interface CallAs {
  /** A stored profile named with `--profile`. Neither this nor `identity`: the active profile. */
  profileId?: string;
  /** Credentials from the environment, under a stand-in profile that exists for this call only. */
  identity?: Identity;
  /** The region and signature version the call signs with unless an option overrides them. */
  region: string;
  signatureVersion: SignatureVersion;
}

/** The id (and name) of the stand-in profile, as the journal records calls made with it. */
export const environmentProfileId = 'environment';

const defaultRegion: Record<Provider, string> = { aliyun: defaultAliyunRegion, volcengine: volcengineRegion };

/** A profile record for credentials that belong to no stored profile: defaults, no endpoint override. */
export function standInProfile(provider: Provider, accessKeyId: string, region: string, now: Date): ProfileRecord {
  const at = now.toISOString();
  return {
    id: environmentProfileId,
    name: environmentProfileId,
    provider,
    accessKeyId,
    region,
    signatureVersion: 'v3',
    endpoint: null,
    notes: '',
    hasSecurityToken: false,
    securityTokenExpiresAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * The provider's credentials in the environment, read by the same code as `profiles import --from
 * env` (so the variables are the ones the providers' tools read, in their order), or null when
 * none are set. A key id without its secret is refused rather than skipped: falling through to
 * the active profile would call as an account the operator did not mean.
 */
export function environmentIdentity(provider: Provider, env: Env, now: Date): Identity | null {
  const found = environmentCredentials(env).find((credential) => credential.provider === provider);
  if (!found) return null;
  if (found.blocker) throw new CliError('cli.envSecretMissing', 'cli.error.envSecretMissing', { variable: found.origin }, ExitCode.failed);
  const region = provider === 'aliyun' ? (found.region ?? defaultAliyunRegion) : volcengineRegion;
  const profile = { ...standInProfile(provider, found.accessKeyId, region, now), hasSecurityToken: found.securityToken !== null };
  const credentials = { accessKeyId: found.accessKeyId, accessKeySecret: found.accessKeySecret };
  return { profile, credentials: found.securityToken ? { ...credentials, securityToken: found.securityToken } : credentials };
}

/**
 * Whom to call as, in the order the providers' own tools use: the profile `--profile` names (its
 * secret read from the keychain by the client, as for every call); else the provider's
 * environment variables when set; else the provider's active profile.
 */
export function chooseCallAs(provider: Provider, profileQuery: string | undefined, state: ProfilesState, env: Env, now: Date): CallAs {
  if (profileQuery !== undefined) {
    const view = resolveProfile(state.profiles, profileQuery);
    if (view.provider !== provider) {
      throw new CliError('cli.profileOtherCloud', 'cli.error.profileOtherCloud', { name: view.name, profileCloud: view.provider, cloud: provider }, ExitCode.failed);
    }
    return { profileId: view.id, region: view.region, signatureVersion: view.signatureVersion };
  }
  const identity = environmentIdentity(provider, env, now);
  if (identity) return { identity, region: identity.profile.region, signatureVersion: identity.profile.signatureVersion };
  const active = state.profiles.find((p) => p.id === state.active[provider]);
  return { region: active?.region ?? defaultRegion[provider], signatureVersion: active?.signatureVersion ?? 'v3' };
}

/** What `--endpoint`, `--region` and `--signature` say, as typed. */
export interface OverrideOptions {
  endpoint: string | undefined;
  region: string | undefined;
  signature: string | undefined;
}

/**
 * The per-call overrides, checked by the rules a profile's own fields meet (an endpoint is a
 * scheme, host and port; a Volcengine region is cn-north-1), so a value `lcr profiles add` would
 * refuse is refused here too, with the same words. `--endpoint ''` means the provider's own host.
 */
export function callOverrides(provider: Provider, options: OverrideOptions): NonNullable<CloudCall['overrides']> {
  const issues = validateProfileChanges({ endpoint: options.endpoint, region: options.region }, { provider, hasSecurityToken: false, takenNames: [] });
  if (options.region !== undefined && !options.region.trim()) issues.region = { code: 'required', params: {} };
  if (Object.keys(issues).length > 0) throw new CliError('cli.invalidOptions', 'cli.error.callOptionsInvalid', {}, ExitCode.failed, issues);
  const overrides: NonNullable<CloudCall['overrides']> = {};
  if (options.endpoint !== undefined) overrides.endpoint = options.endpoint.trim() || null;
  if (options.region !== undefined) overrides.region = options.region.trim();
  if (options.signature !== undefined) overrides.signatureVersion = SignatureVersion.parse(options.signature);
  return overrides;
}
