import { PassThrough } from 'node:stream';
import { openCliServices } from '../../../electron/cli/cli-services';
import { runCli } from '../../../electron/cli/run-cli';
import { memoryStore } from './memory-settings';
import { memoryVault } from './memory-vault';

/** What one run of the whole command line printed and how it exited. */
export interface DeskRun {
  code: number;
  out: string;
  err: string;
}

/**
 * The whole command line over the real services, with the keychain and the settings file in
 * memory: `run` is one `lcr` run (on a terminal when asked, its input typed up front).
 */
export function memoryDesk(initial?: unknown) {
  const store = memoryStore(initial);
  const { vault, entries } = memoryVault();
  const run = async (argv: string[], { input = '', terminal = false } = {}): Promise<DeskRun> => {
    const stdin = Object.assign(new PassThrough(), terminal ? { isTTY: true, isRaw: false, setRawMode: () => true } : {});
    if (terminal) stdin.write(input);
    else stdin.end(input);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const env = { LCR_DATA_DIR: '/nonexistent/lcr-unit' };
    const code = await runCli(argv, {
      streams: { stdin, stdout, stderr },
      env,
      version: '9.9.9',
      now: () => new Date('2026-11-22T20:00:00Z'),
      onInterrupt: () => () => undefined,
      onStop: () => () => undefined,
      openServices: (logSink) =>
        openCliServices({ env, home: '/nonexistent/home', platform: 'linux', version: '9.9.9', logSink, vault: () => vault, openSettingsStore: () => store }),
    });
    return { code, out, err };
  };
  return { run, entries, store };
}
