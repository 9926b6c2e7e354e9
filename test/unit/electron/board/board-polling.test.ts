import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBoardPolling } from '../../../../electron/board/board-polling';
import type { BoardService } from '../../../../electron/board/board-service';
import type { ObservedChange } from '../../../../shared/domain/board';
import { createLogger } from '../../../../electron/log';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A board whose polls take `ms` each and report the given changes in turn. */
function slowBoard(ms: number, rounds: ObservedChange[][]) {
  const started: number[] = [];
  const poll = async () => {
    started.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, ms));
    return rounds.shift() ?? [];
  };
  return { board: { poll } as unknown as BoardService, started };
}

describe('the board polling loop', () => {
  it('starts once however often the board is shown, and waits an interval after each cycle ends', async () => {
    const { board, started } = slowBoard(300, []);
    const polling = createBoardPolling(board, createLogger('board', () => undefined), () => undefined, () => 2000);
    polling.ensureStarted();
    polling.ensureStarted();
    await vi.advanceTimersByTimeAsync(300 + 2000 + 300 + 2000 + 10);
    expect(started.map((at) => at - (started[0] ?? 0))).toEqual([0, 2300, 4600]);
    polling.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(started).toHaveLength(3);
  });

  it('hands on what each cycle saw change, and keeps going after a cycle that throws', async () => {
    const seen: ObservedChange[][] = [];
    const errors: string[] = [];
    let calls = 0;
    const board = {
      poll: async () => {
        calls += 1;
        if (calls === 1) throw new Error('bug');
        return calls === 2 ? [{ kind: 'offAir', key: 'd/a/s' } as const] : [];
      },
    } as unknown as BoardService;
    const polling = createBoardPolling(board, createLogger('board', (line) => errors.push(line)), (changes) => seen.push(changes), () => 1000);
    polling.ensureStarted();
    await vi.advanceTimersByTimeAsync(2500);
    polling.stop();
    expect(errors.some((line) => line.includes('board poll failed: bug'))).toBe(true);
    expect(seen).toEqual([[{ kind: 'offAir', key: 'd/a/s' }]]);
  });

  it('asks the interval after every cycle, and a new interval takes effect from the last cycle\'s end', async () => {
    const { board, started } = slowBoard(100, []);
    let interval = 60_000;
    const polling = createBoardPolling(board, createLogger('board', () => undefined), () => undefined, () => interval);
    polling.ensureStarted();
    await vi.advanceTimersByTimeAsync(100 + 5000);
    expect(started).toHaveLength(1);
    interval = 2000;
    polling.reschedule();
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100 + 1990);
    expect(started).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(20);
    expect(started).toHaveLength(3);
    polling.stop();
  });
});
