import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

/** The repository root, where `lcr` runs. */
export const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** The command that starts `lcr`: Node and the bundle this run built from the current source (global-setup.ts). */
export const lcrCommand = (): [string, string] => [process.execPath, inject('lcrBundle')];

/** What one `lcr` run printed and how it exited. */
export interface LcrRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of one run: extra environment (undefined removes a variable) and standard input. */
export interface LcrOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  /** Sends the process SIGINT, as Ctrl-C would, once this settles. */
  interrupt?: Promise<unknown>;
}

/**
 * A desk for one test: its own data folder and a `run` that starts the real CLI as a child
 * process on it, under the Secret Service with-keyring.sh started. Every run is recorded, so a
 * test can check that a secret appears in none of them. `start` leaves the process running (for
 * `lcr rehearsal`), with the same environment.
 */
export async function cliDesk() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-cli-'));
  const runs: LcrRun[] = [];
  const start = (args: readonly string[], env: Record<string, string | undefined> = {}): ChildProcessWithoutNullStreams => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, LCR_DATA_DIR: dataDir, LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete childEnv[name];
      else childEnv[name] = value;
    }
    for (const name of Object.keys(childEnv)) if (childEnv[name] === undefined) delete childEnv[name];
    const [node, bundle] = lcrCommand();
    return spawn(node, [bundle, ...args], { cwd: root, env: childEnv });
  };
  const run = (args: readonly string[], { env = {}, input = '', interrupt }: LcrOptions = {}): Promise<LcrRun> =>
    new Promise((resolve, reject) => {
      const child = start(args, env);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        const result = { code, stdout, stderr };
        runs.push(result);
        resolve(result);
      });
      child.stdin.end(input);
      void interrupt?.then(() => child.kill('SIGINT'));
    });
  return { dataDir, run, runs, start };
}

/** The text of every file under a folder, for checking nothing there holds a secret. */
export async function filesUnder(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'latin1') })));
}
