import { describe, expect, it } from 'vitest';
import { runAction } from '../../../../../electron/cloud/actions/action-definition';
import { describeCasterConfig, setCasterConfig } from '../../../../../electron/cloud/actions/aliyun/caster-config';
import { deleteCaster, startCaster, stopCaster } from '../../../../../electron/cloud/actions/aliyun/caster-lifecycle';
import { describeCasters, listStudios } from '../../../../../electron/cloud/actions/aliyun/caster-list';
import { copyCasterOnce, createCasterOnce } from '../../../../../electron/cloud/actions/aliyun/caster-reconcile';
import { listAllPages } from '../../../../../electron/cloud/actions/aliyun/list-all-pages';
import { errorOf } from '../../../support/fake-cloud-client';
import { rehearsalClient, seededAccounts, studioNamed, testNow } from './aliyun-harness';

/**
 * The product's typed studio actions, run against the rehearsal handlers: the list with its mixed
 * time formats, create and copy with their tokens, start and stop, the configuration round trip,
 * and the refusals the studio screens explain.
 */

const iso = (epochMs: number) => new Date(epochMs).toISOString();
const token = '7d1e4c52-9a0b-4f6e-8c3d-2b5a6f7e8d90';

describe('the client reads the rehearsal studio answers', () => {
  it('lists every studio with words for codes and ISO UTC for the mixed time formats', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    const studios = await listStudios(client);
    expect(studios).toHaveLength(12);
    const concert = studioNamed(desk, 'Concert Hall');
    expect(studios.find((studio) => studio.id === concert.id)).toEqual({
      id: concert.id,
      name: 'Concert Hall',
      status: 'running',
      type: 'normal',
      chargeType: 'postPaid',
      template: null,
      channelsEnabled: true,
      clientToken: null,
      createdAt: iso(concert.createdAt),
      modifiedAt: iso(concert.modifiedAt),
      purchasedAt: iso(concert.createdAt),
      expiresAt: null,
      startedAt: iso(concert.startedAt ?? 0),
      durationSeconds: Math.floor((testNow - (concert.startedAt ?? 0)) / 1000),
      resourceGroupId: concert.resourceGroupId,
      tags: [
        { key: 'show', value: 'concert' },
        { key: 'team', value: 'music' },
      ],
    });
    const subscription = studios.find((studio) => studio.name === 'Subscription Desk');
    expect(subscription).toMatchObject({ chargeType: 'prePaid', template: 'lp_hd', status: 'idle', startedAt: null, expiresAt: expect.any(String) });
    expect(studios.find((studio) => studio.name === 'Weekend Loop')?.type).toBe('playlist');
  });

  it('walks the studio list five at a time, and filters as the screens ask', async () => {
    const [desk] = seededAccounts();
    const { client, calls } = rehearsalClient(desk);
    const walked = await listAllPages(client, describeCasters, {}, 5);
    expect(walked).toHaveLength(12);
    expect(new Set(walked.map((studio) => studio.id)).size).toBe(12);
    expect(calls.map((call) => call.params.PageNum)).toEqual([1, 2, 3]);
    const running = await listStudios(client, { status: 'running', type: 'normal' });
    expect(running.map((studio) => studio.name).sort()).toEqual(['Concert Hall', '晚间新闻', '赛事 1']);
    expect((await listStudios(client, { tags: [{ key: 'team', value: 'sports' }] })).map((studio) => studio.name).sort()).toEqual(['赛事 1', '赛事 2']);
    expect((await listStudios(client, { chargeType: 'prePaid' })).map((studio) => studio.name)).toEqual(['Subscription Desk']);
  });

  it('creates and copies a studio once, the token found again on the list', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    const made = await createCasterOnce(client, { type: 'playlist', name: 'Rehearsal loop', tags: [{ key: 'show', value: 'test' }] }, token);
    expect(made.how).toBe('created');
    const copied = await copyCasterOnce(client, { sourceStudioId: studioNamed(desk, 'Concert Hall').id, name: 'Concert copy' }, 'copy-token-1');
    expect(copied.how).toBe('created');
    const studios = await listStudios(client);
    expect(studios.find((studio) => studio.clientToken === token)).toMatchObject({ id: made.studioId, name: 'Rehearsal loop', type: 'playlist', status: 'idle', tags: [{ key: 'show', value: 'test' }] });
    expect(studios.find((studio) => studio.clientToken === 'copy-token-1')).toMatchObject({ id: copied.studioId, name: 'Concert copy', channelsEnabled: true });
  });

  it('raises studio.quotaExceeded when the account has no room', async () => {
    const [desk] = seededAccounts();
    desk.casterQuota = desk.casters.length;
    const { client } = rehearsalClient(desk);
    expect(await errorOf(createCasterOnce(client, { type: 'normal' }, token))).toMatchObject({ code: 'studio.quotaExceeded' });
  });

  it('starts a studio into program and preview scenes and stops it again', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    const morning = studioNamed(desk, 'Morning Show');
    const started = await runAction(client, startCaster, { studioId: morning.id });
    expect(started.program).toEqual([
      {
        sceneId: expect.any(String),
        streamUrl: expect.stringMatching(/^rtmp:\/\/live\.rehearsal\.example\/caster\//),
        outputs: [{ url: expect.stringMatching(/_lld$/), transcode: 'lld', format: 'flv' }],
      },
    ]);
    expect(started.preview).toEqual([{ sceneId: expect.any(String), streamUrl: expect.any(String), outputs: [] }]);
    expect((await listStudios(client, { studioId: morning.id }))[0]?.status).toBe('running');
    await runAction(client, stopCaster, { studioId: morning.id });
    expect((await listStudios(client, { studioId: morning.id }))[0]).toMatchObject({ status: 'idle', startedAt: null });
  });

  it('raises the studio errors the screens explain', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    const codeOf = async (promise: Promise<unknown>) => (await errorOf(promise))?.code;
    expect(await codeOf(runAction(client, deleteCaster, { studioId: studioNamed(desk, 'Concert Hall').id }))).toBe('studio.running');
    expect(await codeOf(runAction(client, deleteCaster, { studioId: studioNamed(desk, 'Subscription Desk').id }))).toBe('studio.prepaidNotDeletable');
    expect(await codeOf(runAction(client, startCaster, { studioId: studioNamed(desk, 'Press Room').id }))).toBe('studio.noOutputDomain');
    expect(await codeOf(runAction(client, startCaster, { studioId: studioNamed(desk, 'Concert Hall').id }))).toBe('studio.running');
    expect(await codeOf(runAction(client, stopCaster, { studioId: studioNamed(desk, 'Training').id }))).toBe('studio.notRunning');
    expect(await codeOf(runAction(client, stopCaster, { studioId: 'a2b8e671-2fe5-4642-a2ec-bf93880e0001' }))).toBe('studio.notFound');
    expect(await codeOf(runAction(client, stopCaster, { studioId: 'studio-1' }))).toBe('studio.invalidId');
    await expect(runAction(client, deleteCaster, { studioId: studioNamed(desk, 'Training').id })).resolves.toEqual({ requestId: expect.any(String) });
  });

  it('reads a configuration, writes it back with one change, and reads exactly that', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    const concert = studioNamed(desk, 'Concert Hall');
    const config = await runAction(client, describeCasterConfig, { studioId: concert.id });
    expect(config).toMatchObject({
      studioId: concert.id,
      name: 'Concert Hall',
      domainName: 'live.rehearsal.example',
      record: { ossBucket: 'rehearsal-recordings' },
      transcode: null,
      delaySeconds: 30,
      channelsEnabled: true,
      autoSwitchUrgent: true,
      autoSwitchUrgentConfig: '{"eofThres":3}',
      callbackUrl: null,
    });
    await runAction(client, setCasterConfig, { ...config, delaySeconds: 45, transcode: { casterTemplate: 'lp_sd', LiveTemplateIds: { LocationId: ['lsd'] } } });
    const again = await runAction(client, describeCasterConfig, { studioId: concert.id });
    expect(again).toEqual({ ...config, delaySeconds: 45, transcode: { casterTemplate: 'lp_sd', LiveTemplateIds: { LocationId: ['lsd'] } } });
    await runAction(client, setCasterConfig, { ...again, domainName: null, name: 'Concert Hall B' });
    expect(await runAction(client, describeCasterConfig, { studioId: concert.id })).toMatchObject({ domainName: null, name: 'Concert Hall B' });
  });
});
