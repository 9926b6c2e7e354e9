import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '../../electron/compose';
import { createKeytarVault } from '../../electron/credentials/keytar-vault';
import { resolveDataDir } from '../../electron/data-dir';
import { createDispatch } from '../../electron/ipc/dispatch';
import { createLogger } from '../../electron/log';
import { createConfSettingsStore } from '../../electron/settings/settings-store-conf';
import { startHarnessServer } from './server';

// `npm run -s harness [--port N]`: the whole app for a browser. Prints exactly one JSON line on
// stdout ({url, dataDir}); everything else goes to stderr. Development and test tooling only.
const root = path.resolve(import.meta.dirname, '..', '..');
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
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const services = composeServices({
  host: 'harness',
  version: pkg.version,
  dataDir,
  platform: process.platform,
  versions: process.versions,
  systemLocales: [Intl.DateTimeFormat().resolvedOptions().locale],
  openSettingsStore: createConfSettingsStore,
  vault: createKeytarVault(createLogger('vault')),
  home: os.homedir(),
  env: process.env,
});

const bridge = await build({
  entryPoints: [path.join(import.meta.dirname, 'bridge.ts')],
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  write: false,
  logLevel: 'warning',
});
const token = randomBytes(32).toString('base64url');
const server = await startHarnessServer(
  {
    rendererDir: path.join(root, 'dist', 'renderer'),
    bridgeScript: bridge.outputFiles[0]?.text ?? '',
    dispatch: createDispatch({
      handlers: services.handlers,
      isTrustedSender: (sender) => sender.url === `http://127.0.0.1:${server.port}`,
      log: createLogger('ipc'),
    }),
    bus: services.bus,
    token,
    log,
  },
  port,
);

process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.port}/?token=${token}`, dataDir })}\n`);
log.info(`serving ${dataDir} on port ${server.port}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info(`${signal}: stopping`);
    void Promise.all([server.close(), services.close()]).then(() => process.exit(0));
  });
}
