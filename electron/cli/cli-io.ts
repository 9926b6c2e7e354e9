import type { Readable, Writable } from 'node:stream';

/** Standard input as prompts need it: a terminal can be put in raw mode to read without echo. */
export type CliInput = Readable & { isTTY?: boolean; isRaw?: boolean; setRawMode?(mode: boolean): unknown };

/** The process's streams as the commands use them; tests pass their own. */
export interface CliStreams {
  stdin: CliInput;
  stdout: Writable;
  /** A terminal's stderr (`isTTY`) can show a progress line that rewrites itself. */
  stderr: Writable & { isTTY?: boolean };
}

/**
 * Where a command reads and writes. Results go to `out` (stdout), everything meant for a person —
 * prompts, warnings, errors — to `err` (stderr), so `lcr … --json | jq` always gets clean data.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: CliInput;
  /** Whether a person can answer prompts: standard input is a terminal. */
  interactive: boolean;
  /**
   * Shows `text` as a progress line on stderr that the next call replaces (`''` clears it), when
   * stderr is a terminal; elsewhere (a log file, a pipe) it writes nothing, so logs hold no
   * hundred lines of counting.
   */
  progress(text: string): void;
  /** Registers a secret just read: from now on it is masked in anything written, whatever the path. */
  hide(secret: string): void;
}

const mask = '****';
// Shorter values would mask ordinary words; every accepted secret is at least 8 characters.
const shortestMasked = 6;

/**
 * The command line's streams behind a last line of defence: every text written is scrubbed of the
 * secrets this run has read. The commands never print a secret by design; this makes a future
 * mistake (an error echoing its input) print `****` instead of a key.
 */
export function createCliIo({ stdin, stdout, stderr }: CliStreams): CliIo {
  const secrets = new Set<string>();
  const scrub = (text: string) => {
    let clean = text;
    for (const secret of secrets) clean = clean.split(secret).join(mask);
    return clean;
  };
  return {
    out: (text) => void stdout.write(scrub(text)),
    err: (text) => void stderr.write(scrub(text)),
    stdin,
    interactive: stdin.isTTY === true,
    progress(text) {
      // Carriage return, then erase to the end of the line: the line is rewritten in place.
      if (stderr.isTTY === true) stderr.write(`\r\u001b[K${scrub(text)}`);
    },
    hide(secret) {
      const value = secret.trim();
      if (value.length >= shortestMasked) secrets.add(value);
    },
  };
}
