import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createCliIo } from '../../../electron/cli/cli-io';
import { askLine, askYesNo, readHidden, readLines, typeHidden, type HiddenLineState } from '../../../electron/cli/prompts';

const start: HiddenLineState = { value: '', escape: false, done: null };
const type = (...chunks: string[]) => chunks.reduce(typeHidden, start);

function terminal() {
  const modes: boolean[] = [];
  const stdin = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: (mode: boolean) => modes.push(mode) });
  const stderr = new PassThrough();
  let shown = '';
  stderr.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  const io = createCliIo({ stdin, stdout: new PassThrough(), stderr });
  return { io, stdin, modes, shown: () => shown };
}

describe('hidden typing', () => {
  it('ends at Enter, and takes a pasted secret in one chunk', () => {
    expect(type('abc', 'def\r')).toEqual({ value: 'abcdef', escape: false, done: 'enter' });
    expect(type('Sup3r/Secret+Value==\n')).toMatchObject({ value: 'Sup3r/Secret+Value==', done: 'enter' });
  });

  it('edits with Backspace and Ctrl-U, whole characters at a time', () => {
    expect(type('ab密\u007f\u007fc\r').value).toBe('ac');
    expect(type('abc\u0015xy\b\r').value).toBe('x');
  });

  it('interrupts on Ctrl-C, ends an empty line on Ctrl-D and ignores arrow keys', () => {
    expect(type('abc\u0003').done).toBe('interrupt');
    expect(type('\u0004')).toMatchObject({ value: '', done: 'enter' });
    expect(type('a\u001b[D\u001b[1;5Cb\r').value).toBe('ab');
  });
});

describe('prompts', () => {
  it('read a secret in raw mode without echoing it, and restore the terminal', async () => {
    const { io, stdin, modes, shown } = terminal();
    const secret = readHidden(io, 'Secret: ');
    stdin.write('Sup3rSecret\r');
    await expect(secret).resolves.toBe('Sup3rSecret');
    expect(modes).toEqual([true, false]);
    expect(shown()).toBe('Secret: \n');
  });

  it('exit 130 when Ctrl-C is typed at a secret prompt', async () => {
    const { io, stdin, modes } = terminal();
    const secret = readHidden(io, 'Secret: ');
    stdin.write('Sup\u0003');
    await expect(secret).rejects.toMatchObject({ code: 'cli.interrupted', exit: 130 });
    expect(modes).toEqual([true, false]);
  });

  it('take only an explicit yes as yes', async () => {
    for (const [answer, yes] of [['y\n', true], ['YES\n', true], ['是\n', true], ['\n', false], ['n\n', false], ['yep\n', false], ['', false]] as const) {
      const { io, stdin } = terminal();
      const asked = askYesNo(io, 'Remove? [y/N] ');
      stdin.end(answer);
      await expect(asked).resolves.toBe(yes);
    }
  });

  it('take one typed line as it was typed, and the end of input as an empty one', async () => {
    const typed = terminal();
    const asked = askLine(typed.io, 'Type the name: ');
    typed.stdin.write(' Press Room \nmore\n');
    await expect(asked).resolves.toBe(' Press Room ');
    expect(typed.shown()).toBe('Type the name: ');
    const ended = terminal();
    const nothing = askLine(ended.io, 'Type the name: ');
    ended.stdin.end();
    await expect(nothing).resolves.toBe('');
  });

  it('read as many lines of standard input as needed, without waiting for its end', async () => {
    const input = new PassThrough();
    input.write('first\r\nsecond\nthird\n');
    await expect(readLines(input, 2)).resolves.toEqual(['first', 'second']);
    const short = new PassThrough();
    short.end('only\n');
    await expect(readLines(short, 2)).resolves.toEqual(['only']);
  });
});
