import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { describeCasterConfig, setCasterConfig } from '../../../electron/cloud/actions/aliyun/caster-config';
import { deleteCaster, startCaster, stopCaster } from '../../../electron/cloud/actions/aliyun/caster-lifecycle';
import { listStudios } from '../../../electron/cloud/actions/aliyun/caster-list';
import { listLiveDomains } from '../../../electron/cloud/actions/aliyun/discovery';
import type { CloudClient } from '../../../electron/cloud/cloud-client';
import { errorOf } from '../cloud/client-harness';
import { configuredStudio, studioWhere } from '../cloud/desk-lookups';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// Running a studio end to end: start, restart, stop, configure and delete through the typed
// actions against the rehearsal cloud, with every refusal of those actions as the app's code.
const rehearsal = useRehearsalCloud();

const studioNow = async (client: CloudClient, studioId: string) => (await listStudios(client, { studioId }))[0];

describe('starting and stopping', () => {
  it('starts an idle studio on its output domain, restarts it while running, and stops it', async () => {
    const t = await deskClient(rehearsal(), 'aliyun');
    const { studio, config } = await configuredStudio(t.client, (candidate, settings) => candidate.status === 'idle' && settings.domainName !== null, 'idle studio with an output domain');
    const started = await runAction(t.client, startCaster, { studioId: studio.id });
    expect(started.program).toHaveLength(1);
    expect(started.preview).toHaveLength(1);
    expect(started.program[0]?.streamUrl).toMatch(new RegExp(`^rtmp://${config.domainName}/`));
    expect(await studioNow(t.client, studio.id)).toMatchObject({ status: 'running', startedAt: expect.any(String) });
    await t.client.call({ provider: 'aliyun', action: 'RestartCaster', params: { CasterId: studio.id } });
    expect(await runAction(t.client, stopCaster, { studioId: studio.id })).toEqual({ requestId: expect.any(String) });
    expect(await studioNow(t.client, studio.id)).toMatchObject({ status: 'idle', startedAt: null });
    expect((await t.journal()).entries.map((entry) => [entry.action, entry.target, entry.outcome])).toEqual([
      ['StartCaster', studio.id, 'ok'],
      ['RestartCaster', null, 'ok'],
      ['StopCaster', studio.id, 'ok'],
    ]);
  });

  it('refuses to start a running studio, to stop or restart an idle one, and to start one without an output domain', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const running = await studioWhere(client, (studio) => studio.status === 'running', 'running studio');
    expect(await errorOf(runAction(client, startCaster, { studioId: running.id }))).toMatchObject({ code: 'studio.running', params: { providerCode: 'IncorrectCasterStatus.Inuse' } });
    const { studio: idle } = await configuredStudio(client, (studio, config) => studio.status === 'idle' && config.domainName === null, 'idle studio without an output domain');
    expect(await errorOf(runAction(client, stopCaster, { studioId: idle.id }))).toMatchObject({ code: 'studio.notRunning', params: { providerCode: 'IncorrectCasterStatus.Idle' } });
    expect(await errorOf(client.call({ provider: 'aliyun', action: 'RestartCaster', params: { CasterId: idle.id } }))).toMatchObject({ code: 'studio.notRunning' });
    expect(await errorOf(runAction(client, startCaster, { studioId: idle.id }))).toMatchObject({
      code: 'studio.noOutputDomain',
      params: { providerCode: 'InvalidDomainName.NotFound' },
    });
  });

  it('refuses to restart a studio of a kind that cannot be restarted as an operation not allowed', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    // The typed create offers only the kinds that can be restarted; a light-carousel studio is made raw.
    const made = await client.call({ provider: 'aliyun', action: 'CreateCaster', params: { ClientToken: randomUUID(), ChargeType: 'PostPaid', NormType: 3 } });
    const { CasterId } = made.json as { CasterId: string };
    expect(await studioNow(client, CasterId)).toMatchObject({ type: 'lightCarousel' });
    expect(await errorOf(client.call({ provider: 'aliyun', action: 'RestartCaster', params: { CasterId } }))).toMatchObject({
      code: 'cloud.operationNotAllowed',
      params: { providerCode: 'IllegalOperation' },
    });
  });

  it('answers a studio the account does not have with studio.notFound, and a malformed id with studio.invalidId', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const missing = randomUUID();
    expect((await listStudios(client)).map((studio) => studio.id)).not.toContain(missing);
    expect(await errorOf(runAction(client, startCaster, { studioId: missing }))).toMatchObject({ code: 'studio.notFound', params: { providerCode: 'InvalidCaster.NotFound' } });
    expect(await errorOf(runAction(client, describeCasterConfig, { studioId: 'not-a-studio' }))).toMatchObject({ code: 'studio.invalidId' });
  });
});

