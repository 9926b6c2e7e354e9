import type { LogSink } from './log';

/** A log sink that also keeps the newest lines, for a diagnostics bundle. */
export interface LogRing {
  sink: LogSink;
  /** The kept lines, oldest first. */
  lines(): string[];
}

/**
 * Passes every line on to `next` and keeps the newest `size` of them in memory: logs go to
 * stderr, where no support bundle can find them after the fact.
 */
export function createLogRing(next: LogSink, size = 500): LogRing {
  const kept: string[] = [];
  return {
    sink(line) {
      kept.push(line);
      if (kept.length > size) kept.splice(0, kept.length - size);
      next(line);
    },
    lines: () => [...kept],
  };
}
