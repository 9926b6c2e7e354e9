import { z } from 'zod';

/**
 * How often the board re-reads its domains, in whole seconds: the operator's choice. A second is
 * the fastest a producer can use (a tile's age is shown to the second); a minute the slowest that
 * still tells a producer within a minute that a stream went off the air.
 */
export const PollingSeconds = z.number().int().min(1).max(60);

/** The intervals Settings offers; a hand-edited or imported file may hold any whole second in range. */
export const pollingSecondsChoices = [1, 2, 3, 5, 10, 15, 30, 60] as const;

/**
 * The share of the read action's rate budget the board's polling may take. The budget is the
 * account's, shared with this desk's switches and their confirming re-reads, other desks and the
 * console; so polling never takes more than half of it, whatever interval is chosen.
 */
export const pollingBudgetShare = 0.5;

/** At most `count` calls in any window of `windowMs` (the transport's rate limit of an action). */
export const CallLimit = z.object({ count: z.number().int().positive(), windowMs: z.number().int().positive() });
export type CallLimit = z.infer<typeof CallLimit>;

/**
 * The interval the board really waits between reads: the one asked for, stretched when the
 * reads of one cycle (one per pinned domain and page) would take more than
 * {@link pollingBudgetShare} of the read action's budget at that pace.
 */
export function pollingIntervalMs(requestedMs: number, readsPerCycle: number, limit: CallLimit): number {
  const floorMs = Math.ceil((readsPerCycle * limit.windowMs) / (limit.count * pollingBudgetShare));
  return Math.max(requestedMs, floorMs);
}

/**
 * Where the board's polling stands against its budget, for Settings: the interval asked for and
 * the one kept, the reads the last cycle made, and the action and limit they count against.
 */
export const PollingBudget = z.object({
  requestedMs: z.number().int().positive(),
  intervalMs: z.number().int().positive(),
  /** Reads in the last cycle (one per pinned domain and page); 0 before the first or with no pins. */
  readsPerCycle: z.number().int().nonnegative(),
  action: z.string(),
  limit: CallLimit,
});
export type PollingBudget = z.infer<typeof PollingBudget>;

/** The share (0–1) of the action's budget the board's polling uses at the interval kept. */
export function budgetInUse(budget: PollingBudget): number {
  return (budget.readsPerCycle * budget.limit.windowMs) / (budget.intervalMs * budget.limit.count);
}
