import { describe, expect, it } from 'vitest';
import type { ProfileDraft } from '../../../../shared/domain/profile';
import { validateProfileChanges, validateProfileDraft } from '../../../../shared/domain/profile-validation';

const valid: ProfileDraft = { name: 'Show A', provider: 'aliyun', accessKeyId: 'LTAI5tTestKey0001X9P6', accessKeySecret: 'Sup3rSecretValue' };
const codes = (issues: object) => Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, (issue as { code: string }).code]));

describe('validateProfileDraft', () => {
  it('accepts a complete Alibaba profile and a Volcengine one', () => {
    expect(validateProfileDraft(valid, [])).toEqual({});
    expect(validateProfileDraft({ ...valid, provider: 'volcengine', accessKeyId: 'AKLTVolcTestKey000001', region: 'cn-north-1' }, [])).toEqual({});
    expect(validateProfileDraft({ ...valid, accessKeyId: 'STS.NTestTemporaryKey01', securityToken: 'CAIS1234567890abcdef==' }, [])).toEqual({});
  });

  it('requires name, key id and secret', () => {
    expect(codes(validateProfileDraft({ ...valid, name: '  ', accessKeyId: '', accessKeySecret: '' }, []))).toEqual({
      name: 'required',
      accessKeyId: 'required',
      accessKeySecret: 'required',
    });
  });

  it('limits lengths and reports the limit', () => {
    const issues = validateProfileDraft({ ...valid, name: 'x'.repeat(65), notes: 'y'.repeat(501) }, []);
    expect(issues.name).toEqual({ code: 'tooLong', params: { max: 64 } });
    expect(issues.notes).toEqual({ code: 'tooLong', params: { max: 500 } });
  });

  it('refuses a name already taken, whatever its case and spacing', () => {
    expect(validateProfileDraft({ ...valid, name: ' SHOW a' }, ['show A'])).toEqual({ name: { code: 'nameTaken', params: { name: 'SHOW a' } } });
  });

  it('checks the shapes of key id, secret, region, endpoint and token', () => {
    expect(
      codes(
        validateProfileDraft(
          { ...valid, accessKeyId: 'LTAI 5t', accessKeySecret: 'has space inside', region: 'Shanghai', endpoint: 'ftp://x', securityToken: 'short' },
          [],
        ),
      ),
    ).toEqual({
      accessKeyId: 'invalidAccessKeyId',
      accessKeySecret: 'invalidSecret',
      region: 'invalidRegion',
      endpoint: 'invalidEndpoint',
      securityToken: 'invalidSecurityToken',
    });
  });

  it('accepts endpoint overrides with host and port only', () => {
    for (const endpoint of ['http://127.0.0.1:8123', 'https://live.aliyuncs.com', 'https://live.aliyuncs.com/', 'http://[::1]:9000', 'http://localhost:1']) {
      expect(validateProfileDraft({ ...valid, endpoint }, []), endpoint).toEqual({});
    }
    for (const endpoint of ['live.aliyuncs.com', 'https://user:pw@host', 'https://host/path', 'https://host?x=1', 'https://-bad-.com']) {
      expect(validateProfileDraft({ ...valid, endpoint }, []).endpoint?.code, endpoint).toBe('invalidEndpoint');
    }
  });

  it('fixes the Volcengine region to cn-north-1', () => {
    expect(validateProfileDraft({ ...valid, provider: 'volcengine', region: 'cn-beijing' }, []).region).toEqual({
      code: 'regionFixed',
      params: { region: 'cn-north-1' },
    });
  });

  it('wants a real date for the token expiry, and a token to go with it', () => {
    expect(codes(validateProfileDraft({ ...valid, securityTokenExpiresAt: '2026-11-22T20:00:00Z' }, []))).toEqual({
      securityTokenExpiresAt: 'expiryWithoutToken',
    });
    expect(codes(validateProfileDraft({ ...valid, securityToken: 'CAIS1234567890abcdef', securityTokenExpiresAt: 'tomorrow' }, []))).toEqual({
      securityTokenExpiresAt: 'invalidDate',
    });
  });
});

describe('validateProfileChanges', () => {
  const context = { provider: 'aliyun' as const, hasSecurityToken: false, takenNames: ['Other'] };

  it('checks only the fields present', () => {
    expect(validateProfileChanges({ notes: 'moved to desk 2' }, context)).toEqual({});
    expect(codes(validateProfileChanges({ name: 'other' }, context))).toEqual({ name: 'nameTaken' });
  });

  it('needs the secret with a new key id', () => {
    expect(codes(validateProfileChanges({ accessKeyId: 'LTAI5tOtherKey0002AB' }, context))).toEqual({ accessKeySecret: 'secretNeededForNewKey' });
    expect(validateProfileChanges({ accessKeyId: 'LTAI5tOtherKey0002AB', accessKeySecret: 'Sup3rSecretValue' }, context)).toEqual({});
  });

  it('allows an expiry for a token already stored, and refuses one when the token is being removed', () => {
    expect(validateProfileChanges({ securityTokenExpiresAt: '2026-11-22T20:00:00Z' }, { ...context, hasSecurityToken: true })).toEqual({});
    expect(
      codes(validateProfileChanges({ securityToken: '', securityTokenExpiresAt: '2026-11-22T20:00:00Z' }, { ...context, hasSecurityToken: true })),
    ).toEqual({ securityTokenExpiresAt: 'expiryWithoutToken' });
  });
});
