import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// `npm test` starts with the preflight: on a machine missing a system package it must stop at once
// and name the Debian package, rather than fail minutes later inside a test.
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const run = (env: Record<string, string>) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'test/tools/preflight.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
  });

describe('preflight', () => {
  it('passes quietly on a machine with everything installed', async () => {
    await expect(run({})).resolves.toMatchObject({ stderr: '' });
  });

  it('stops naming the packages that are missing, with the command to install them', async () => {
    const failure = await run({ CHROMIUM_PATH: '/nonexistent/chromium', PATH: '/nonexistent' }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    const { stderr } = failure as { stderr: string };
    expect(stderr).toContain('missing: chromium');
    expect(stderr).toContain('missing: dbus');
    expect(stderr).toContain('missing: gnome-keyring');
    expect(stderr).toContain('apt-get install -y chromium dbus gnome-keyring');
  });
});
