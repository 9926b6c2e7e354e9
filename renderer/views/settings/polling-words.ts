import { budgetInUse, type PollingBudget } from '../../../shared/domain/board-polling';
import { secondsWords } from '../../../shared/format/seconds-words';
import type { Translate } from '../../i18n/use-t';

// Settings › Watching streams: what the board's polling costs, in words — the reads a cycle makes,
// the share of the read action's budget they take, or why the interval was stretched.

/** A share as a percentage: one decimal below 10 % (a light board reads 0.5 %), whole above. */
function percent(share: number): string {
  const value = share * 100;
  return value < 10 ? String(Math.round(value * 10) / 10) : String(Math.round(value));
}

/**
 * The line under the interval: nothing read yet, the share of the budget in use, or the
 * interval kept when the one chosen would take more than half of the budget.
 */
export function pollingWords(t: Translate, budget: PollingBudget): string {
  if (budget.readsPerCycle === 0) return t('settings.polling.none');
  const limit = {
    action: budget.action,
    reads: budget.readsPerCycle,
    count: budget.limit.count,
    window: t(budget.limit.windowMs === 60_000 ? 'settings.polling.window.minute' : 'settings.polling.window.second'),
  };
  if (budget.intervalMs > budget.requestedMs) {
    return t('settings.polling.stretched', { ...limit, interval: secondsWords(t, budget.intervalMs), requested: secondsWords(t, budget.requestedMs) });
  }
  return t('settings.polling.use', { ...limit, share: percent(budgetInUse(budget)) });
}
