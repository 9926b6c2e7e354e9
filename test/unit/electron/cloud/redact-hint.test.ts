import { describe, expect, it } from 'vitest';
import { maxHintLength, redactHint } from '../../../../electron/cloud/redact-hint';

describe('redactHint', () => {
  it('masks an AccessKey ID after its parameter name, plain, URL-encoded once or twice, or in JSON', () => {
    expect(redactHint('AccessKeyId=LTAI5tTestKey0001X9P6&Action=X')).toBe('AccessKeyId=LTAI****9P6&Action=X');
    expect(redactHint('POST&%2F&AccessKeyId%3DLTAI5tTestKey0001X9P6%26Action')).toBe('POST&%2F&AccessKeyId%3DLTAI****9P6%26Action');
    expect(redactHint('q=AccessKeyId%253DLTAI5tTestKey0001X9P6%2526')).toBe('q=AccessKeyId%253DLTAI****9P6%2526');
    expect(redactHint('{"AccessKeyId": "STS.NUgYrLnoC37mZZCNnAbez2E2T"}')).toBe('{"AccessKeyId": "STS.****E2T"}');
  });

  it('masks the Credential of an Authorization header, including short test keys', () => {
    expect(redactHint('ACS3-HMAC-SHA256 Credential=LTAI5tTestKey0001X9P6,SignedHeaders=host')).toBe('ACS3-HMAC-SHA256 Credential=LTAI****9P6,SignedHeaders=host');
    expect(redactHint('Credential=AKTEST/20240619/cn-north-1/live/request')).toBe('Credential=****/20240619/cn-north-1/live/request');
  });

  it('masks AccessKey IDs found without a parameter name', () => {
    expect(redactHint('key LTAI5tTestKey0001X9P6 is disabled')).toBe('key LTAI****9P6 is disabled');
    expect(redactHint('key STS.NUgYrLnoC37mZZCNnAbez2E2T expired')).toBe('key STS.****E2T expired');
    expect(redactHint('ak AKLTYWViMTVmZGYzM2E0NDI5Mzk2MDZjNjFmMjc2MjRjMzg bad')).toBe('ak AKLT****Mzg bad');
    expect(redactHint('ak AKTPVolcTemporaryKey0042 bad')).toBe('ak AKTP****042 bad');
  });

  it('removes security tokens whole', () => {
    expect(redactHint('%26SecurityToken%3DCAIS%252Babc%253D%26SignatureMethod')).toBe('%26SecurityToken%3D****%26SignatureMethod');
    expect(redactHint('SecurityToken=CAIS+abc/def== end')).toBe('SecurityToken=**** end');
    expect(redactHint('x-acs-security-token:CAISabc\nhost:live')).toBe('x-acs-security-token:****\nhost:live');
    expect(redactHint('X-Security-Token: STSv2token; next')).toBe('X-Security-Token: ****; next');
  });

  it('leaves ordinary messages alone', () => {
    expect(redactHint('Request was denied due to user flow control.')).toBe('Request was denied due to user flow control.');
    expect(redactHint('  the number casters is exceeded  ')).toBe('the number casters is exceeded');
    expect(redactHint('Specified AccessKeyId: not found')).toBe('Specified AccessKeyId: not found');
  });

  it('caps the length after masking', () => {
    const long = `${'a'.repeat(maxHintLength - 5)} AccessKeyId=LTAI5tTestKey0001X9P6`;
    const hint = redactHint(long);
    expect(hint.length).toBe(maxHintLength);
    expect(hint.endsWith('…')).toBe(true);
    expect(hint).not.toContain('LTAI5t');
  });
});
