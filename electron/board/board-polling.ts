import type { Logger } from '../log';
import type { BoardService } from './board-service';
import type { ObservedChange } from '../../shared/domain/board';

/** How often the board re-reads its domains: well inside every dual-stream action's rate budget. */
export const defaultPollingIntervalMs = 2000;

/** The board's polling loop, started when a board is first shown and stopped on quit. */
export interface BoardPolling {
  /** Starts polling if it is not running yet. */
  ensureStarted(): void;
  stop(): void;
}

/**
 * Polls one cycle at a time, the next starting an interval after the previous one ended, so a
 * slow cloud never stacks reads up; what each cycle saw change goes to `onChanges`. A cycle that
 * throws (a bug: cloud failures are kept on the tiles) is logged and the loop goes on.
 */
export function createBoardPolling(service: BoardService, log: Logger, onChanges: (changes: ObservedChange[]) => void, intervalMs = defaultPollingIntervalMs): BoardPolling {
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  const cycle = async () => {
    try {
      const changes = await service.poll();
      if (changes.length > 0) onChanges(changes);
    } catch (thrown) {
      log.error(`board poll failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    }
    if (running) timer = setTimeout(() => void cycle(), intervalMs);
  };
  return {
    ensureStarted() {
      if (running) return;
      running = true;
      void cycle();
    },
    stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
