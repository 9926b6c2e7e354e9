/** A tagged logger (`[ipc] …`). Writes to stderr only: stdout belongs to command output. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Where log lines go; tests pass an array collector. */
export type LogSink = (line: string) => void;

/** Standard error, where every process of the desk logs. */
export const stderrSink: LogSink = (line) => process.stderr.write(`${line}\n`);

/**
 * Creates a logger whose lines start with `[tag]`. Callers pass codes and ids, never secrets:
 * nothing here can tell a secret from other text, so the rule is kept at the call sites.
 */
export function createLogger(tag: string, sink: LogSink = stderrSink): Logger {
  const write = (level: string, message: string) => sink(`${new Date().toISOString()} ${level} [${tag}] ${message}`);
  return {
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m) => write('error', m),
  };
}