describe('configuration', () => {
  it('writes a whole configuration and reads back exactly what was written, a setting left null cleared', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const { config } = await configuredStudio(client, (_, settings) => settings.record !== null && settings.delaySeconds !== null, 'studio recording with a delay');
    const changed = { ...config, name: `${config.name ?? 'studio'} (late)`, delaySeconds: 45, record: null, programName: 'late-show' };
    expect(await runAction(client, setCasterConfig, changed)).toEqual({ requestId: expect.any(String) });
    expect(await runAction(client, describeCasterConfig, { studioId: config.studioId })).toEqual(changed);
  });

  it('refuses an output domain that is not a streaming domain, and turning channels off once on', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const [ingest] = await listLiveDomains(client, { type: 'liveEdge' });
    if (!ingest) throw new Error('no ingest domain listed');
    const { config } = await configuredStudio(client, (_, settings) => settings.channelsEnabled === true, 'studio with channels on');
    expect(await errorOf(runAction(client, setCasterConfig, { ...config, domainName: ingest.name }))).toMatchObject({
      code: 'domain.notFound',
      params: { providerCode: 'InvalidDomainName.NotFound' },
    });
    expect(await errorOf(runAction(client, setCasterConfig, { ...config, channelsEnabled: false }))).toMatchObject({ code: 'cloud.invalidParameter' });
    expect(await runAction(client, describeCasterConfig, { studioId: config.studioId })).toEqual(config);
  });
});

describe('deleting', () => {
  it('deletes an idle pay-as-you-go studio for good; a second delete finds nothing', async () => {
    const t = await deskClient(rehearsal(), 'aliyun');
    const studio = await studioWhere(t.client, (candidate) => candidate.status === 'idle' && candidate.chargeType === 'postPaid', 'idle pay-as-you-go studio');
    expect(await runAction(t.client, deleteCaster, { studioId: studio.id })).toEqual({ requestId: expect.any(String) });
    expect(await studioNow(t.client, studio.id)).toBeUndefined();
    expect(await errorOf(runAction(t.client, deleteCaster, { studioId: studio.id }))).toMatchObject({ code: 'studio.notFound' });
    expect((await t.journal()).entries.map((entry) => [entry.action, entry.target, entry.outcome])).toEqual([
      ['DeleteCaster', studio.id, 'ok'],
      ['DeleteCaster', studio.id, 'failed'],
    ]);
  });

  it('refuses to delete a running studio or a subscription one', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const running = await studioWhere(client, (studio) => studio.status === 'running' && studio.chargeType === 'postPaid', 'running pay-as-you-go studio');
    expect(await errorOf(runAction(client, deleteCaster, { studioId: running.id }))).toMatchObject({ code: 'studio.running' });
    const subscription = await studioWhere(client, (studio) => studio.chargeType === 'prePaid', 'subscription studio');
    expect(await errorOf(runAction(client, deleteCaster, { studioId: subscription.id }))).toMatchObject({
      code: 'studio.prepaidNotDeletable',
      params: { providerCode: 'InvaildCaster.Delete' },
    });
    expect((await listStudios(client)).map((studio) => studio.id)).toEqual(expect.arrayContaining([running.id, subscription.id]));
  });
});
