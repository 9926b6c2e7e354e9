import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { describeCasterConfig } from '../../../electron/cloud/actions/aliyun/caster-config';
import { createCaster } from '../../../electron/cloud/actions/aliyun/caster-lifecycle';
import { describeCasters, listStudios } from '../../../electron/cloud/actions/aliyun/caster-list';
import { copyCasterOnce, createCasterOnce } from '../../../electron/cloud/actions/aliyun/caster-reconcile';
import { listAllPages } from '../../../electron/cloud/actions/aliyun/list-all-pages';
import type { PagingProgress } from '../../../electron/cloud/actions/paging';
import type { CloudClient } from '../../../electron/cloud/cloud-client';
import { errorOf } from '../cloud/client-harness';
import { configuredStudio } from '../cloud/desk-lookups';
import { crashesOf, deskClient, startTestCloud, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// Production studios end to end: the list walked over pages, creating and copying exactly once per
// ClientToken — also when the answer is lost — and the cloud's refusals as the app's error codes.
const rehearsal = useRehearsalCloud();

/** The studios carrying a ClientToken, as a desk reconciling a create looks for them. */
const withToken = async (client: CloudClient, token: string) => (await listStudios(client)).filter((studio) => studio.clientToken === token);

describe('studio list', () => {
  it('lists every studio, the same walked five a page', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const all = await listStudios(client);
    const progress: PagingProgress[] = [];
    const walked = await listAllPages(client, describeCasters, {}, 5, { onProgress: (step) => progress.push(step) });
    // Identity and order; a running studio's duration ticks on between the two listings.
    expect(walked.map((studio) => studio.id)).toEqual(all.map((studio) => studio.id));
    expect(progress.map((step) => step.items)).toEqual(progress.map((_, index) => Math.min((index + 1) * 5, all.length)));
    expect(progress.length).toBeGreaterThan(2);
  });

  it('filters by state and by a part of the name', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const running = await listStudios(client, { status: 'running' });
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((studio) => studio.status === 'running' && studio.startedAt !== null && studio.durationSeconds !== null)).toBe(true);
    const [first] = running;
    if (!first) throw new Error('no running studio listed');
    const part = first.name.slice(0, 3);
    const named = await listStudios(client, { name: part });
    expect(named.map((studio) => studio.id)).toContain(first.id);
    expect(named.every((studio) => studio.name.includes(part))).toBe(true);
  });
});

