import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../../../shared/i18n/en';
import { placeholdersOf } from '../../../../shared/i18n/translate';
import { zhCN } from '../../../../shared/i18n/zh-CN';

const keys = Object.keys(en) as MessageKey[];

// The renderer promises that every visible text changes with the language, and the E2E checks it
// on screen; these check the catalogues themselves, including messages no screen shows yet.
describe('message catalogues', () => {
  it('give every key the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholdersOf(zhCN[key]), key).toEqual(placeholdersOf(en[key]));
  });

  it('have no empty or blank message', () => {
    for (const key of keys) {
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      expect(zhCN[key].trim(), `zh-CN ${key}`).not.toBe('');
    }
  });

  it('translate every message: no zh-CN text equals its English one', () => {
    expect(keys.filter((key) => zhCN[key] === en[key])).toEqual([]);
  });

  it('write every zh-CN message in Chinese', () => {
    expect(keys.filter((key) => !/\p{Script=Han}/u.test(zhCN[key]))).toEqual([]);
  });

  it('name each language in its own script in both catalogues, so anyone can find theirs', () => {
    expect(en['language.zh-CN']).toContain('简体中文');
    expect(zhCN['language.en']).toContain('English');
  });
});
