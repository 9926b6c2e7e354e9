import { describe, expect, it } from 'vitest';
import { parseAliyunCliConfig } from '../../../../../electron/credentials/import/aliyun-cli-config';
import { environmentCredentials } from '../../../../../electron/credentials/import/environment-credentials';
import { epochToIso } from '../../../../../electron/credentials/import/found-credential';
import { parseVolcengineCliConfig } from '../../../../../electron/credentials/import/volcengine-cli-config';

// Shapes as the providers' CLIs write them (`aliyun configure`, `ve configure set`).
const aliyunConfig = JSON.stringify({
  current: 'default',
  profiles: [
    { name: 'default', mode: 'AK', access_key_id: 'LTAI5tTestKey0001X9P6', access_key_secret: 'Secret0001', region_id: 'cn-hangzhou', output_format: 'json' },
    { name: 'temp', mode: 'StsToken', access_key_id: 'STS.NTestKey000001', access_key_secret: 'Secret0002', sts_token: 'CAIS-token', sts_expiration: 1795392000, region_id: '' },
    { name: 'role', mode: 'RamRoleArn', access_key_id: 'LTAI5tRoleKey0003', access_key_secret: 'Secret0003', ram_role_arn: 'acs:ram::1:role/x' },
    { name: 'empty', mode: 'AK', access_key_id: 'LTAI5tEmptyKey0004', access_key_secret: '' },
  ],
  meta_path: '',
});

const volcengineConfig = JSON.stringify({
  current: 'prod',
  profiles: {
    prod: { name: 'prod', mode: 'ak', 'access-key': 'AKLTVolcTestKey000001', 'secret-key': 'VolcSecret01', region: 'cn-beijing', endpoint: '', 'session-token': '', 'disable-ssl': false },
    temp: { name: 'temp', mode: 'ak', 'access-key': 'AKTPVolcTempKey000002', 'secret-key': 'VolcSecret02', region: 'cn-beijing', 'session-token': 'nCTtoken', 'sts-expiration': 1795392000000 },
    sso: { name: 'sso', mode: 'sso', 'sso-session-name': 's', 'account-id': '1', 'role-name': 'r' },
  },
  enableColor: false,
});

describe('Alibaba Cloud CLI config', () => {
  it('reads AK and StsToken profiles with their keys, token, expiry and region', () => {
    const [ak, sts] = parseAliyunCliConfig(aliyunConfig) ?? [];
    expect(ak).toMatchObject({
      source: 'aliyunCli',
      origin: 'default',
      provider: 'aliyun',
      accessKeyId: 'LTAI5tTestKey0001X9P6',
      accessKeySecret: 'Secret0001',
      securityToken: null,
      region: 'cn-hangzhou',
      blocker: null,
    });
    expect(sts).toMatchObject({ securityToken: 'CAIS-token', securityTokenExpiresAt: '2026-11-23T00:00:00.000Z', region: null, blocker: null });
  });

  it('lists modes it cannot use, and profiles without a secret, as blocked', () => {
    const [, , role, empty] = parseAliyunCliConfig(aliyunConfig) ?? [];
    expect(role).toMatchObject({ blocker: 'unsupportedMode', mode: 'RamRoleArn' });
    expect(empty).toMatchObject({ blocker: 'missingSecret', mode: null });
  });

  it('refuses text that is not such a config', () => {
    expect(parseAliyunCliConfig('{"profiles": {}}')).toBeNull();
    expect(parseAliyunCliConfig('not json')).toBeNull();
  });
});

describe('Volcengine CLI config', () => {
  it('reads AK profiles, with session token and expiry in milliseconds or seconds', () => {
    const [prod, temp] = parseVolcengineCliConfig(volcengineConfig) ?? [];
    expect(prod).toMatchObject({
      source: 'volcengineCli',
      origin: 'prod',
      provider: 'volcengine',
      accessKeyId: 'AKLTVolcTestKey000001',
      accessKeySecret: 'VolcSecret01',
      securityToken: null,
      region: null,
      blocker: null,
    });
    expect(temp).toMatchObject({ securityToken: 'nCTtoken', securityTokenExpiresAt: '2026-11-23T00:00:00.000Z' });
  });

  it('blocks SSO profiles', () => {
    expect(parseVolcengineCliConfig(volcengineConfig)?.[2]).toMatchObject({ origin: 'sso', blocker: 'unsupportedMode', mode: 'sso' });
  });

  it('refuses text that is not such a config', () => {
    expect(parseVolcengineCliConfig('{"profiles": []}')).toBeNull();
    expect(parseVolcengineCliConfig('')).toBeNull();
  });
});

describe('environment', () => {
  it('reads the Alibaba and Volcengine variables with their tokens', () => {
    const found = environmentCredentials({
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestKey0001X9P6',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'Secret0001',
      ALIBABA_CLOUD_SECURITY_TOKEN: 'CAIS-token',
      VOLCENGINE_ACCESS_KEY: 'AKLTVolcTestKey000001',
      VOLCENGINE_SECRET_KEY: 'VolcSecret01',
      VOLCENGINE_SESSION_TOKEN: 'nCTtoken',
    });
    expect(found.map((f) => [f.provider, f.origin, f.accessKeyId, f.securityToken])).toEqual([
      ['aliyun', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI5tTestKey0001X9P6', 'CAIS-token'],
      ['volcengine', 'VOLCENGINE_ACCESS_KEY', 'AKLTVolcTestKey000001', 'nCTtoken'],
    ]);
  });

  it('offers the Volcengine SDK variables only when they hold a different key', () => {
    const same = environmentCredentials({ VOLCENGINE_ACCESS_KEY: 'AKLTVolcTestKey000001', VOLCENGINE_SECRET_KEY: 's1', VOLC_ACCESSKEY: 'AKLTVolcTestKey000001', VOLC_SECRETKEY: 's1' });
    expect(same).toHaveLength(1);
    const sdkOnly = environmentCredentials({ VOLC_ACCESSKEY: 'AKLTVolcSdkKey0000009', VOLC_SECRETKEY: 'VolcSecret09' });
    expect(sdkOnly).toMatchObject([{ origin: 'VOLC_ACCESSKEY', accessKeyId: 'AKLTVolcSdkKey0000009', blocker: null }]);
  });

  it('blocks a key id whose secret is missing, and finds nothing in an empty environment', () => {
    expect(environmentCredentials({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestKey0001X9P6' })).toMatchObject([{ blocker: 'missingSecret' }]);
    expect(environmentCredentials({})).toEqual([]);
  });
});

describe('epochToIso', () => {
  it('accepts seconds and milliseconds and ignores zero and junk', () => {
    expect(epochToIso(1795392000)).toBe('2026-11-23T00:00:00.000Z');
    expect(epochToIso(1795392000000)).toBe('2026-11-23T00:00:00.000Z');
    expect(epochToIso(0)).toBeNull();
    expect(epochToIso('1795392000')).toBeNull();
  });
});
