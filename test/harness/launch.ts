import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A harness started by a test. */
export interface RunningHarness {
  url: string;
  dataDir: string;
  /** Everything the harness printed on stdout so far (its contract: exactly one line). */
  stdout(): string;
  /** Everything it wrote to stderr so far: its logs, for assertions and failure reports. */
  stderr(): string;
  /** Sends the signal (SIGTERM by default) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Options for a test's harness: data folder (a fresh temporary one if omitted), args, extra env. */
export interface HarnessOptions {
  dataDir?: string;
  args?: string[];
  env?: Record<string, string>;
}

const serveScript = path.join(import.meta.dirname, 'serve.ts');

/**
 * Starts `test/harness/serve.ts` in its own process, exactly as `npm run harness` does (minus the
 * renderer build, which the test run does once), and resolves with the line it prints.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<RunningHarness> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'lcr-harness-')));
  const child = spawn(process.execPath, ['--import', 'tsx', serveScript, ...(options.args ?? [])], {
    env: { ...process.env, ...options.env, LCR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let logs = '';
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const firstLine = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    void exited.then((code) => reject(new Error(`harness exited with ${code} before serving:\n${logs}`)));
  });
  const { url } = JSON.parse(firstLine) as { url: string };
  return {
    url,
    dataDir,
    stdout: () => out,
    stderr: () => logs,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
