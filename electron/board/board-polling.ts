import type { Logger } from '../log';
import type { BoardService } from './board-service';
import type { ObservedChange } from '../../shared/domain/board';

/** The board's polling loop, started when a board is first shown and stopped on quit. */
export interface BoardPolling {
  /** Starts polling if it is not running yet. */
  ensureStarted(): void;
  /** The interval changed: the next cycle starts the new interval after the last one ended (at once if that is past). */
  reschedule(): void;
  stop(): void;
}

/**
 * Polls one cycle at a time, the next starting an interval after the previous one ended, so a
 * slow cloud never stacks reads up; what each cycle saw change goes to `onChanges`. The interval
 * is asked for after every cycle (the setting, stretched to the rate budget for the reads that
 * cycle made). A cycle that throws (a bug: cloud failures are kept on the tiles) is logged and
 * the loop goes on.
 */
export function createBoardPolling(service: BoardService, log: Logger, onChanges: (changes: ObservedChange[]) => void, intervalMs: () => number): BoardPolling {
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let cycling = false;
  let lastEnded = 0;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void cycle(), Math.max(0, lastEnded + intervalMs() - Date.now()));
  };
  const cycle = async () => {
    cycling = true;
    try {
      const changes = await service.poll();
      if (changes.length > 0) onChanges(changes);
    } catch (thrown) {
      log.error(`board poll failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    }
    cycling = false;
    lastEnded = Date.now();
    if (running) schedule();
  };
  return {
    ensureStarted() {
      if (running) return;
      running = true;
      void cycle();
    },
    reschedule() {
      if (running && !cycling) schedule();
    },
    stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
