import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRendererFile } from '../../../electron/renderer-files';
import { contentSecurityPolicy } from '../../../electron/window/content-security-policy';

let root: string;
beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'lcr-files-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(root, '.secret.js'), 'no');
  await writeFile(path.join(base, 'outside.js'), 'no');
});

describe('readRendererFile', () => {
  it('serves index.html for the root, with the CSP and no caching', async () => {
    const response = await readRendererFile(root, '/');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('<!doctype html>');
    expect(response.headers).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  });

  it('serves assets with their content type', async () => {
    const response = await readRendererFile(root, '/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths that leave the folder, dotfiles, unknown types and missing files', async () => {
    for (const urlPath of ['/../outside.js', '/%2e%2e/outside.js', '/assets/../../outside.js', '/.secret.js', '/assets/app.exe', '/missing.js', '/%E0%A4%A']) {
      const response = await readRendererFile(root, urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(response.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    }
  });
});
