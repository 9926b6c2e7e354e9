import { app, BrowserWindow, ipcMain, protocol } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { channelNames } from '../shared/contract/channels';
import { composeServices } from './compose';
import { createKeytarVault } from './credentials/keytar-vault';
import { resolveDataDir } from './data-dir';
import { createDispatch } from './ipc/dispatch';
import { eventChannel } from './ipc/event-channel';
import { createLogger } from './log';
import { electronNotifier } from './notify/notifier-electron';
import { electronSaveDialog } from './files/save-dialog-electron';
import { readRendererFile } from './renderer-files';
import { createElectronSettingsStore } from './settings/settings-store-electron';
import { electronGlobalShortcuts } from './shortcuts/global-shortcuts-electron';
import { hardenWebContents } from './window/harden-web-contents';
import { buildWindowOptions, isRendererUrl, rendererScheme, rendererUrl } from './window/window-options';

// Composition root only: lifecycle, the window, and the contract's handlers. Logic lives in modules.
const log = createLogger('main');
const distDir = path.join(import.meta.dirname, '..');
const dataDir = resolveDataDir({ env: process.env, platform: process.platform, home: os.homedir() });
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: rendererScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.setPath('userData', dataDir);

function createWindow(): void {
  const window = new BrowserWindow(
    buildWindowOptions({ preloadPath: path.join(distDir, 'preload', 'preload.cjs'), isDevelopment: !app.isPackaged }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => (mainWindow = null));
  void window.loadURL(rendererUrl);
  mainWindow = window;
}

async function start(): Promise<void> {
  const services = composeServices({
    host: 'electron',
    version: app.getVersion(),
    dataDir,
    platform: process.platform,
    versions: process.versions,
    systemLocales: app.getPreferredSystemLanguages(),
    openSettingsStore: createElectronSettingsStore,
    vault: createKeytarVault(createLogger('vault')),
    home: os.homedir(),
    env: process.env,
    notifier: electronNotifier,
    saveDialog: electronSaveDialog,
    globalShortcuts: electronGlobalShortcuts,
  });
  const dispatch = createDispatch({
    handlers: services.handlers,
    isTrustedSender: (sender) => isRendererUrl(sender.url),
    log: createLogger('ipc'),
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (what) => log.warn(`blocked ${what}`)));
  protocol.handle(rendererScheme, async (request) => {
    const file = await readRendererFile(path.join(distDir, 'renderer'), new URL(request.url).pathname);
    return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
  });
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(channel, payload, { url: event.senderFrame?.url ?? '' }));
  }
  const stopEvents = services.bus.listen((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(eventChannel, name, payload);
  });

  app.on('second-instance', () => {
    if (!mainWindow) return createWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
    protocol.unhandle(rendererScheme);
    stopEvents();
    void services.close();
  });
  createWindow();
}

/** Settles once the app is up (or has handed over to the instance already running). */
export const started: Promise<void> = app.requestSingleInstanceLock()
  ? app.whenReady().then(start)
  : Promise.resolve(app.quit());
