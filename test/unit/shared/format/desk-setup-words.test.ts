import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../shared/domain/settings';
import { translate } from '../../../../shared/i18n/translate';
import { boardChangeWords, settingChangeWords, shortcutChangeWords } from '../../../../shared/format/desk-setup-words';

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

describe('a shortcut an import changes, in words', () => {
  const label = (accelerator: string) => accelerator.replace('Control', 'Ctrl');
  it('says a new, a changed and a removed shortcut with the key combination as the desk prints it', () => {
    const key = 'live.example.com/live/match1';
    expect(shortcutChangeWords(t('en'), { key, from: null, to: 'Control+Alt+1' }, label)).toBe(`Shortcut Ctrl+Alt+1 for ${key}`);
    expect(shortcutChangeWords(t('en'), { key, from: 'Control+Alt+1', to: 'Control+Alt+2' }, label)).toBe(`Shortcut for ${key}: Ctrl+Alt+1 → Ctrl+Alt+2`);
    expect(shortcutChangeWords(t('zh-CN'), { key, from: 'Control+Alt+1', to: null }, label)).toMatch(/Ctrl\+Alt\+1.*\p{Script=Han}|\p{Script=Han}.*Ctrl\+Alt\+1/u);
  });
});

describe('what an import does to one board, in words', () => {
  const [a, b, c] = ['d/live/a', 'd/live/b', 'd/live/c'];
  const board = { index: 0, profileName: 'Show', attachTo: 'p', reordered: false, shortcuts: [] };
  const label = (accelerator: string) => accelerator;

  it('lists the pins after, then what comes and goes — not every pin again for a board that was empty', () => {
    expect(boardChangeWords(t('en'), { ...board, pins: [a, b], added: [a, b], removed: [] }, label)).toEqual([`Pinned after import (2): ${a}, ${b}`]);
    expect(boardChangeWords(t('en'), { ...board, pins: [a, b], added: [b], removed: [c], reordered: true }, label)).toEqual([
      `Pinned after import (2): ${a}, ${b}`,
      `New: ${b}`,
      `No longer pinned: ${c}`,
      'The order changes, and with it the number keys.',
    ]);
  });

  it('says when the board is already the same, and when it ends up empty', () => {
    expect(boardChangeWords(t('en'), { ...board, pins: [a], added: [], removed: [] }, label)).toEqual([`Pinned after import (1): ${a}`, 'Its pins and shortcuts are already the same here.']);
    expect(boardChangeWords(t('en'), { ...board, pins: [], added: [], removed: [a] }, label)).toEqual(['No streams pinned after import.', `No longer pinned: ${a}`]);
  });
});
