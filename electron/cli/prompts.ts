import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CliIo } from './cli-io';
import { CliError } from './exit-codes';
import type { Translate } from './help-text';

const interrupted = () => new CliError('cli.interrupted', 'cli.error.interrupted', {}, 130);

/** What one keystroke chunk does to the line being typed; pure, so editing rules are testable. */
export interface HiddenLineState {
  value: string;
  /** Inside an escape sequence (arrow keys, function keys), whose bytes are not text. */
  escape: boolean;
  done: 'enter' | 'interrupt' | null;
}

/**
 * Applies typed characters to a hidden line: Enter ends it, Ctrl-C interrupts, Ctrl-D ends an empty
 * line, Backspace and Ctrl-U edit, escape sequences and other controls are ignored. Pasting a
 * secret arrives as one chunk and works the same.
 */
export function typeHidden(state: HiddenLineState, chunk: string): HiddenLineState {
  let { value, escape } = state;
  for (const char of chunk) {
    if (escape) {
      escape = !/[A-Za-z~]/.test(char);
      continue;
    }
    if (char === '\r' || char === '\n') return { value, escape, done: 'enter' };
    if (char === '\u0003') return { value, escape, done: 'interrupt' };
    if (char === '\u0004' && value === '') return { value, escape, done: 'enter' };
    if (char === '\u001b') escape = true;
    else if (char === '\u007f' || char === '\b') value = Array.from(value).slice(0, -1).join('');
    else if (char === '\u0015') value = '';
    else if (char >= ' ') value += char;
  }
  return { value, escape, done: null };
}

/**
 * Asks for a secret on the terminal without echoing it: the terminal is put in raw mode, so not
 * even the length shows, and restored afterwards whatever happens. Ctrl-C exits with 130.
 */
export function readHidden(io: CliIo, question: string): Promise<string> {
  const input = io.stdin;
  return new Promise((resolve, reject) => {
    const wasRaw = input.isRaw === true;
    let state: HiddenLineState = { value: '', escape: false, done: null };
    const onData = (chunk: Buffer | string) => {
      state = typeHidden(state, chunk.toString());
      if (!state.done) return;
      input.off('data', onData);
      input.setRawMode?.(wasRaw);
      input.pause();
      io.err('\n');
      if (state.done === 'interrupt') reject(interrupted());
      else resolve(state.value);
    };
    // Raw mode before the question: whatever is typed once it shows is never echoed.
    input.setRawMode?.(true);
    io.err(question);
    input.on('data', onData);
    input.resume();
  });
}

/**
 * Asks a yes/no question on the terminal, which echoes and edits the answer itself (cooked mode);
 * anything but an explicit yes — including an empty line or the end of input — is no.
 */
export async function askYesNo(io: CliIo, question: string): Promise<boolean> {
  return /^\s*(y|yes|是)\s*$/i.test(await askLine(io, question));
}

/** Asks for one line on the terminal (echoed, as typed); the end of input reads as an empty line. */
export async function askLine(io: CliIo, question: string): Promise<string> {
  io.err(question);
  const [answer = ''] = await readLines(io.stdin, 1);
  return answer;
}

/** Up to `count` lines of standard input (fewer when it ends first), without waiting for its end. */
export async function readLines(input: Readable, count: number): Promise<string[]> {
  const lines: string[] = [];
  if (count === 0) return lines;
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  try {
    for await (const line of rl) {
      lines.push(line);
      if (lines.length >= count) break;
    }
  } finally {
    rl.close();
  }
  return lines;
}

/** The secrets a command may need, in the order standard input provides them. */
export type SecretKind = 'accessKeySecret' | 'securityToken';

/**
 * Reads the secrets a command needs, never from its arguments (they would stay in the shell's
 * history and in every process listing): with `--secret-stdin` one per line of standard input, in
 * the order asked; otherwise from a hidden prompt when there is a terminal; otherwise not at all
 * (exit 2, saying to use `--secret-stdin`). Each value is registered with `io.hide` as it arrives.
 * A line that is missing reads as empty, which the services refuse as a required field.
 */
export async function readSecrets(
  io: CliIo,
  t: Translate,
  request: { kinds: readonly SecretKind[]; profileName: string; fromStdin: boolean },
): Promise<string[]> {
  const { kinds, profileName, fromStdin } = request;
  let values: string[];
  if (fromStdin) {
    const lines = await readLines(io.stdin, kinds.length);
    values = kinds.map((_, i) => lines[i] ?? '');
  } else {
    if (kinds.length > 0 && !io.interactive) throw new CliError('cli.noTerminal', 'cli.error.noTerminal', {}, 2);
    values = [];
    for (const kind of kinds) values.push(await readHidden(io, t(`cli.prompt.${kind}`, { name: profileName })));
  }
  for (const value of values) io.hide(value);
  return values;
}
