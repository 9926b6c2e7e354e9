import { profileView } from '../support/profile-views';
import { describe, expect, it } from 'vitest';
import { callOverrides, chooseCallAs, environmentIdentity } from '../../../electron/cli/call-identity';
import { CliError } from '../../../electron/cli/exit-codes';
import type { ProfilesState, ProfileView } from '../../../shared/domain/profile';

const now = new Date('2026-11-22T20:00:00Z');

function view(id: string, name: string, provider: ProfileView['provider'], extra: Partial<ProfileView> = {}): ProfileView {
  return profileView({ id, name, provider, ...(provider === 'aliyun' ? { region: 'cn-hangzhou' } : {}), ...extra });
}

const state: ProfilesState = {
  profiles: [view('p-ali', 'Evening news', 'aliyun', { signatureVersion: 'v1' }), view('p-volc', 'Relays', 'volcengine')],
  active: { aliyun: 'p-ali', volcengine: 'p-volc' },
};
const aliyunEnv = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tEnvKey000000009P6', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'EnvSecret-0001' };

function thrown(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('whom lcr call calls as', () => {
  it('takes --profile first, by name or id, even with credentials in the environment', () => {
    expect(chooseCallAs('aliyun', 'evening NEWS', state, aliyunEnv, now)).toEqual({ profileId: 'p-ali', region: 'cn-hangzhou', signatureVersion: 'v1' });
    expect(chooseCallAs('volcengine', 'p-volc', state, {}, now)).toMatchObject({ profileId: 'p-volc' });
  });

  it('refuses a --profile of the other cloud or of no profile (exit 1)', () => {
    expect(thrown(() => chooseCallAs('volcengine', 'Evening news', state, {}, now))).toMatchObject({
      key: 'cli.error.profileOtherCloud',
      params: { name: 'Evening news', profileCloud: 'aliyun', cloud: 'volcengine' },
      exit: 1,
    });
    expect(thrown(() => chooseCallAs('aliyun', 'nobody', state, {}, now))).toMatchObject({ code: 'profile.notFound', exit: 1 });
  });

  it('takes the environment next, as a stand-in profile with the default region and V3', () => {
    const as = chooseCallAs('aliyun', undefined, state, aliyunEnv, now);
    expect(as).toMatchObject({ region: 'cn-shanghai', signatureVersion: 'v3' });
    expect(as.profileId).toBeUndefined();
    expect(as.identity).toEqual({
      profile: expect.objectContaining({ id: 'environment', name: 'environment', provider: 'aliyun', accessKeyId: 'LTAI5tEnvKey000000009P6', endpoint: null, hasSecurityToken: false }),
      credentials: { accessKeyId: 'LTAI5tEnvKey000000009P6', accessKeySecret: 'EnvSecret-0001' },
    });
  });

  it('falls back to the active profile, which the client resolves itself', () => {
    expect(chooseCallAs('aliyun', undefined, state, {}, now)).toEqual({ region: 'cn-hangzhou', signatureVersion: 'v1' });
    expect(chooseCallAs('volcengine', undefined, state, aliyunEnv, now)).toEqual({ region: 'cn-north-1', signatureVersion: 'v3' });
  });
});

describe('credentials in the environment', () => {
  it('reads the variables the providers\' tools read, with the STS token and Alibaba\'s region', () => {
    const env = { ...aliyunEnv, ALIBABA_CLOUD_SECURITY_TOKEN: 'CAIS-token-0001-abcdef', ALIBABA_CLOUD_REGION_ID: 'cn-beijing' };
    expect(environmentIdentity('aliyun', env, now)).toMatchObject({
      profile: { region: 'cn-beijing', hasSecurityToken: true },
      credentials: { accessKeySecret: 'EnvSecret-0001', securityToken: 'CAIS-token-0001-abcdef' },
    });
    expect(environmentIdentity('volcengine', env, now)).toBeNull();
  });

  it('prefers VOLCENGINE_* to the SDK\'s VOLC_*, and uses VOLC_* alone', () => {
    const volc = { VOLC_ACCESSKEY: 'AKLTVolcSdkKey0000001', VOLC_SECRETKEY: 'SdkSecret-0001' };
    const both = { ...volc, VOLCENGINE_ACCESS_KEY: 'AKLTVolcCliKey0000001', VOLCENGINE_SECRET_KEY: 'CliSecret-0001', VOLCENGINE_SESSION_TOKEN: 'session-token-0001-abcdef' };
    expect(environmentIdentity('volcengine', both, now)?.credentials).toEqual({ accessKeyId: 'AKLTVolcCliKey0000001', accessKeySecret: 'CliSecret-0001', securityToken: 'session-token-0001-abcdef' });
    expect(environmentIdentity('volcengine', volc, now)).toMatchObject({ profile: { region: 'cn-north-1' }, credentials: { accessKeyId: 'AKLTVolcSdkKey0000001' } });
  });

  it('refuses a key id without its secret instead of falling through to another account', () => {
    expect(thrown(() => chooseCallAs('aliyun', undefined, state, { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tEnvKey000000009P6' }, now))).toMatchObject({
      key: 'cli.error.envSecretMissing',
      params: { variable: 'ALIBABA_CLOUD_ACCESS_KEY_ID' },
      exit: 1,
    });
  });
});

describe('per-call overrides', () => {
  const none = { endpoint: undefined, region: undefined, signature: undefined };

  it('turns the options into the client\'s overrides; an empty endpoint means the provider\'s host', () => {
    expect(callOverrides('aliyun', none)).toEqual({});
    expect(callOverrides('aliyun', { endpoint: ' http://127.0.0.1:8080 ', region: 'cn-beijing', signature: 'v1' })).toEqual({ endpoint: 'http://127.0.0.1:8080', region: 'cn-beijing', signatureVersion: 'v1' });
    expect(callOverrides('volcengine', { ...none, endpoint: '', region: 'cn-north-1' })).toEqual({ endpoint: null, region: 'cn-north-1' });
  });

  it('refuses what a profile would refuse, field by field, with exit 1', () => {
    const error = thrown(() => callOverrides('volcengine', { ...none, endpoint: 'http://x/path', region: 'cn-beijing' }));
    expect(error).toMatchObject({ key: 'cli.error.callOptionsInvalid', exit: 1 });
    expect(error.fields).toEqual({ endpoint: { code: 'invalidEndpoint', params: {} }, region: { code: 'regionFixed', params: { region: 'cn-north-1' } } });
    expect(thrown(() => callOverrides('aliyun', { ...none, region: 'Shanghai!' })).fields).toEqual({ region: { code: 'invalidRegion', params: {} } });
    expect(thrown(() => callOverrides('aliyun', { ...none, region: ' ' })).fields).toEqual({ region: { code: 'required', params: {} } });
  });
});
