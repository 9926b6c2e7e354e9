import { describe, expect, it } from 'vitest';
import { translate } from '../../../../shared/i18n/translate';
import type { Translate } from '../../../../renderer/i18n/use-t';
import { savedWords } from '../../../../renderer/downloads/saved-words';
import { bundleMessages } from '../../../../renderer/views/settings/diagnostics-section';

// Where a file the desk made went, worded by the screen's own messages: here the support bundle's.

const en: Translate = (key, params) => translate('en', key, params);
const zh: Translate = (key, params) => translate('zh-CN', key, params);

describe('saved words', () => {
  it('names the path saved to, the download offered, or that nothing was saved', () => {
    expect(savedWords(en, { kind: 'saved', path: '/home/op/lcr-diagnostics.json' }, bundleMessages)).toBe('Support bundle saved to /home/op/lcr-diagnostics.json');
    expect(savedWords(en, { kind: 'offered', fileName: 'lcr-diagnostics-20260301-0830.json' }, bundleMessages)).toBe(
      'Offered as a download: lcr-diagnostics-20260301-0830.json',
    );
    expect(savedWords(en, { kind: 'cancelled' }, bundleMessages)).toBe('Not saved.');
  });

  it('says it in Chinese too, with the same path or file name', () => {
    expect(savedWords(zh, { kind: 'saved', path: '/home/op/b.json' }, bundleMessages)).toBe('支持包已保存到 /home/op/b.json');
    expect(savedWords(zh, { kind: 'offered', fileName: 'b.json' }, bundleMessages)).toBe('已作为下载提供：b.json');
    expect(savedWords(zh, { kind: 'cancelled' }, bundleMessages)).toBe('未保存。');
  });
});
