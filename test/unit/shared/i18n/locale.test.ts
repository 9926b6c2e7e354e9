import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../../shared/i18n/locale';

describe('resolveLocale', () => {
  it('uses a fixed choice whatever the OS says', () => {
    expect(resolveLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(resolveLocale('en', ['zh-CN'])).toBe('en');
  });

  it('follows the first OS language it has a catalogue for', () => {
    expect(resolveLocale('system', ['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(resolveLocale('system', ['ja-JP', 'en-GB', 'zh-CN'])).toBe('en');
    expect(resolveLocale('system', ['zh-Hans-CN'])).toBe('zh-CN');
    expect(resolveLocale('system', ['zh_TW'])).toBe('zh-CN');
    expect(resolveLocale('system', ['EN'])).toBe('en');
  });

  it('falls back to English when the OS offers nothing known', () => {
    expect(resolveLocale('system', [])).toBe('en');
    expect(resolveLocale('system', ['de-DE', 'zhx'])).toBe('en');
  });
});
