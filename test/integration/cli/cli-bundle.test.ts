import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBuildOptions, refuseElectron } from '../../../electron/build/cli-bundle';
import { root } from './run-lcr';

// `dist/cli/lcr.js`, package.json's `bin`, built as the build builds it and run under plain Node.
// It is built inside node_modules/.cache so that the one external module, keytar, resolves.
let outDir: string;
let bundle: string;
let inputs: string[];

beforeAll(async () => {
  const cache = path.join(root, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  outDir = await mkdtemp(path.join(cache, 'lcr-bundle-'));
  bundle = path.join(outDir, 'lcr.js');
  const result = await build({ ...cliBuildOptions(root, bundle), metafile: true });
  inputs = Object.keys(result.metafile?.inputs ?? {});
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the lcr bundle', () => {
  it('is one ESM file started by a shebang, with keytar left outside', async () => {
    const text = await readFile(bundle, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\nimport { createRequire as __lcrCreateRequire }')).toBe(true);
    expect(text).toMatch(/from "keytar"/);
    expect(inputs.some((file) => file.includes('node_modules/keytar/'))).toBe(false);
  });

  it('contains nothing of Electron', async () => {
    expect(inputs.filter((file) => /node_modules\/electron(-store)?\//.test(file))).toEqual([]);
    expect(await readFile(bundle, 'utf8')).not.toMatch(/from "electron"|require\("electron"\)/);
  });

  it('refuses to build if anything would import electron', async () => {
    const entry = await mkdtemp(path.join(os.tmpdir(), 'lcr-bundle-entry-'));
    const probe = path.join(entry, 'probe.ts');
    await writeFile(probe, "import { app } from 'electron';\nexport const name = app.getName();\n");
    await expect(build({ entryPoints: [probe], bundle: true, write: false, platform: 'node', logLevel: 'silent', plugins: [refuseElectron] })).rejects.toThrow(
      /must not import "electron"/,
    );
  });

  it('runs under plain Node: help, and a list of the data folder', async () => {
    const env = { ...process.env, LCR_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'lcr-bundle-data-')), LANG: 'en_US.UTF-8' };
    const help = await promisify(execFile)(process.execPath, [bundle, 'profiles', '--help'], { env });
    expect(help.stdout).toContain('Usage: lcr profiles <command> [options]');
    const list = await promisify(execFile)(process.execPath, [bundle, 'profiles', 'list', '--json'], { env });
    expect(JSON.parse(list.stdout)).toMatchObject({ active: { aliyun: 'rehearsal-aliyun', volcengine: 'rehearsal-volcengine' } });
  });
});
