import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../../electron/events/event-bus';
import { createLogger } from '../../../../electron/log';
import { createImportService } from '../../../../electron/services/import-service';
import { createProfileService } from '../../../../electron/services/profile-service';
import { createSettingsFile } from '../../../../electron/settings/settings-file';
import { memoryStore } from '../../support/memory-settings';
import { memoryVault } from '../../support/memory-vault';

const aliyunConfig = JSON.stringify({
  profiles: [
    { name: 'default', mode: 'AK', access_key_id: 'LTAI5tTestKey0001X9P6', access_key_secret: 'AliSecret0001', region_id: 'cn-hangzhou' },
    { name: 'role', mode: 'RamRoleArn', access_key_id: 'LTAI5tRoleKey0003', access_key_secret: 'AliSecret0003' },
  ],
});

function setup(files: Record<string, string>, env: Record<string, string> = {}) {
  const { vault, entries } = memoryVault();
  const quiet = createLogger('test', () => undefined);
  let n = 0;
  const profiles = createProfileService({
    file: createSettingsFile(memoryStore(), () => 'aside', quiet),
    vault,
    bus: createEventBus(),
    log: quiet,
    now: () => new Date('2026-11-22T20:00:00Z'),
    newId: () => `id-${++n}`,
  });
  const imports = createImportService({ profiles, home: '/home/op', env, readText: (file) => files[file] ?? null });
  return { imports, profiles, entries };
}

describe('import service', () => {
  it('previews what it found without secrets, with masked key ids and suggested names', () => {
    const { imports } = setup(
      { '/home/op/.aliyun/config.json': aliyunConfig },
      { VOLCENGINE_ACCESS_KEY: 'AKLTVolcTestKey000001', VOLCENGINE_SECRET_KEY: 'VolcSecret0001' },
    );
    const preview = imports.preview();
    expect(preview.problems).toEqual([]);
    expect(preview.candidates).toMatchObject([
      { source: 'aliyunCli', origin: 'default', accessKeyIdMasked: 'LTAI****9P6', region: 'cn-hangzhou', suggestedName: 'default (Alibaba CLI)', blocker: null },
      { source: 'aliyunCli', origin: 'role', blocker: 'unsupportedMode', mode: 'RamRoleArn' },
      { source: 'environment', provider: 'volcengine', region: 'cn-north-1', suggestedName: 'Environment (volcengine)', blocker: null },
    ]);
    const text = JSON.stringify(preview);
    for (const secret of ['AliSecret0001', 'AliSecret0003', 'VolcSecret0001', 'LTAI5tTestKey0001X9P6']) expect(text).not.toContain(secret);
  });

  it('reports an unreadable config file and still reads the other sources', () => {
    const { imports } = setup({ '/home/op/.volcengine/config.json': '{broken' }, { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestKey0001X9P6', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's3cretValue' });
    const preview = imports.preview();
    expect(preview.problems).toEqual([expect.objectContaining({ code: 'import.sourceUnreadable', params: { path: '/home/op/.volcengine/config.json' } })]);
    expect(preview.candidates).toHaveLength(1);
  });

  it('looks only at the sources asked for', () => {
    const { imports } = setup({ '/home/op/.aliyun/config.json': aliyunConfig }, { VOLC_ACCESSKEY: 'AKLTVolcSdkKey0000009', VOLC_SECRETKEY: 'VolcSecret09' });
    expect(imports.preview(['environment']).candidates.map((c) => c.source)).toEqual(['environment']);
  });

  it('imports the picks straight into the keychain under the chosen names, then marks them imported', async () => {
    const { imports, entries } = setup({ '/home/op/.aliyun/config.json': aliyunConfig });
    const [candidate] = imports.preview().candidates;
    const result = await imports.apply([{ candidateId: candidate?.candidateId ?? '', name: 'Show A' }]);
    expect(result.failures).toEqual([]);
    expect(result.state.profiles.find((p) => p.name === 'Show A')).toMatchObject({ id: 'id-1', region: 'cn-hangzhou', accessKeyIdMasked: 'LTAI****9P6' });
    expect(entries.get('id-1')).toEqual({ accessKeySecret: 'AliSecret0001' });
    expect(imports.preview().candidates[0]?.blocker).toBe('alreadyImported');
  });

  it('reports each pick that cannot be imported, and imports the rest', async () => {
    const { imports } = setup({ '/home/op/.aliyun/config.json': aliyunConfig });
    const [good, blocked] = imports.preview().candidates;
    const result = await imports.apply([
      { candidateId: 'gone', name: 'X' },
      { candidateId: blocked?.candidateId ?? '', name: 'Y' },
      { candidateId: good?.candidateId ?? '', name: 'Rehearsal · Alibaba Cloud' },
      { candidateId: good?.candidateId ?? '', name: 'Show A' },
    ]);
    expect(result.failures.map((f) => [f.candidateId === 'gone' ? 'gone' : 'known', f.error.code])).toEqual([
      ['gone', 'import.candidateGone'],
      ['known', 'import.candidateGone'],
      ['known', 'profile.invalid'],
    ]);
    expect(result.state.profiles.map((p) => p.name)).toContain('Show A');
  });
});
