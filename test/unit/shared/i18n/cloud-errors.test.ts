import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../shared/errors/error-codes';
import { en } from '../../../../shared/i18n/en';
import { cloudErrorMessages } from '../../../../shared/i18n/en/cloud-errors';
import { placeholdersOf } from '../../../../shared/i18n/translate';
import { zhCN } from '../../../../shared/i18n/zh-CN';

const cloudCodes = ErrorCode.options.filter((code) => /^(cloud|domain|stream|studio|clientToken|relay)\./.test(code));

// The codes the transport builds itself, with the parameters it passes (none but the endpoint).
const transportCodes: Partial<Record<ErrorCode, string[]>> = {
  'cloud.timeout': [],
  'cloud.outcomeUnknown': [],
  'cloud.offline': [],
  'cloud.unexpectedResponse': [],
  'cloud.credentialsMissing': [],
  'cloud.endpointRefused': ['endpoint'],
  'cloud.cancelled': [],
  'cloud.throttled': [],
  'cloud.clockSkew': [],
  'cloud.nonceReused': [],
};

describe('cloud error messages', () => {
  it('cover exactly the cloud-call codes, in the cloud-errors area file', () => {
    expect(cloudCodes.length).toBeGreaterThan(40);
    expect(Object.keys(cloudErrorMessages).sort()).toEqual(cloudCodes.map((code) => `error.${code}`).sort());
  });

  it.each(cloudCodes)('%s has a real message in both languages', (code) => {
    const key = `error.${code}` as const;
    for (const text of [en[key], zhCN[key]]) {
      expect(text).not.toMatch(/^error\.|TODO|FIXME|\bXXX\b/);
      expect(text.length).toBeGreaterThan(20);
    }
    expect(zhCN[key]).toMatch(/\p{Script=Han}/u);
    expect(zhCN[key]).not.toBe(en[key]);
    expect(placeholdersOf(zhCN[key])).toEqual(placeholdersOf(en[key]));
  });

  it('interpolate only what the transport passes in its own codes', () => {
    for (const [code, params] of Object.entries(transportCodes)) {
      expect(placeholdersOf(en[`error.${code as ErrorCode}`]), code).toEqual(params);
    }
  });

  it('name the clouds and features in Chinese the way producers know them', () => {
    const zh = Object.entries(zhCN).filter(([key]) => key.startsWith('error.')).map(([, text]) => text).join('\n');
    for (const term of ['阿里云', '火山引擎', '导播台', '主备流', '拉流转推']) expect(zh).toContain(term);
  });
});
