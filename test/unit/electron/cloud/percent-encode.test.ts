import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, percentEncode } from '../../../../electron/cloud/percent-encode';
import { paramValue, paramsWithout } from '../../support/signing-arbitraries';
import { VolcengineSigner, volcengineQueryString } from '../../support/signing-oracles';
import { STRICT_QUERY, decodePairs, withoutEmpty } from '../../support/wire-params';

describe('percentEncode', () => {
  it('keeps only the unreserved set and encodes the rest per UTF-8 byte, upper-case', () => {
    expect(percentEncode('AZaz09-_.~')).toBe('AZaz09-_.~');
    expect(percentEncode(' ')).toBe('%20');
    expect(percentEncode("*!'()")).toBe('%2A%21%27%28%29');
    expect(percentEncode('+/=&%:')).toBe('%2B%2F%3D%26%25%3A');
    expect(percentEncode('é')).toBe('%C3%A9');
    expect(percentEncode('😀')).toBe('%F0%9F%98%80');
  });

  it('reproduces the Alibaba stress value (aliyun-live.md §5.1)', () => {
    expect(percentEncode("导播台 A*B~(1)!'+/")).toBe('%E5%AF%BC%E6%92%AD%E5%8F%B0%20A%2AB~%281%29%21%27%2B%2F');
  });

  it('reproduces the Volcengine encoding checks (volcengine-live.md §3.4)', () => {
    expect(canonicalQuery({ k: "a b+c*~'()!/:é" })).toBe('k=a%20b%2Bc%2A~%27%28%29%21%2F%3A%C3%A9');
    expect(canonicalQuery({ Title: 'my task*' })).toBe('Title=my%20task%2A');
  });

  it('refuses a lone surrogate instead of signing a replacement character', () => {
    expect(() => percentEncode('\ud800')).toThrow(URIError);
  });

  it('round-trips and matches the Volcengine SDK encoder for any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(paramValue, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const encoded = percentEncode(text);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(text);
        expect(volcengineQueryString({ k: text })).toBe(`k=${encoded}`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('canonicalQuery', () => {
  it('sorts by encoded name in code-unit order: upper case before lower case', () => {
    expect(canonicalQuery({ b: '1', a: '2', B: '3', 'A.1': '4', A: '5' })).toBe('A=5&A.1=4&B=3&a=2&b=1');
    expect(canonicalQuery({})).toBe('');
  });

  it('leaves out empty values', () => {
    expect(canonicalQuery({ Empty: '', Full: 'x' })).toBe('Full=x');
  });

  it('equals the Volcengine SDK canonical query and decodes to the non-empty params (property)', () => {
    fc.assert(
      fc.property(paramsWithout([]), (params) => {
        const query = canonicalQuery(params);
        expect(query).toMatch(STRICT_QUERY);
        expect(decodePairs(query)).toEqual(withoutEmpty(params));
        const sdk = { region: 'cn-north-1', method: 'GET', params: withoutEmpty(params) };
        expect(new VolcengineSigner(sdk, 'live').canonicalString().split('\n')[2]).toBe(query);
      }),
      { numRuns: 2000 },
    );
  });
});
