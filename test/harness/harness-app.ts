import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices, type Services } from '../../electron/compose';
import { createKeytarVault } from '../../electron/credentials/keytar-vault';
import { createDispatch } from '../../electron/ipc/dispatch';
import { createLogger, type LogSink } from '../../electron/log';
import { pageToastNotifier } from '../../electron/notify/notifier';
import { pageDownloadSaveDialog } from '../../electron/files/save-dialog';
import { createConfSettingsStore } from '../../electron/settings/settings-store-conf';
import { createHarnessShortcuts, takenShortcuts } from './harness-shortcuts';
import { startHarnessServer, type HarnessServer } from './server';

// The harness as a function: the real services composed for the `harness` host, the bridge
// script bundled, and the loopback server started in front of them. `serve.ts` runs it as its own
// process for the E2E and integration tests; the board benchmark runs it inside its own process, so
// it can watch the embedded rehearsal cloud. The one place the harness calls composeServices.
const root = path.resolve(import.meta.dirname, '..', '..');

/** Where and how to run the harness. */
export interface HarnessAppOptions {
  /** The data folder the services use (settings, pins, journal). */
  dataDir: string;
  /** 0 (default): any free loopback port. */
  port?: number;
  /** Where log lines go; stderr by default. */
  logSink?: LogSink;
}

/** A harness running in this process. */
export interface HarnessApp {
  /** The page's address with the per-run token, as a browser first opens it. */
  url: string;
  dataDir: string;
  /** The composed services behind the server, for in-process observers (benchmarks). */
  services: Services;
  server: HarnessServer;
  /** Stops the server and the services (polling, cloud stack, embedded rehearsal cloud). */
  close(): Promise<void>;
}

/** The browser script that installs window.controlRoom over fetch and EventSource. */
async function bundleBridge(): Promise<string> {
  const bridge = await build({
    entryPoints: [path.join(import.meta.dirname, 'bridge.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  return bridge.outputFiles[0]?.text ?? '';
}

/**
 * Starts the whole app for a browser on 127.0.0.1: the services Electron composes (with the OS
 * keychain through keytar and the settings file through conf), behind the token-guarded harness
 * server serving the built renderer (`dist/renderer`).
 */
export async function startHarnessApp(options: HarnessAppOptions): Promise<HarnessApp> {
  const { dataDir, logSink } = options;
  const log = createLogger('harness', logSink);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const shortcuts = createHarnessShortcuts(takenShortcuts(process.env));
  const services = composeServices({
    host: 'harness',
    version: pkg.version,
    dataDir,
    platform: process.platform,
    versions: process.versions,
    systemLocales: [Intl.DateTimeFormat().resolvedOptions().locale],
    openSettingsStore: createConfSettingsStore,
    vault: createKeytarVault(createLogger('vault', logSink)),
    home: os.homedir(),
    env: process.env,
    notifier: pageToastNotifier,
    saveDialog: pageDownloadSaveDialog,
    globalShortcuts: shortcuts.os,
    ...(logSink ? { logSink } : {}),
  });
  const token = randomBytes(32).toString('base64url');
  const server = await startHarnessServer(
    {
      rendererDir: path.join(root, 'dist', 'renderer'),
      bridgeScript: await bundleBridge(),
      dispatch: createDispatch({
        handlers: services.handlers,
        isTrustedSender: (sender) => sender.url === `http://127.0.0.1:${server.port}`,
        log: createLogger('ipc', logSink),
      }),
      bus: services.bus,
      pressShortcut: shortcuts.press,
      token,
      log,
    },
    options.port ?? 0,
  );
  return {
    url: `http://127.0.0.1:${server.port}/?token=${token}`,
    dataDir,
    services,
    server,
    close: async () => {
      await Promise.all([server.close(), services.close()]);
    },
  };
}