describe('creating and copying', () => {
  it('creates a pay-as-you-go studio carrying its ClientToken, and journals it', async () => {
    const t = await deskClient(rehearsal(), 'aliyun');
    const token = randomUUID();
    const created = await createCasterOnce(t.client, { type: 'playlist', name: '午间轮播', tags: [{ key: 'show', value: 'noon' }] }, token);
    expect(created).toEqual({ studioId: expect.any(String), how: 'created' });
    expect(await withToken(t.client, token)).toMatchObject([
      { id: created.studioId, name: '午间轮播', type: 'playlist', status: 'idle', chargeType: 'postPaid', tags: [{ key: 'show', value: 'noon' }] },
    ]);
    expect((await t.journal()).entries).toMatchObject([{ action: 'CreateCaster', target: '午间轮播', outcome: 'ok', attempts: 1 }]);
  });

  it('answers the same ClientToken twice with the same studio, and refuses it for a different request', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const before = await listStudios(client);
    const clientToken = randomUUID();
    const first = await runAction(client, createCaster, { type: 'normal', name: 'Replay', clientToken });
    expect(await runAction(client, createCaster, { type: 'normal', name: 'Replay', clientToken })).toEqual(first);
    expect(await listStudios(client)).toHaveLength(before.length + 1);
    expect(await errorOf(runAction(client, createCaster, { type: 'normal', name: 'Other', clientToken }))).toMatchObject({
      code: 'clientToken.mismatch',
      params: { providerCode: 'IdempotentParameterMismatch' },
    });
  });

  it('copies a studio with its whole configuration under a new name', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const { studio, config } = await configuredStudio(client, (_, candidate) => candidate.transcode !== null && candidate.domainName !== null, 'studio with a transcode and an output domain');
    const token = randomUUID();
    const copy = await copyCasterOnce(client, { sourceStudioId: studio.id, name: `${studio.name} B` }, token);
    expect(copy.how).toBe('created');
    expect(await runAction(client, describeCasterConfig, { studioId: copy.studioId })).toEqual({ ...config, studioId: copy.studioId, name: `${studio.name} B` });
    expect(await withToken(client, token)).toMatchObject([{ id: copy.studioId, status: 'idle', chargeType: 'postPaid', type: studio.type }]);
  });

  it('finds the copy by its token when every answer was lost after the cloud made it', async () => {
    const cloud = rehearsal();
    const { client } = await deskClient(cloud, 'aliyun');
    const [source] = await listStudios(client);
    if (!source) throw new Error('no studio listed');
    await cloud.drill({ kind: 'drop', provider: 'aliyun', action: 'CopyCaster', rate: 1, after: true });
    const token = randomUUID();
    const copy = await copyCasterOnce(client, { sourceStudioId: source.id, name: 'Lost answer' }, token);
    expect(copy.how).toBe('found');
    expect((await withToken(client, token)).map((studio) => studio.id)).toEqual([copy.studioId]);
  });

  it('sends the same token once more when the lookup finds no studio, and the cloud makes exactly one', async () => {
    const cloud = rehearsal();
    const t = await deskClient(cloud, 'aliyun');
    const [source] = await listStudios(t.client);
    if (!source) throw new Error('no studio listed');
    await cloud.drill({ kind: 'drop', provider: 'aliyun', action: 'CopyCaster', rate: 1 });
    // The cloud recovers while the desk looks for the token.
    const recovering: CloudClient = {
      call: async (call) => {
        if (call.action === 'DescribeCasters') await cloud.drill({ kind: 'clear' });
        return t.client.call(call);
      },
    };
    const token = randomUUID();
    const copy = await copyCasterOnce(recovering, { sourceStudioId: source.id, name: 'Second try' }, token);
    expect(copy.how).toBe('retried');
    expect((await withToken(t.client, token)).map((studio) => studio.id)).toEqual([copy.studioId]);
    const journal = (await t.journal()).entries;
    expect(journal.map((entry) => [entry.action, entry.attempts, entry.outcome])).toEqual([
      // Every answer lost: the cloud may have made it, so the journal says unknown, never failed.
      ['CopyCaster', 3, 'unknown'],
      ['CopyCaster', 1, 'ok'],
    ]);
  });

  it('refuses a ClientToken the cloud cannot take, and the typed action refuses it before sending', async () => {
    const t = await deskClient(rehearsal(), 'aliyun');
    const tooLong = 'x'.repeat(65);
    const raw = t.client.call({ provider: 'aliyun', action: 'CreateCaster', params: { ClientToken: tooLong, ChargeType: 'PostPaid', NormType: 1 } });
    expect(await errorOf(raw)).toMatchObject({ code: 'clientToken.malformed', params: { providerCode: 'InvalidClientToken.Malformed' } });
    const sent = t.sent.length;
    expect(await errorOf(runAction(t.client, createCaster, { type: 'normal', clientToken: tooLong }))).toMatchObject({ code: 'cloud.invalidInput', fields: { clientToken: {} } });
    expect(t.sent).toHaveLength(sent);
  });

  it('refuses to create or copy beyond the account\'s studio quota', async () => {
    const cloud = await startTestCloud({ quota: 1 });
    try {
      const { client } = await deskClient(cloud, 'aliyun');
      const [source] = await listStudios(client);
      if (!source) throw new Error('no studio listed');
      expect(await errorOf(createCasterOnce(client, { type: 'normal', name: 'One too many' }, randomUUID()))).toMatchObject({
        code: 'studio.quotaExceeded',
        params: { providerCode: 'CasterNumberExceed' },
      });
      expect(await errorOf(copyCasterOnce(client, { sourceStudioId: source.id, name: 'One too many' }, randomUUID()))).toMatchObject({ code: 'studio.quotaExceeded' });
    } finally {
      await cloud.close();
    }
    expect(crashesOf(cloud)).toEqual([]);
  });
});
