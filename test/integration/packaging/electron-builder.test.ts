import { extractFile, listPackage } from '@electron/asar';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

// Electron itself cannot be downloaded here, so electron-builder runs against a stub Electron
// (an empty executable): enough to prove the configuration and what goes into the package.
const root = path.resolve(import.meta.dirname, '..', '..', '..');
let out: string;
let asarFile: string;
let entries: string[];

beforeAll(async () => {
  const stub = await mkdtemp(path.join(os.tmpdir(), 'lcr-electron-stub-'));
  await writeFile(path.join(stub, 'electron'), '');
  await chmod(path.join(stub, 'electron'), 0o755);
  out = await mkdtemp(path.join(os.tmpdir(), 'lcr-release-'));
  await promisify(execFile)(
    path.join(root, 'node_modules', '.bin', 'electron-builder'),
    ['--dir', '--linux', `-c.electronDist=${stub}`, `-c.directories.output=${out}`, '-c.npmRebuild=false', '--publish=never'],
    { cwd: root, env: { ...process.env, CI: 'true' }, timeout: 120_000 },
  );
  asarFile = path.join(out, 'linux-unpacked', 'resources', 'app.asar');
  entries = listPackage(asarFile, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 180_000);

describe('electron-builder configuration', () => {
  it('packs main, preload and the renderer into the asar', () => {
    expect(entries).toContain('/dist/main/main.js');
    expect(entries).toContain('/dist/preload/preload.cjs');
    expect(entries).toContain('/dist/renderer/index.html');
    expect(entries.some((entry) => /^\/dist\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('points the package at the ESM main bundle', () => {
    const pkg = JSON.parse(extractFile(asarFile, 'package.json').toString('utf8')) as { main: string; type: string };
    expect(pkg).toMatchObject({ main: 'dist/main/main.js', type: 'module' });
  });

  it('leaves sources, tests and source maps out', () => {
    expect(entries.filter((entry) => /^\/(shared|electron|renderer|test)\//.test(entry))).toEqual([]);
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
  });

  it('unpacks the keychain module so its native code can load', async () => {
    const unpacked = path.join(out, 'linux-unpacked', 'resources', 'app.asar.unpacked', 'node_modules', 'keytar', 'build', 'Release');
    expect(existsSync(unpacked)).toBe(true);
    expect(await readdir(unpacked)).toContain('keytar.node');
  });
});
