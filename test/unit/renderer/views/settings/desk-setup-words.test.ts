import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../../shared/domain/settings';
import { translate } from '../../../../../shared/i18n/translate';
import { settingChangeWords } from '../../../../../renderer/views/settings/desk-setup-words';

const t = (locale: Locale) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params);

describe('a setting an import changes, in words', () => {
  it('names each setting as Settings does and its values in words, in both languages', () => {
    expect(settingChangeWords(t('en'), { field: 'takeMode', from: 'armThenTake', to: 'single' })).toBe('How a switch is made: Arm, then take → Single action');
    expect(settingChangeWords(t('en'), { field: 'notifications.standby', from: 'true', to: 'false' })).toBe('Notifications · A standby is lost, or comes back: on → off');
    expect(settingChangeWords(t('zh-CN'), { field: 'pollingSeconds', from: '2', to: '5' })).toBe('面板读取间隔：由 2 秒 改为 5 秒');
    expect(settingChangeWords(t('en'), { field: 'language', from: 'system', to: 'zh-CN' })).toBe('Language: Follow the system → Chinese, Simplified (简体中文)');
  });

  it('shows a value or setting this version cannot name as stored, rather than guessing', () => {
    expect(settingChangeWords(t('en'), { field: 'timeZone', from: 'UTC', to: 'Asia/Shanghai' })).toBe('Time zone shown: UTC → Asia/Shanghai');
    expect(settingChangeWords(t('en'), { field: 'takeMode', from: 'single', to: 'doubleTap' })).toBe('How a switch is made: Single action → doubleTap');
  });
});
