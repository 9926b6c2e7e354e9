import { describe, expect, it } from 'vitest';
import type { PollingBudget } from '../../../../../shared/domain/board-polling';
import type { Locale } from '../../../../../shared/domain/settings';
import { translate } from '../../../../../shared/i18n/translate';
import { secondsWords } from '../../../../../shared/format/seconds-words';
import { pollingWords } from '../../../../../renderer/views/settings/polling-words';

const t = (locale: Locale) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params);
const budget: PollingBudget = { requestedMs: 2000, intervalMs: 2000, readsPerCycle: 2, action: 'QueryLiveDomainMultiStreamList', limit: { count: 10, windowMs: 1000 } };

describe('what the board\'s polling costs, in words', () => {
  it('says the reads per cycle and the share of the action\'s budget, in both languages', () => {
    expect(pollingWords(t('en'), budget)).toBe('Each read of the board is 2 call(s) of QueryLiveDomainMultiStreamList: 10% of the 10 per second it allows.');
    expect(pollingWords(t('zh-CN'), { ...budget, readsPerCycle: 1, requestedMs: 5000, intervalMs: 5000 })).toBe('面板每次读取调用 1 次 QueryLiveDomainMultiStreamList：占其每秒 10 次配额的 2%。');
  });

  it('says when the interval was stretched to keep half of the budget, and why', () => {
    expect(pollingWords(t('en'), { ...budget, requestedMs: 1000, intervalMs: 2400, readsPerCycle: 12 })).toBe(
      'Reading every 2.4 s instead: 12 call(s) of QueryLiveDomainMultiStreamList every 1 s would take more than half of the 10 per second it allows, and the rest is kept for switches and other desks.',
    );
  });

  it('says nothing was read yet rather than a share of nothing', () => {
    expect(pollingWords(t('en'), { ...budget, readsPerCycle: 0 })).toMatch(/read nothing yet/);
  });

  it('names a light share to one decimal and whole seconds without one', () => {
    expect(pollingWords(t('en'), { ...budget, readsPerCycle: 1, requestedMs: 60_000, intervalMs: 60_000 })).toContain('0.2%');
    expect(secondsWords(t('zh-CN'), 30_000)).toBe('30 秒');
  });
});
