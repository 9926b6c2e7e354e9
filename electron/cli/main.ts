import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { createKeytarVault } from '../credentials/keytar-vault';
import { createLogger } from '../log';
import { createConfSettingsStore } from '../settings/settings-store-conf';
import { openCliServices } from './cli-services';
import { runCli } from './run-cli';

// `lcr`: the composition root of the command line, as electron/main.ts is of the app. Runs under
// plain Node (never loads Electron): `npm run -s lcr -- …` from source, `dist/cli/lcr.js` built.

/** package.json sits two folders up from both electron/cli/main.ts and dist/cli/lcr.js. */
function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Resolves once everything written so far has been handed to the OS, so exiting loses nothing. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

// A reader that stops early (`lcr profiles list | head -1`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

const version = readVersion();
const code = await runCli(process.argv.slice(2), {
  streams: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  env: process.env,
  version,
  now: () => new Date(),
  onInterrupt: (listener) => {
    process.on('SIGINT', listener);
    return () => void process.off('SIGINT', listener);
  },
  onStop: (listener) => {
    process.on('SIGINT', listener).on('SIGTERM', listener);
    return () => void process.off('SIGINT', listener).off('SIGTERM', listener);
  },
  openServices: (logSink) =>
    openCliServices({
      env: process.env,
      home: os.homedir(),
      platform: process.platform,
      version,
      logSink,
      vault: (sink) => createKeytarVault(createLogger('vault', sink)),
      openSettingsStore: createConfSettingsStore,
    }),
});
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
