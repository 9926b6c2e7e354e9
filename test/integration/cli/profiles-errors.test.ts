import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfilesState } from '../../../shared/domain/profile';
import { appError } from '../../../shared/errors/app-error';
import { errorMessage } from '../../../shared/i18n/translate';
import { cliDesk, filesUnder } from './run-lcr';

// What an operator sees when something is wrong: usage mistakes (exit 2), refused input and an
// unavailable keychain (exit 1), in the chosen language, and never the secret that was sent.
const secret = 'Errors-Secret-5e6f7a8b';
const addShow = (name: string, keyId = 'LTAI5tAbCdEfGh9P6') => ['profiles', 'add', '--provider', 'aliyun', '--name', name, '--access-key-id', keyId, '--secret-stdin'];

describe('lcr usage, validation and keychain errors', () => {
  it('answers --help at every level with exit 0, on stdout', async () => {
    const { run } = await cliDesk();
    const top = await run(['--help']);
    expect(top).toMatchObject({ code: 0, stderr: '' });
    expect(top.stdout).toContain('Usage: lcr <group> <command> [options]');
    expect(top.stdout).toContain('3    confirmation required and not given');
    expect((await run(['profiles', '--help'])).stdout).toContain('profiles import');
    const add = await run(['profiles', 'add', '--help']);
    expect(add).toMatchObject({ code: 0, stderr: '' });
    expect(add.stdout).toContain('Usage: lcr profiles add --provider aliyun|volcengine --name NAME --access-key-id ID [options]');
    expect(add.stdout).toContain('--secret-stdin');
  });

  it('exits 2 on an unknown flag or command and on a missing argument, printing nothing on stdout', async () => {
    const { run } = await cliDesk();
    expect(await run(['profiles', 'list', '--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lcr: Unknown option --bogus.\nlcr: Run "lcr profiles list --help" for usage.\n',
    });
    expect(await run(['profiles', 'frobnicate'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('"profiles frobnicate" is not an lcr command.') });
    expect(await run(['profiles', 'use'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('Missing the argument <name-or-id>.') });
    expect(await run(['profiles', 'add', '--provider', 'aliyun', '--name', 'x', '--access-key-id', 'LTAI5tAbCdEfGh9P6', '--secret', secret])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown option --secret.'),
    });
  });

  it('refuses a bad AccessKey ID with exit 1, naming the field, in English and in Chinese', async () => {
    const { run } = await cliDesk();
    const english = await run(addShow('Show A', 'bad id!'), { input: `${secret}\n` });
    expect(english).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'lcr: Some fields need attention before the profile can be saved.\n' +
        '  AccessKey ID (--access-key-id): Not an AccessKey ID: 8 to 128 letters, digits, dots, dashes or underscores.\n',
    });
    const chinese = await run([...addShow('Show A', 'bad id!'), '--lang', 'zh-CN'], { input: `${secret}\n` });
    expect(chinese.code).toBe(1);
    expect(chinese.stderr).toContain('部分字段需要修改后才能保存此配置。');
    expect(chinese.stderr).toContain('访问密钥 ID（--access-key-id）: 不是有效的 AccessKey ID');
  });

  it('refuses a duplicate name, whatever its case', async () => {
    const { run } = await cliDesk();
    expect((await run(addShow('Show A'), { input: `${secret}\n` })).code).toBe(0);
    expect(await run(addShow('  SHOW a '), { input: `${secret}\n` })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'lcr: Some fields need attention before the profile can be saved.\n  name (--name): A profile named "SHOW a" already exists.\n',
    });
    const state = JSON.parse((await run(['profiles', 'list', '--json'])).stdout) as ProfilesState;
    expect(state.profiles.filter((p) => !p.builtIn).map((p) => p.name)).toEqual(['Show A']);
  });

  it('speaks Chinese with --lang zh-CN, with the desk set to Chinese, or following a Chinese system', async () => {
    const { run, dataDir } = await cliDesk();
    const flag = await run(['profiles', 'list', '--lang', 'zh-CN']);
    expect(flag.stdout).toContain('名称');
    expect(flag.stdout).toContain('阿里云');
    expect((await run(['profiles', 'use', 'nothing', '--lang', 'zh-CN'])).stderr).toBe('lcr: 没有名称或 ID 为“nothing”的配置。请查看“lcr profiles list”。\n');
    expect((await run(['--help'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('用法');
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify({ preferences: { language: 'zh-CN' } }));
    expect((await run(['profiles', 'add', '--help'])).stdout).toContain('添加配置');
    expect((await run(['profiles', 'add', '--help', '--lang', 'en'])).stdout).toContain('Add a profile');
  });

  it('warns, on stderr, when opening the data folder moved a damaged settings file aside', async () => {
    const { run, dataDir } = await cliDesk();
    await writeFile(path.join(dataDir, 'settings.json'), 'not json {');
    const listed = await run(['profiles', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toMatch(/^Warning: The settings file was damaged\. It was moved aside to .*settings\.corrupt-.*\.json and defaults are in use; nothing in it was deleted\.\n$/);
    expect(listed.stdout).toContain('Rehearsal · Alibaba Cloud (built-in)');
    expect((await run(['profiles', 'list'])).stderr).toBe('');
  });

  it('says the keychain is unreachable (exit 1) and stores nothing when there is no session bus', async () => {
    const { run, runs, dataDir } = await cliDesk();
    for (const lang of ['en', 'zh-CN'] as const) {
      const result = await run([...addShow(`No bus ${lang}`), '--lang', lang], { input: `${secret}\n`, env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' } });
      expect(result).toEqual({ code: 1, stdout: '', stderr: `lcr: ${errorMessage(lang, appError('vault.noSessionBus'))}\n` });
    }
    const verbose = await run([...addShow('No bus'), '--verbose'], { input: `${secret}\n`, env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' } });
    expect(verbose.stderr).toMatch(/warn \[vault\] put [0-9a-f-]{36} failed: vault\.noSessionBus/);
    expect(verbose.stderr).toContain('Detail: Could not connect');
    expect(verbose.stdout).toBe('');
    const state = JSON.parse((await run(['profiles', 'list', '--json'])).stdout) as ProfilesState;
    expect(state.profiles.filter((p) => !p.builtIn)).toEqual([]);
    for (const printed of runs.flatMap((r) => [r.stdout, r.stderr])) expect(printed).not.toContain(secret);
    for (const { file, text } of await filesUnder(dataDir)) expect(text, file).not.toContain(secret);
  });
});
