import keytar from 'keytar';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/contract/channels';
import { keychainService } from '../../../electron/credentials/secret-vault';
import type { ProfilesState, ProfileView } from '../../../shared/domain/profile';
import { cliDesk, filesUnder } from './run-lcr';

// Import through the real `lcr`: the environment and a fake home with the providers' CLI configs
// (HOME is only the child's; the keyring daemon is already running). Secrets go straight to the
// keychain; the preview, the results and the data folder never hold one.
const volcEnv = { VOLCENGINE_ACCESS_KEY: 'AKLTImportEnvKey0001xyz', VOLCENGINE_SECRET_KEY: 'Volc-Env-Secret-0a1b2c' };
const aliyunSecret = 'Ali-Cli-Secret-3d4e5f6a';

async function fakeHome(files: Record<string, string> = {}): Promise<string> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'lcr-cli-home-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(home, name)), { recursive: true });
    await writeFile(path.join(home, name), text);
  }
  return home;
}

async function secretOf(profile: ProfileView | undefined): Promise<unknown> {
  const stored = await keytar.getPassword(keychainService, profile?.id ?? '');
  return stored === null ? null : JSON.parse(stored);
}

describe('lcr profiles import', () => {
  it('previews the environment without importing, then imports the pick into the keychain', async () => {
    const { run, runs, dataDir } = await cliDesk();
    const env = { ...volcEnv, HOME: await fakeHome() };
    const preview = await run(['profiles', 'import', '--from', 'env'], { env });
    expect(preview).toMatchObject({ code: 0, stderr: '' });
    expect(preview.stdout).toMatch(/^[0-9a-f]{10} +environment +VOLCENGINE_ACCESS_KEY +Volcengine +AKLT\*\*\*\*xyz +cn-north-1 +ready as "Environment \(volcengine\)"$/m);
    expect(preview.stdout).toContain('Nothing was imported. Import with --pick ID_OR_ORIGIN,… or --all.');
    const json = JSON.parse((await run(['profiles', 'import', '--from', 'env', '--json'], { env })).stdout) as ImportPreview;
    expect(json.candidates).toHaveLength(1);
    expect(json.candidates[0]).toMatchObject({ source: 'environment', origin: 'VOLCENGINE_ACCESS_KEY', accessKeyIdMasked: 'AKLT****xyz', blocker: null });
    let state = JSON.parse((await run(['profiles', 'list', '--json'])).stdout) as ProfilesState;
    expect(state.profiles.filter((p) => !p.builtIn)).toEqual([]);

    const imported = await run(['profiles', 'import', '--pick', 'VOLCENGINE_ACCESS_KEY'], { env });
    expect(imported).toEqual({ code: 0, stdout: 'Imported "Environment (volcengine)" (Volcengine, AKLT****xyz).\n', stderr: '' });
    state = JSON.parse((await run(['profiles', 'list', '--json'])).stdout) as ProfilesState;
    const profile = state.profiles.find((p) => p.name === 'Environment (volcengine)');
    expect(await secretOf(profile)).toEqual({ accessKeySecret: volcEnv.VOLCENGINE_SECRET_KEY });

    const again = await run(['profiles', 'import', '--from', 'env'], { env });
    expect(again.stdout).toContain('already imported');
    expect(await run(['profiles', 'import', '--all'], { env })).toMatchObject({ code: 0, stdout: expect.stringContaining('Nothing to import') });
    const blocked = await run(['profiles', 'import', '--pick', 'VOLCENGINE_ACCESS_KEY', '--json'], { env });
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.stdout)).toMatchObject({
      imported: [],
      failures: [{ origin: 'VOLCENGINE_ACCESS_KEY', error: { code: 'cli.importBlocked', params: { blocker: 'alreadyImported', mode: '' } } }],
    });

    for (const printed of runs.flatMap((r) => [r.stdout, r.stderr])) expect(printed).not.toContain(volcEnv.VOLCENGINE_SECRET_KEY);
    for (const { file, text } of await filesUnder(dataDir)) expect(text, file).not.toContain(volcEnv.VOLCENGINE_SECRET_KEY);
    await run(['profiles', 'remove', profile?.id ?? '', '--yes']);
  });

  it('imports from ~/.aliyun/config.json, skipping modes it cannot sign with', async () => {
    const { run, runs, dataDir } = await cliDesk();
    const config = {
      current: 'default',
      profiles: [
        { name: 'default', mode: 'AK', access_key_id: 'LTAI5tAliCliImport01', access_key_secret: aliyunSecret, region_id: 'cn-hangzhou' },
        { name: 'ops-role', mode: 'RamRoleArn', access_key_id: 'LTAI5tAliCliRole0002', access_key_secret: 'Ali-Role-Secret-777', ram_role_arn: 'acs:ram::1:role/ops' },
      ],
    };
    const env = { HOME: await fakeHome({ '.aliyun/config.json': JSON.stringify(config), '.volcengine/config.json': 'not json' }) };
    const preview = await run(['profiles', 'import', '--lang', 'en'], { env });
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/ Alibaba CLI +default +Alibaba Cloud +LTAI\*\*\*\*t01 +cn-hangzhou +ready as "default \(Alibaba CLI\)"$/m);
    expect(preview.stdout).toMatch(/ Alibaba CLI +ops-role +Alibaba Cloud +LTAI\*\*\*\*002 +cn-shanghai +mode RamRoleArn cannot be imported$/m);
    expect(preview.stderr).toBe(`Warning: Could not read ${path.join(env.HOME, '.volcengine', 'config.json')}: it is not valid JSON in the expected format.\n`);

    const zh = await run(['profiles', 'import', '--from', 'aliyun-cli', '--lang', 'zh-CN'], { env });
    expect(zh.stdout).toContain('模式 RamRoleArn 无法导入');
    expect(zh.stdout).toContain('阿里云 CLI');

    const all = await run(['profiles', 'import', '--all', '--from', 'aliyun-cli', '--json'], { env });
    expect(all.code).toBe(0);
    const result = JSON.parse(all.stdout) as { imported: ProfileView[]; failures: unknown[] };
    expect(result.failures).toEqual([]);
    expect(result.imported).toEqual([expect.objectContaining({ name: 'default (Alibaba CLI)', region: 'cn-hangzhou', accessKeyIdMasked: 'LTAI****t01' })]);
    expect(await secretOf(result.imported[0])).toEqual({ accessKeySecret: aliyunSecret });

    const role = await run(['profiles', 'import', '--pick', 'ops-role'], { env });
    expect(role).toMatchObject({ code: 1, stdout: '' });
    expect(role.stderr).toContain('Could not import ops-role: mode RamRoleArn cannot be imported');
    expect(await run(['profiles', 'import', '--pick', 'nothing'], { env })).toMatchObject({ code: 1, stderr: expect.stringContaining('No import candidate has the id or origin "nothing"') });

    for (const printed of runs.flatMap((r) => [r.stdout, r.stderr])) {
      expect(printed).not.toContain(aliyunSecret);
      expect(printed).not.toContain('Ali-Role-Secret-777');
    }
    for (const { file, text } of await filesUnder(dataDir)) expect(text, file).not.toContain(aliyunSecret);
    await run(['profiles', 'remove', result.imported[0]?.id ?? '', '--yes']);
  });
});
