import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../../../renderer/i18n/locale-choice';

describe('chooseLocale', () => {
  it('uses a fixed preference whatever the system says', () => {
    expect(chooseLocale('zh-CN', ['en-US'], ['en-GB'])).toBe('zh-CN');
    expect(chooseLocale('en', ['zh-CN'], ['zh-TW'])).toBe('en');
  });

  it('follows the browser languages first', () => {
    expect(chooseLocale('system', ['zh-CN', 'en'], ['en-US'])).toBe('zh-CN');
    expect(chooseLocale('system', ['en-US'], ['zh-CN'])).toBe('en');
  });

  it("falls back to main's system locales when no browser language has a catalogue", () => {
    expect(chooseLocale('system', ['fr-FR', 'de'], ['zh-Hans-CN'])).toBe('zh-CN');
    expect(chooseLocale('system', [], ['zh_CN'])).toBe('zh-CN');
  });

  it('falls back to English when nothing matches', () => {
    expect(chooseLocale('system', ['fr-FR'], ['ja-JP'])).toBe('en');
    expect(chooseLocale('system', [])).toBe('en');
  });
});
