import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/contract/channels';
import { eventChannel } from '../../../electron/ipc/event-channel';
import { buildWindowOptions, rendererUrl } from '../../../electron/window/window-options';
import { defaultSettings } from '../../../shared/domain/settings';

// main.ts is glue: this test loads it against a recording stand-in for the electron module and
// checks what it wires — every contract channel through dispatch, the secure window, the
// single-instance lock, and that everything registered is released on quit.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const appListeners = new Map<string, Listener>();
  const handlers = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly options: unknown;
    readonly sent: unknown[][] = [];
    readonly loaded: string[] = [];
    focused = 0;
    webContents = { send: (...args: unknown[]) => this.sent.push(args) };
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused += 1;
    }
    static getAllWindows() {
      return windows;
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      lock: true,
      quit: vi.fn(),
      setPath: vi.fn(),
      getVersion: () => '9.9.9',
      getPreferredSystemLanguages: () => ['zh-CN'],
      requestSingleInstanceLock: () => electron.app.lock,
      whenReady: () => Promise.resolve(),
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
    },
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => handlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn(), unhandle: vi.fn() },
    globalShortcut: {
      register: vi.fn((accelerator: string) => accelerator !== 'Control+Alt+9'),
      unregister: vi.fn(),
    },
    Notification: class {
      static readonly shown: unknown[] = [];
      static isSupported = () => true;
      constructor(readonly options: unknown) {}
      show() {
        fake.electron.Notification.shown.push(this.options);
      }
    },
  };
  const settings = { document: undefined as unknown };
  return { electron, appListeners, handlers, windows, settings };
});

vi.mock('electron', () => fake.electron);
vi.mock('../../../electron/settings/settings-store-electron', () => ({
  createElectronSettingsStore: () => ({
    read: () => fake.settings.document,
    write: (document: unknown) => (fake.settings.document = document),
  }),
}));

const trustedEvent = { senderFrame: { url: rendererUrl } };

async function loadMain() {
  const main = await import('../../../electron/main');
  await main.started;
}

beforeEach(() => {
  vi.resetModules();
  vi.stubEnv('LCR_DATA_DIR', '/tmp/lcr-main-test');
  fake.appListeners.clear();
  fake.handlers.clear();
  fake.windows.length = 0;
  fake.settings.document = undefined;
  fake.electron.app.lock = true;
  vi.clearAllMocks();
});
afterEach(() => vi.unstubAllEnvs());

describe('main wiring', () => {
  it('registers every contract channel, and nothing else', async () => {
    await loadMain();
    expect([...fake.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('serves the renderer from its own privileged scheme and keeps data in the data folder', async () => {
    await loadMain();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', '/tmp/lcr-main-test');
  });

  it('creates one window with the secure options and loads the renderer', async () => {
    await loadMain();
    expect(fake.windows).toHaveLength(1);
    const preloadPath = path.join(path.resolve(import.meta.dirname, '../../../electron'), '..', 'preload', 'preload.cjs');
    expect(fake.windows[0]?.options).toEqual(buildWindowOptions({ preloadPath, isDevelopment: false }));
    expect(fake.windows[0]?.loaded).toEqual([rendererUrl]);
  });

  it('answers through dispatch and forwards the resulting event to the window', async () => {
    await loadMain();
    const update = fake.handlers.get('settings.update');
    const settings = { ...defaultSettings, language: 'zh-CN' };
    await expect(update?.(trustedEvent, { language: 'zh-CN' })).resolves.toEqual({ ok: true, value: settings });
    expect(fake.settings.document).toEqual({ preferences: settings });
    expect(fake.windows[0]?.sent).toEqual([[eventChannel, 'settings.changed', settings]]);
    const info = await fake.handlers.get('app.info')?.(trustedEvent, {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', version: '9.9.9', systemLocales: ['zh-CN'] } });
  });

  it('refuses requests from any other frame', async () => {
    await loadMain();
    const result = await fake.handlers.get('settings.get')?.({ senderFrame: { url: 'https://evil.example/' } }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.untrustedSender' } });
    const detached = await fake.handlers.get('settings.get')?.({ senderFrame: null }, {});
    expect(detached).toMatchObject({ ok: false, error: { code: 'ipc.untrustedSender' } });
  });

  it('focuses the first window when a second instance starts', async () => {
    await loadMain();
    fake.appListeners.get('second-instance')?.();
    expect(fake.windows[0]?.focused).toBe(1);
  });

  it('releases every handler and the protocol on quit', async () => {
    await loadMain();
    const update = fake.handlers.get('settings.update');
    fake.appListeners.get('will-quit')?.();
    expect(fake.handlers.size).toBe(0);
    expect(fake.electron.ipcMain.removeHandler).toHaveBeenCalledTimes(channelNames.length);
    expect(fake.electron.protocol.unhandle).toHaveBeenCalledWith('app');
    await expect(update?.(trustedEvent, { language: 'en' })).resolves.toMatchObject({ ok: true });
    expect(fake.windows[0]?.sent).toEqual([]);
  });

  it('registers a tile\'s global shortcut with the OS, reports one it refuses, and releases them on quit', async () => {
    const key = 'live.rehearsal.example/live/main';
    const other = 'live.rehearsal.example/live/studio-b';
    const pin = (name: string) => ({ domain: 'live.rehearsal.example', app: 'live', stream: name });
    fake.settings.document = {
      boardPins: { 'rehearsal-aliyun': [pin('main'), pin('studio-b')] },
      shortcutBindings: { 'rehearsal-aliyun': { [key]: 'Control+Alt+1', [other]: 'Control+Alt+9' } },
    };
    await loadMain();
    const listed = await fake.handlers.get('shortcuts.list')?.(trustedEvent, {});
    expect(listed).toMatchObject({ ok: true, value: { shortcuts: [{ key, state: 'active' }, { key: other, state: 'refused' }] } });
    expect(fake.electron.globalShortcut.register).toHaveBeenCalledWith('Control+Alt+1', expect.any(Function));
    // In the OS's language (this fake system prefers Simplified Chinese).
    expect(fake.electron.Notification.shown).toEqual([{ title: '快捷键 Ctrl+Alt+9 无法使用', body: expect.stringContaining(other), urgency: 'critical' }]);
    fake.appListeners.get('will-quit')?.();
    expect(fake.electron.globalShortcut.unregister).toHaveBeenCalledWith('Control+Alt+1');
    expect(fake.electron.globalShortcut.unregister).not.toHaveBeenCalledWith('Control+Alt+9');
  });

  it('quits at once, without a window, when another instance holds the lock', async () => {
    fake.electron.app.lock = false;
    await loadMain();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.handlers.size).toBe(0);
  });
});
