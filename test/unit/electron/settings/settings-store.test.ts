import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createConfSettingsStore } from '../../../../electron/settings/settings-store-conf';
import { createElectronSettingsStore } from '../../../../electron/settings/settings-store-electron';

// One data folder serves the app (electron-store), the harness and `lcr` (conf): both adapters must
// read and write the very same file. electron-store is real here; only `electron` is stood in for.
vi.mock('electron', () => ({
  default: {
    app: { getPath: () => os.tmpdir(), getVersion: () => '0.0.0' },
    ipcMain: { on: vi.fn() },
    shell: {},
  },
}));

const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'lcr-settings-'));

describe('settings stores', () => {
  it('conf keeps settings in <data folder>/settings.json', async () => {
    const dir = await tempDir();
    const store = createConfSettingsStore(dir);
    expect(store.read()).toBeUndefined();
    store.write({ language: 'zh-CN' });
    expect(JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'))).toEqual({ language: 'zh-CN' });
    expect(createConfSettingsStore(dir).read()).toEqual({ language: 'zh-CN' });
  });

  it('the app and the command line see each other\'s changes', async () => {
    const dir = await tempDir();
    createConfSettingsStore(dir).write({ language: 'zh-CN' });
    const app = createElectronSettingsStore(dir);
    expect(app.read()).toEqual({ language: 'zh-CN' });
    app.write({ language: 'en' });
    expect(createConfSettingsStore(dir).read()).toEqual({ language: 'en' });
  });
});
