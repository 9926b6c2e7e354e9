import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { channelNames, eventNames } from '../../shared/contract/channels';

// The glue the harness cannot run: main.ts, the preload, the app:// protocol and the window.
const root = path.resolve(import.meta.dirname, '..', '..');

async function launch(dataDir: string): Promise<ElectronApplication> {
  return electron.launch({ args: [root], cwd: root, env: { ...process.env, LCR_DATA_DIR: dataDir } });
}

test('opens one secure window on the renderer, with the contract and nothing of Node', async () => {
  const app = await launch(await mkdtemp(path.join(os.tmpdir(), 'lcr-electron-')));
  const window = await app.firstWindow();
  expect(window.url()).toBe('app://renderer/index.html');
  await expect(window.getByRole('navigation')).toBeVisible();
  const globals = await window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    api: Object.keys((globalThis as unknown as { controlRoom: object }).controlRoom).sort(),
  }));
  const domains = [...new Set([...channelNames, ...eventNames].map((name) => name.split('.')[0]))].sort();
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', api: domains });
  await app.close();
});

test('answers the contract over real IPC and keeps the language across restarts', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-electron-'));
  let app = await launch(dataDir);
  let window = await app.firstWindow();
  const info = await window.evaluate(() => (globalThis as unknown as { controlRoom: { app: { info(): Promise<unknown> } } }).controlRoom.app.info());
  expect(info).toMatchObject({ ok: true, value: { host: 'electron', dataDir } });
  await window.evaluate(() =>
    (globalThis as unknown as { controlRoom: { settings: { update(p: object): Promise<unknown> } } }).controlRoom.settings.update({ language: 'zh-CN' }),
  );
  await app.close();
  app = await launch(dataDir);
  window = await app.firstWindow();
  await expect(window.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await app.close();
});

test('refuses navigation and new windows', async () => {
  const app = await launch(await mkdtemp(path.join(os.tmpdir(), 'lcr-electron-')));
  const page = await app.firstWindow();
  await page.evaluate(() => {
    window.open('https://example.com/');
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toBe('app://renderer/index.html');
  await app.close();
});
