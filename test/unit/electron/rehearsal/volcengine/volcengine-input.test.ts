import { describe, expect, it } from 'vitest';
import {
  bindErrorMessage,
  checkLength,
  checkRelayName,
  optionalInt,
  optionalIntList,
  optionalNumber,
  optionalObject,
  optionalObjectList,
  optionalString,
  optionalStringList,
  queryInt,
  requiredInt,
  requiredString,
} from '../../../../../electron/rehearsal/volcengine/volcengine-input';
import { faultOf } from './volcengine-rehearsal';

const bind = { status: 400, code: 'InvalidParam.BindError', message: bindErrorMessage };

describe('reading a JSON body', () => {
  it('fails binding with the documented message when a value has the wrong JSON type', () => {
    expect(bindErrorMessage).toBe('Request parameter error, please check input data');
    expect(faultOf(() => optionalInt({ StartTime: '1718798400' }, 'StartTime'))).toMatchObject(bind);
    expect(faultOf(() => optionalInt({ StartTime: 1718798400.5 }, 'StartTime'))).toMatchObject(bind);
    expect(faultOf(() => optionalString({ Name: 7 }, 'Name'))).toMatchObject(bind);
    expect(faultOf(() => optionalNumber({ Ratio: 'half' }, 'Ratio'))).toMatchObject(bind);
    expect(faultOf(() => optionalStringList({ GroupNames: 'a' }, 'GroupNames'))).toMatchObject(bind);
    expect(faultOf(() => optionalStringList({ GroupNames: ['a', 1] }, 'GroupNames'))).toMatchObject(bind);
    expect(faultOf(() => optionalIntList({ StatusList: [0, 0.5] }, 'StatusList'))).toMatchObject(bind);
    expect(faultOf(() => optionalObjectList({ Tags: [['k']] }, 'Tags'))).toMatchObject(bind);
    expect(faultOf(() => optionalObject({ Watermark: 'logo.png' }, 'Watermark'))).toMatchObject(bind);
  });

  it('treats absent and null alike, and reads values of the right type', () => {
    expect(optionalString({}, 'Title')).toBeUndefined();
    expect(optionalInt({ Type: null }, 'Type')).toBeUndefined();
    expect(optionalInt({ Type: 0 }, 'Type')).toBe(0);
    expect(optionalNumber({ Offset: 1.5 }, 'Offset')).toBe(1.5);
    expect(optionalStringList({ GroupNames: ['a', '赛事'] }, 'GroupNames')).toStrictEqual(['a', '赛事']);
    expect(optionalObjectList({ Tags: [{ Key: 'k' }] }, 'Tags')).toStrictEqual([{ Key: 'k' }]);
  });

  it('refuses a missing required field as InvalidParam naming it; 0 is a value for an int', () => {
    expect(faultOf(() => requiredString({ Name: '' }, 'Name'))).toMatchObject({ status: 400, code: 'InvalidParam', message: 'Name is required' });
    expect(faultOf(() => requiredString({}, 'Key', 'Tags[0].Key'))).toMatchObject({ code: 'InvalidParam', message: 'Tags[0].Key is required' });
    expect(faultOf(() => requiredInt({}, 'Type'))).toMatchObject({ code: 'InvalidParam', message: 'Type is required' });
    expect(requiredInt({ Type: 0 }, 'Type')).toBe(0);
  });
});

describe('reading a GET query', () => {
  it('binds digit text to an int, empty text as absent, and fails binding on anything else', () => {
    expect(queryInt({ Page: '2' }, 'Page')).toBe(2);
    expect(queryInt({ Page: '' }, 'Page')).toBeUndefined();
    expect(queryInt({}, 'Page')).toBeUndefined();
    for (const text of ['abc', '1.5', '2x', ' 2']) expect(faultOf(() => queryInt({ Page: text }, 'Page'))).toMatchObject(bind);
  });
});

describe('the name rule (group names and task titles)', () => {
  it('accepts 1–20 Chinese characters, letters and digits, counted as characters', () => {
    for (const name of ['RelayGroup001', '赛事直播', 'ClientA2026', '直'.repeat(20)]) expect(() => checkRelayName(name, 'Name')).not.toThrow();
  });

  it('refuses spaces, punctuation, emoji and a 21st character as InvalidParam', () => {
    for (const name of ['Relay Group', 'group_1', 'show-1', '直播🎥', 'a'.repeat(21), '直'.repeat(21)]) {
      expect(faultOf(() => checkRelayName(name, 'Name'))).toMatchObject({ status: 400, code: 'InvalidParam' });
    }
  });

  it('limits text by characters, not UTF-16 units', () => {
    expect(() => checkLength('直'.repeat(4), 4, 'Key')).not.toThrow();
    expect(faultOf(() => checkLength('abcde', 4, 'Key'))).toMatchObject({ code: 'InvalidParam', message: 'Key must be at most 4 characters' });
  });
});
