import keytar from 'keytar';
import { describe, expect, it } from 'vitest';
import { keychainService } from '../../../electron/credentials/secret-vault';
import type { ProfilesState } from '../../../shared/domain/profile';
import { cliDesk, filesUnder } from './run-lcr';

// The whole life of a profile through the real `lcr`, against the real Secret Service that
// with-keyring.sh started: every secret goes to the keychain, and none is ever printed or written.
const secret = 'Lifecycle-Secret-1a2b3c';
const rotated = 'Rotated-Secret-4d5e6f70';
const token = 'CAIS-sts-token-0123456789abcdef';
const volcSecret = 'Volc-Secret-9z8y7x6w';
const fullKeyId = 'LTAI5tAbCdEfGh9P6';

async function keychainEntry(id: string): Promise<unknown> {
  const stored = await keytar.getPassword(keychainService, id);
  return stored === null ? null : JSON.parse(stored);
}

const listJson = async (run: Awaited<ReturnType<typeof cliDesk>>['run']) => {
  const listed = await run(['profiles', 'list', '--json']);
  expect(listed).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(listed.stdout) as ProfilesState;
};

describe('lcr profiles: add, list, edit, use, remove', () => {
  it('keeps secrets in the keychain and shows only masked key ids, from add to remove', async () => {
    const { run, runs, dataDir } = await cliDesk();

    const added = await run(['profiles', 'add', '--provider', 'aliyun', '--name', 'Show A', '--access-key-id', fullKeyId, '--secret-stdin'], {
      input: `${secret}\n`,
    });
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const id = /, id ([0-9a-f-]{36})\.$/m.exec(added.stdout)?.[1] ?? '';
    expect(added.stdout).toBe(`Added profile "Show A" (Alibaba Cloud, LTAI****9P6), id ${id}.\n`);
    expect(await keychainEntry(id)).toEqual({ accessKeySecret: secret });

    const table = await run(['profiles', 'list']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(new RegExp(`^\\* +Show A +Alibaba Cloud +LTAI\\*\\*\\*\\*9P6 +cn-shanghai +- +${id}$`, 'm'));
    let state = await listJson(run);
    expect(state.profiles.find((p) => p.id === id)).toMatchObject({ name: 'Show A', accessKeyIdMasked: 'LTAI****9P6', builtIn: false });
    expect(state.active.aliyun).toBe(id);

    const edited = await run(['profiles', 'edit', 'show a', '--name', 'Show B', '--rotate-secret', '--secret-stdin'], { input: `${rotated}\n` });
    expect(edited).toEqual({ code: 0, stdout: 'Updated profile "Show B".\n', stderr: '' });
    expect(await keychainEntry(id)).toEqual({ accessKeySecret: rotated });

    const expires = '2099-01-01T00:00:00.000Z';
    const sts = await run(
      ['profiles', 'add', '--provider', 'volcengine', '--name', '晚间新闻', '--access-key-id', 'AKLTVolcLifecycle01', '--sts', '--sts-expires', expires, '--secret-stdin'],
      { input: `${volcSecret}\n${token}\n` },
    );
    expect(sts.code).toBe(0);
    const volcId = /, id ([0-9a-f-]{36})\.$/m.exec(sts.stdout)?.[1] ?? '';
    expect(await keychainEntry(volcId)).toEqual({ accessKeySecret: volcSecret, securityToken: token });
    expect((await run(['profiles', 'list'])).stdout).toContain(`until ${expires}`);

    expect(await run(['profiles', 'use', 'rehearsal-aliyun'])).toEqual({
      code: 0,
      stdout: '"Rehearsal · Alibaba Cloud" is now the active Alibaba Cloud profile.\n',
      stderr: '',
    });
    expect((await listJson(run)).active.aliyun).toBe('rehearsal-aliyun');
    expect((await run(['profiles', 'use', id])).stdout).toBe('"Show B" is now the active Alibaba Cloud profile.\n');
    expect((await listJson(run)).active.aliyun).toBe(id);

    const refused = await run(['profiles', 'remove', 'Show B']);
    expect(refused).toEqual({
      code: 3,
      stdout: '',
      stderr: 'lcr: Removing a profile needs confirmation and there is no terminal to ask on. Pass --yes to confirm.\n',
    });
    expect(await keychainEntry(id)).not.toBeNull();

    expect(await run(['profiles', 'remove', 'Show B', '--yes'])).toEqual({
      code: 0,
      stdout: 'Removed profile "Show B" and deleted its secret from the keychain.\n',
      stderr: '',
    });
    expect(await keychainEntry(id)).toBeNull();
    state = await listJson(run);
    expect(state.profiles.map((p) => p.name)).toEqual(['Rehearsal · Alibaba Cloud', 'Rehearsal · Volcengine', '晚间新闻']);
    expect(state.active.aliyun).toBe('rehearsal-aliyun');
    expect(await run(['profiles', 'remove', volcId, '--yes'])).toMatchObject({ code: 0 });
    expect(await keychainEntry(volcId)).toBeNull();

    for (const printed of runs.flatMap((r) => [r.stdout, r.stderr])) {
      for (const hidden of [secret, rotated, token, volcSecret, fullKeyId]) expect(printed).not.toContain(hidden);
    }
    const files = await filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const { file, text } of files) for (const hidden of [secret, rotated, token, volcSecret]) expect(text, file).not.toContain(hidden);
  });

  it('reads the token from the second line and refuses --sts without one', async () => {
    const { run } = await cliDesk();
    const result = await run(['profiles', 'add', '--provider', 'aliyun', '--name', 'No token', '--access-key-id', fullKeyId, '--sts', '--secret-stdin'], {
      input: `${secret}\n`,
    });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'lcr: Some fields need attention before the profile can be saved.\n  STS token (prompt or --secret-stdin): Required.\n',
    });
    expect((await listJson(run)).profiles.filter((p) => !p.builtIn)).toEqual([]);
  });

  it('removes an STS token with --no-sts and refuses to edit with nothing to change', async () => {
    const { run } = await cliDesk();
    await run(['profiles', 'add', '--provider', 'aliyun', '--name', 'Temp', '--access-key-id', fullKeyId, '--sts', '--secret-stdin'], {
      input: `${secret}\n${token}\n`,
    });
    expect((await listJson(run)).profiles.find((p) => p.name === 'Temp')?.securityToken).toEqual({ expiresAt: null });
    expect((await run(['profiles', 'edit', 'Temp', '--no-sts'])).code).toBe(0);
    const state = await listJson(run);
    const temp = state.profiles.find((p) => p.name === 'Temp');
    expect(temp?.securityToken).toBeNull();
    expect(await keychainEntry(temp?.id ?? '')).toEqual({ accessKeySecret: secret });
    expect(await run(['profiles', 'edit', 'Temp'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Nothing to change') });
    await run(['profiles', 'remove', 'Temp', '--yes']);
  });
});
