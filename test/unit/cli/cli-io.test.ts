import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createCliIo, type CliInput } from '../../../electron/cli/cli-io';

function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = { out: '', err: '' };
  stdout.on('data', (chunk: Buffer) => (text.out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (text.err += chunk.toString()));
  return { stdout, stderr, text };
}

describe('the CLI streams', () => {
  it('keep results on stdout and everything else on stderr', () => {
    const { stdout, stderr, text } = capture();
    const io = createCliIo({ stdin: new PassThrough(), stdout, stderr });
    io.out('result\n');
    io.err('message\n');
    expect(text).toEqual({ out: 'result\n', err: 'message\n' });
  });

  it('mask every secret read so far, wherever it would be written', () => {
    const { stdout, stderr, text } = capture();
    const io = createCliIo({ stdin: new PassThrough(), stdout, stderr });
    io.hide('Sup3rSecretValue');
    io.hide(' TokenValue-123 ');
    io.hide('short');
    io.out('a Sup3rSecretValue b Sup3rSecretValue\n');
    io.err('failed for TokenValue-123; short stays\n');
    expect(text.out).toBe('a **** b ****\n');
    expect(text.err).toBe('failed for ****; short stays\n');
  });

  it('count as interactive only when standard input is a terminal', () => {
    const { stdout, stderr } = capture();
    const terminal: CliInput = Object.assign(new PassThrough(), { isTTY: true });
    expect(createCliIo({ stdin: terminal, stdout, stderr }).interactive).toBe(true);
    expect(createCliIo({ stdin: new PassThrough(), stdout, stderr }).interactive).toBe(false);
  });

  it('rewrite a progress line in place on a terminal\'s stderr, and write none elsewhere', () => {
    const tty = capture();
    const onTerminal = createCliIo({ stdin: new PassThrough(), stdout: tty.stdout, stderr: Object.assign(tty.stderr, { isTTY: true }) });
    onTerminal.hide('Sup3rSecretValue');
    onTerminal.progress('1/3 done');
    onTerminal.progress('Sup3rSecretValue');
    onTerminal.progress('');
    expect(tty.text.err).toBe('\r\u001b[K1/3 done\r\u001b[K****\r\u001b[K');
    const piped = capture();
    createCliIo({ stdin: new PassThrough(), stdout: piped.stdout, stderr: piped.stderr }).progress('1/3 done');
    expect(piped.text).toEqual({ out: '', err: '' });
  });
});
