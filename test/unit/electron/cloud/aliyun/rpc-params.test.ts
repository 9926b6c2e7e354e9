import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RpcValue, flattenRpcParams } from '../../../../../electron/cloud/aliyun/rpc-params';
import { paramValue } from '../../../support/signing-arbitraries';
import { aliyunOracle } from '../../../support/signing-oracles';
import { withoutEmpty } from '../../../support/wire-params';

describe('flattenRpcParams', () => {
  it('flattens lists 1-based and maps by key, nesting both', () => {
    expect(
      flattenRpcParams({
        RegionId: 'cn-shanghai',
        Tag: [
          { Key: 'env', Value: 'prod' },
          { Key: 'team', Value: 'live' },
        ],
        Ids: ['a', 'b'],
        Config: { Layout: { Id: 'L1' } },
      }),
    ).toEqual({
      RegionId: 'cn-shanghai',
      'Tag.1.Key': 'env',
      'Tag.1.Value': 'prod',
      'Tag.2.Key': 'team',
      'Tag.2.Value': 'live',
      'Ids.1': 'a',
      'Ids.2': 'b',
      'Config.Layout.Id': 'L1',
    });
  });

  it('writes booleans and numbers as strings', () => {
    expect(flattenRpcParams({ PageSize: 10, Enabled: true, Off: false, Ratio: 0.5 })).toEqual({
      PageSize: '10',
      Enabled: 'true',
      Off: 'false',
      Ratio: '0.5',
    });
  });

  it('drops null, undefined and empty strings, keeping list positions as the SDK does', () => {
    expect(flattenRpcParams({ A: null, B: undefined, C: '', D: ['', null, 'x'], E: {}, F: [] })).toEqual({ 'D.3': 'x' });
  });

  it('refuses non-finite numbers and names given twice', () => {
    expect(() => flattenRpcParams({ PageSize: Number.NaN })).toThrow(RangeError);
    expect(() => flattenRpcParams({ 'Tag.1.Key': 'a', Tag: [{ Key: 'b' }] })).toThrow(/given twice/);
  });

  it('equals the SDK flattening minus empty values (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/);
    const scalar = fc.oneof(
      paramValue,
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const { value } = fc.letrec<{ value: RpcValue }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(name, tie('value'), { maxKeys: 4, noNullPrototype: true }),
      ),
    }));
    fc.assert(
      fc.property(fc.dictionary(name, value, { maxKeys: 8, noNullPrototype: true }), (params) => {
        expect(flattenRpcParams(params)).toEqual(withoutEmpty(aliyunOracle.query(params)));
      }),
      { numRuns: 2000 },
    );
  });
});
