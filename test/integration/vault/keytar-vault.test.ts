import keytar from 'keytar';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createKeytarVault } from '../../../electron/credentials/keytar-vault';
import { keychainService } from '../../../electron/credentials/secret-vault';
import { createLogger } from '../../../electron/log';

// The vault against a real Secret Service (gnome-keyring). The suite runs under
// test/tools/with-keyring.sh, which gives this process a private bus and an unlocked keyring;
// the unavailable cases each start a child in the D-Bus/keyring situation they describe.
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const probe = 'node --import tsx test/integration/vault/vault-probe.ts';
const vault = createKeytarVault(createLogger('vault', () => undefined));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Runs the probe with a fresh HOME in the given D-Bus/keyring situation. */
async function probeIn(situation: 'no session bus' | 'keyring not unlocked' | 'locked collection') {
  const home = await mkdtemp(path.join(os.tmpdir(), 'lcr-vault-case-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, '.local', 'share') };
  let command: string[];
  if (situation === 'no session bus') {
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.DISPLAY;
    command = ['bash', '-c', probe];
  } else {
    const start =
      situation === 'keyring not unlocked'
        ? 'gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1'
        : // The daemon creates the login collection after it answers; lock it only once it exists.
          [
            'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null',
            'for i in $(seq 100); do gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets --method org.freedesktop.DBus.Properties.Get org.freedesktop.Secret.Service Collections 2>/dev/null | grep -q collection/login && break; sleep 0.05; done',
            "gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets --method org.freedesktop.Secret.Service.Lock \"['/org/freedesktop/secrets/collection/login']\" >/dev/null",
          ].join('; ');
    command = ['dbus-run-session', '--', 'bash', '-c', `${start}; ${probe}`];
  }
  const { stdout } = await promisify(execFile)(command[0] ?? '', command.slice(1), { cwd: root, env });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  return { result: JSON.parse(lastLine) as { ok: boolean; error?: { code: string } }, home };
}

describe('keytar vault on a real Secret Service', () => {
  it('stores, reads back, replaces and removes a profile\'s secrets', async () => {
    const id = `it-${Date.now()}`;
    await vault.put(id, { accessKeySecret: 'Sup3rSecretValue-9f1c2d', securityToken: 'CAIS-token-0123456789' });
    expect(await vault.get(id)).toEqual({ accessKeySecret: 'Sup3rSecretValue-9f1c2d', securityToken: 'CAIS-token-0123456789' });
    await vault.put(id, { accessKeySecret: '新的密钥-🔑-Secret' });
    expect(await vault.get(id)).toEqual({ accessKeySecret: '新的密钥-🔑-Secret' });
    await vault.remove(id);
    expect(await vault.get(id)).toBeNull();
    await expect(vault.remove(id)).resolves.toBeUndefined();
  });

  it('files each profile under the product\'s service, with the profile id as the account', async () => {
    await vault.put('it-account-a', { accessKeySecret: 'SecretForAccountA' });
    await vault.put('it-account-b', { accessKeySecret: 'SecretForAccountB' });
    const accounts = (await keytar.findCredentials(keychainService)).map((c) => c.account);
    expect(accounts).toEqual(expect.arrayContaining(['it-account-a', 'it-account-b']));
    expect(await vault.get('it-account-a')).toEqual({ accessKeySecret: 'SecretForAccountA' });
    await vault.remove('it-account-a');
    await vault.remove('it-account-b');
  });

  it('treats an entry it did not write as absent rather than failing', async () => {
    await keytar.setPassword(keychainService, 'it-foreign', 'not json at all');
    expect(await vault.get('it-foreign')).toBeNull();
    await vault.remove('it-foreign');
  });

  it('leaves no readable copy of the secret on disk', async () => {
    const home = process.env.LCR_TEST_KEYRING_HOME;
    expect(home, 'run under test/tools/with-keyring.sh').toBeTruthy();
    await vault.put('it-disk', { accessKeySecret: 'DiskProbeSecret-7a7a7a' });
    for (const file of await filesUnder(home ?? '')) {
      expect((await readFile(file)).includes('DiskProbeSecret-7a7a7a'), file).toBe(false);
    }
    await vault.remove('it-disk');
  });
});

describe('keychain unavailable', () => {
  it('without a D-Bus session: says so and stores nothing', async () => {
    const { result, home } = await probeIn('no session bus');
    expect(result).toMatchObject({ ok: false, error: { code: 'vault.noSessionBus' } });
    expect(await filesUnder(home)).toEqual([]);
  });

  it('with a bus but no unlocked login keyring: says so and stores nothing', async () => {
    const { result, home } = await probeIn('keyring not unlocked');
    expect(result).toMatchObject({ ok: false, error: { code: 'vault.noKeyring' } });
    for (const file of await filesUnder(home)) expect((await readFile(file)).includes('ProbeSecretValue-1'), file).toBe(false);
  });

  it('with the collection locked: says so and stores nothing', async () => {
    const { result, home } = await probeIn('locked collection');
    expect(result).toMatchObject({ ok: false, error: { code: 'vault.locked' } });
    for (const file of await filesUnder(home)) expect((await readFile(file)).includes('ProbeSecretValue-1'), file).toBe(false);
  });
});
