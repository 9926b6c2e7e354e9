import os from 'node:os';
import { resolveDataDir } from '../../electron/data-dir';
import { createLogger } from '../../electron/log';
import { startHarnessApp } from './harness-app';

// `npm run -s harness [--port N]`: the whole app for a browser. Prints exactly one JSON line on
// stdout ({url, dataDir}); everything else goes to stderr. Development and test tooling only.
const log = createLogger('harness');

function parsePort(argv: readonly string[]): number {
  const at = argv.indexOf('--port');
  if (at === -1) return 0;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    log.error(`--port needs a number from 0 to 65535, got "${argv[at + 1] ?? ''}"`);
    process.exit(2);
  }
  return value;
}

const port = parsePort(process.argv.slice(2));
const dataDir = resolveDataDir({ env: process.env, platform: process.platform, home: os.homedir() });
const app = await startHarnessApp({ dataDir, port });

process.stdout.write(`${JSON.stringify({ url: app.url, dataDir })}\n`);
log.info(`serving ${dataDir} on port ${app.server.port}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info(`${signal}: stopping`);
    void app.close().then(() => process.exit(0));
  });
}
