import { describe, expect, it } from 'vitest';
import { budgetInUse, pollingIntervalMs, type PollingBudget } from '../../../../shared/domain/board-polling';

describe('the board\'s polling against the read action\'s rate budget', () => {
  const tenPerSecond = { count: 10, windowMs: 1000 };

  it('keeps the interval asked for while its reads take at most half the budget', () => {
    expect(pollingIntervalMs(1000, 5, tenPerSecond)).toBe(1000);
    expect(pollingIntervalMs(2000, 0, tenPerSecond)).toBe(2000);
  });

  it('stretches the interval when a cycle\'s reads would take more than half', () => {
    expect(pollingIntervalMs(1000, 12, tenPerSecond)).toBe(2400);
    expect(pollingIntervalMs(1000, 3, { count: 10_000, windowMs: 60_000 })).toBe(1000);
  });

  it('says the share of the budget in use at the interval kept', () => {
    const budget: PollingBudget = { requestedMs: 1000, intervalMs: 2400, readsPerCycle: 12, action: 'QueryLiveDomainMultiStreamList', limit: tenPerSecond };
    expect(budgetInUse(budget)).toBe(0.5);
    expect(budgetInUse({ ...budget, intervalMs: 2000, readsPerCycle: 2 })).toBeCloseTo(0.1);
  });
});
