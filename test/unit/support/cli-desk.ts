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

/** How one run is made: its input (typed up front), whether on a terminal, and environment added to the desk's. */
export interface RunOptions {
  input?: string;
  terminal?: boolean;
  env?: Record<string, string>;
}

/**
 * The whole command line over the real services, with the keychain and the settings file in
 * memory: `run` is one `lcr` run; `closes` lists the runs whose services were closed, by their
 * words. The clock is fixed unless `now` is given (a signature is then dated as it would be).
 */
export function memoryDesk(initial?: unknown, { now = () => new Date('2026-11-22T20:00:00Z') }: { now?: () => Date } = {}) {
  const store = memoryStore(initial);
  const { vault, entries } = memoryVault();
  const closes: string[] = [];
  const run = async (argv: string[], { input = '', terminal = false, env = {} }: RunOptions = {}): Promise<DeskRun> => {
    const stdin = Object.assign(new PassThrough(), terminal ? { isTTY: true, isRaw: false, setRawMode: () => true } : {});
    if (terminal) stdin.write(input);
    else stdin.end(input);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const runEnv = { LCR_DATA_DIR: '/nonexistent/lcr-unit', ...env };
    const code = await runCli(argv, {
      streams: { stdin, stdout, stderr },
      env: runEnv,
      version: '9.9.9',
      now,
      onInterrupt: () => () => undefined,
      onStop: () => () => undefined,
      openServices: (logSink) => {
        const services = openCliServices({ env: runEnv, home: '/nonexistent/home', platform: 'linux', version: '9.9.9', logSink, vault: () => vault, openSettingsStore: () => store });
        return {
          ...services,
          close: async () => {
            await services.close();
            closes.push(argv.join(' '));
          },
        };
      },
    });
    return { code, out, err };
  };
  return { run, entries, store, closes };
}
