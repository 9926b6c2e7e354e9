import { describe, expect, it } from 'vitest';
import {
  enumParam,
  intParam,
  optionalParam,
  pageOf,
  requireParams,
  requiredEnumParam,
  requiredParam,
  tagParams,
  utcTimeParam,
} from '../../../../../electron/rehearsal/aliyun/param-rules';
import { expectFault } from './aliyun-harness';

describe('Alibaba parameter rules', () => {
  it('refuses a missing or empty mandatory parameter as Missing{Name}, in the gateway’s words', () => {
    expectFault(() => requiredParam({}, 'CasterId'), 400, 'MissingCasterId', 'CasterId is mandatory for this action.');
    expectFault(() => requiredParam({ CasterId: '' }, 'CasterId'), 400, 'MissingCasterId');
    expect(requiredParam({ CasterId: 'x' }, 'CasterId')).toBe('x');
    expect(optionalParam({ Name: '' }, 'Name')).toBeUndefined();
  });

  it('checks several mandatory parameters in order, refusing the first missing', () => {
    expectFault(() => requireParams({ AppName: 'live' }, 'Domain', 'AppName', 'StreamName'), 400, 'MissingDomain');
    expectFault(() => requireParams({ Domain: 'd' }, 'Domain', 'AppName', 'StreamName'), 400, 'MissingAppName');
    expect(() => requireParams({ Domain: 'd', AppName: 'a' }, 'Domain', 'AppName')).not.toThrow();
  });

  it('reads whole numbers within bounds and refuses others naming the parameter', () => {
    expect(intParam({ PageSize: '100' }, 'PageSize', 1, 100)).toBe(100);
    expect(intParam({}, 'PageSize', 1, 100)).toBeUndefined();
    expectFault(() => intParam({ PageSize: '101' }, 'PageSize', 1, 100), 400, 'InvalidParameter', /^The specified parameter "PageSize" is invalid\. .*1 to 100/);
    for (const bad of ['0', '1.5', '10abc', ' 5', '-3']) expectFault(() => intParam({ PageSize: bad }, 'PageSize', 1, 100), 400, 'InvalidParameter');
    expectFault(() => intParam({ PageNum: '0' }, 'PageNum', 1, Number.MAX_SAFE_INTEGER), 400, 'InvalidParameter', /at least 1/);
  });

  it('reads documented values and refuses others, listing the allowed ones', () => {
    expect(enumParam({ Switch: 'on' }, 'Switch', ['on', 'off'])).toBe('on');
    expect(enumParam({}, 'Switch', ['on', 'off'])).toBeUndefined();
    expectFault(() => enumParam({ Switch: 'ON' }, 'Switch', ['on', 'off']), 400, 'InvalidParameter', /"Switch".*on, off/);
    expectFault(() => requiredEnumParam({}, 'Switch', ['on', 'off']), 400, 'MissingSwitch');
  });

  it('reads Tag.N.Key/Value in N order, a value defaulting to empty, and refuses a value without a key', () => {
    const params = { 'Tag.10.Key': 'ten', 'Tag.2.Key': 'two', 'Tag.2.Value': 'b', Other: 'x' };
    expect(tagParams(params)).toEqual([
      { key: 'two', value: 'b' },
      { key: 'ten', value: '' },
    ]);
    expect(tagParams({})).toEqual([]);
    expectFault(() => tagParams({ 'Tag.1.Value': 'orphan' }), 400, 'InvalidParameter', /"Tag\.1\.Key"/);
  });

  it('reads UTC parameter times and refuses other forms', () => {
    expect(utcTimeParam({ StartTime: '2026-03-14T12:00:00Z' }, 'StartTime')).toBe(Date.UTC(2026, 2, 14, 12));
    expect(utcTimeParam({}, 'StartTime')).toBeUndefined();
    expectFault(() => utcTimeParam({ StartTime: '2026-03-14 12:00:00' }, 'StartTime'), 400, 'InvalidParameter', /"StartTime"/);
  });

  it('cuts 1-based pages', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageOf([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
    expect(pageOf([1, 2, 3], 4, 2)).toEqual([]);
  });
});
