import { describe, expect, it } from 'vitest';
import { cliLocale, posixMessageLocales } from '../../../electron/cli/cli-locale';

describe('the language of lcr', () => {
  it('reads the POSIX message locale: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(posixMessageLocales({ LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US', LANG: 'en_GB' })).toEqual(['zh_CN.UTF-8']);
    expect(posixMessageLocales({ LC_ALL: ' ', LC_MESSAGES: 'en_US.UTF-8', LANG: 'zh_CN' })).toEqual(['en_US.UTF-8']);
    expect(posixMessageLocales({ LANG: 'zh_TW.UTF-8' })).toEqual(['zh_TW.UTF-8']);
    expect(posixMessageLocales({})).toEqual([]);
  });

  it('follows --lang first, then the desk setting, then the system for "follow the system"', () => {
    expect(cliLocale('en', 'zh-CN', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLocale(undefined, 'zh-CN', { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(cliLocale(undefined, 'system', { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLocale(undefined, 'system', { LC_ALL: 'C.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLocale(undefined, 'system', {})).toBe('en');
  });
});
