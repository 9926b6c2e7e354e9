import { describe, expect, it } from 'vitest';
import { createProfileSigner } from '../../../../electron/cloud/profile-signer';
import { createEventBus } from '../../../../electron/events/event-bus';
import { createLogger } from '../../../../electron/log';
import type { RehearsalInfo } from '../../../../electron/rehearsal/rehearsal-info';
import { createProfileService } from '../../../../electron/services/profile-service';
import { createSettingsFile } from '../../../../electron/settings/settings-file';
import { memoryStore } from '../../support/memory-settings';
import { memoryVault } from '../../support/memory-vault';

const info: RehearsalInfo = {
  aliyun: { endpoint: 'http://127.0.0.1:7001', accessKeyId: 'LTAIRehearsalDesk0001', accessKeySecret: 'aliyun-rehearsal-secret' },
  volcengine: { endpoint: 'http://127.0.0.1:7002', accessKeyId: 'AKLTRehearsalDesk0001', secretKey: 'volc-rehearsal-secret', region: 'cn-north-1' },
  control: 'http://127.0.0.1:7003',
};

function setup() {
  const { vault } = memoryVault();
  const quiet = createLogger('profiles', () => undefined);
  const profiles = createProfileService({
    file: createSettingsFile(memoryStore(), () => 'aside', quiet),
    vault,
    bus: createEventBus(),
    log: quiet,
    now: () => new Date('2026-11-22T20:00:00Z'),
    newId: () => 'id-1',
  });
  const started = { count: 0 };
  const signer = createProfileSigner(profiles, vault, {
    info: async () => {
      started.count += 1;
      return info;
    },
  });
  return { profiles, signer, started };
}

describe('profile signer', () => {
  it('calls the embedded rehearsal cloud, with its published keys, for the built-in rehearsal profiles', async () => {
    const { signer, started } = setup();
    const aliyun = await signer.resolve('aliyun');
    expect(aliyun.profile).toMatchObject({ id: 'rehearsal-aliyun', endpoint: 'http://127.0.0.1:7001' });
    expect(aliyun.credentials).toEqual({ accessKeyId: 'LTAIRehearsalDesk0001', accessKeySecret: 'aliyun-rehearsal-secret' });
    const volcengine = await signer.resolve('volcengine');
    expect(volcengine.profile).toMatchObject({ id: 'rehearsal-volcengine', endpoint: 'http://127.0.0.1:7002', region: 'cn-north-1' });
    expect(volcengine.credentials).toEqual({ accessKeyId: 'AKLTRehearsalDesk0001', accessKeySecret: 'volc-rehearsal-secret' });
    expect(started.count).toBe(2);
  });

  it('never starts the rehearsal cloud for a profile of the operator\'s own', async () => {
    const { profiles, signer, started } = setup();
    await profiles.create({ name: 'Show A', provider: 'aliyun', accessKeyId: 'LTAI5tTestKey0001X9P6', accessKeySecret: 'Sup3rSecretValue-9f1c2d' });
    const identity = await signer.resolve('aliyun', 'id-1');
    expect(identity.credentials.accessKeySecret).toBe('Sup3rSecretValue-9f1c2d');
    expect(identity.profile.endpoint).toBeNull();
    expect(started.count).toBe(0);
  });
});
