import { describe, expect, it } from 'vitest';
import { defaultResourceGroupId } from '../../../../../electron/rehearsal/world/aliyun-seed';
import type { AliyunAccountWorld } from '../../../../../electron/rehearsal/world/aliyun-world';
import { callAction, expectFault, seededAccounts, studioNamed, testNow } from './aliyun-harness';

const later = testNow + 60_000;
const token = '53200b81-b761-4c10-842a-a0726d97abcd';
const created = (id: number) => `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`;
const create = (account: AliyunAccountWorld, params: Record<string, string> = {}, now = later) =>
  callAction(account, 'CreateCaster', { ClientToken: token, ChargeType: 'PostPaid', NormType: '1', ...params }, now);

describe('CreateCaster', () => {
  it('creates an idle pay-as-you-go studio carrying its ClientToken, name, kind and tags', () => {
    const [desk] = seededAccounts();
    expect(create(desk, { CasterName: '新导播台', NormType: '6', 'Tag.1.Key': 'show', 'Tag.1.Value': 'new' })).toEqual({ CasterId: created(1) });
    expect(desk.casters.at(-1)).toEqual({
      id: created(1),
      name: '新导播台',
      normType: 6,
      chargeType: 'PostPaid',
      status: 0,
      createdAt: later,
      modifiedAt: later,
      startedAt: null,
      clientToken: token,
      resourceGroupId: defaultResourceGroupId(desk.accountId),
      tags: [{ key: 'show', value: 'new' }],
      config: {},
    });
    const row = (callAction(desk, 'DescribeCasters', { CasterId: created(1) }) as { CasterList: { Caster: Record<string, unknown>[] } }).CasterList.Caster[0];
    expect(row).toMatchObject({ ClientTokenId: token, Status: 0, ChargeType: 'PostPaid', NormType: 6 });
  });

  it('takes the resource group given', () => {
    const [desk] = seededAccounts();
    create(desk, { ResourceGroupId: 'rg-given' });
    expect(desk.casters.at(-1)?.resourceGroupId).toBe('rg-given');
  });

  it('refuses a missing, over-long or non-ASCII ClientToken as InvalidClientToken.Malformed', () => {
    const [desk] = seededAccounts();
    for (const bad of ['', 'x'.repeat(65), '令牌-1']) {
      expectFault(() => create(desk, { ClientToken: bad }), 400, 'InvalidClientToken.Malformed');
    }
    expect(create(desk, { ClientToken: 'x'.repeat(64) })).toEqual({ CasterId: created(1) });
  });

  it('creates PostPaid only and NormType 1, 3, 4 or 6, both required', () => {
    const [desk] = seededAccounts();
    expectFault(() => create(desk, { ChargeType: '' }), 400, 'MissingChargeType');
    expectFault(() => create(desk, { ChargeType: 'PrePaid' }), 400, 'InvalidParameter', /PrePaid studios are not supported yet/);
    expectFault(() => create(desk, { ChargeType: 'postpaid' }), 400, 'InvalidParameter', /"ChargeType"/);
    expectFault(() => create(desk, { NormType: '' }), 400, 'MissingNormType');
    expectFault(() => create(desk, { NormType: '2' }), 400, 'InvalidParameter', /"NormType"/);
    for (const normType of ['1', '3', '4', '6']) create(desk, { NormType: normType });
    expect(desk.casters.slice(-4).map((caster) => caster.normType)).toEqual([1, 3, 4, 6]);
  });

  it('refuses a studio beyond the quota with CasterNumberExceed, and allows one again after a delete', () => {
    const [desk] = seededAccounts();
    desk.casterQuota = desk.casters.length;
    expectFault(() => create(desk), 400, 'CasterNumberExceed', 'The number casters is exceeded.');
    callAction(desk, 'DeleteCaster', { CasterId: studioNamed(desk, 'Training').id });
    expect(create(desk)).toEqual({ CasterId: created(1) });
  });
});

describe('CopyCaster', () => {
  it('copies the source’s kind, group and whole configuration into a new idle studio with the token', () => {
    const [desk] = seededAccounts();
    const source = studioNamed(desk, 'Concert Hall');
    const before = structuredClone(source);
    expect(callAction(desk, 'CopyCaster', { CasterName: 'Concert copy', SrcCasterId: source.id, ClientToken: token }, later)).toEqual({ CasterId: created(1) });
    expect(desk.casters.at(-1)).toEqual({
      ...before,
      id: created(1),
      name: 'Concert copy',
      status: 0,
      createdAt: later,
      modifiedAt: later,
      startedAt: null,
      clientToken: token,
      tags: [],
    });
    expect(source).toEqual(before);
    source.config.Delay = '5';
    expect(desk.casters.at(-1)?.config.Delay).toBe('30');
  });

  it('makes a pay-as-you-go copy of a subscription studio', () => {
    const [desk] = seededAccounts();
    callAction(desk, 'CopyCaster', { CasterName: 'copy', SrcCasterId: studioNamed(desk, 'Subscription Desk').id, ClientToken: token });
    expect(desk.casters.at(-1)?.chargeType).toBe('PostPaid');
  });

  it('requires CasterName, SrcCasterId and a well-formed ClientToken', () => {
    const [desk] = seededAccounts();
    const source = studioNamed(desk, 'Press Room').id;
    expectFault(() => callAction(desk, 'CopyCaster', { SrcCasterId: source, ClientToken: token }), 400, 'MissingCasterName');
    expectFault(() => callAction(desk, 'CopyCaster', { CasterName: 'c', ClientToken: token }), 400, 'MissingSrcCasterId');
    expectFault(() => callAction(desk, 'CopyCaster', { CasterName: 'c', SrcCasterId: source }), 400, 'InvalidClientToken.Malformed');
  });

  it('answers InvalidCasterId.Malformed for an id of neither documented form and InvalidCaster.NotFound for an unknown one', () => {
    const [desk, second] = seededAccounts();
    const copy = (id: string) => () => callAction(desk, 'CopyCaster', { CasterName: 'c', SrcCasterId: id, ClientToken: token });
    expectFault(copy('studio-1'), 400, 'InvalidCasterId.Malformed', /SrcCasterId/);
    expectFault(copy('a2b8e671-2fe5-4642-a2ec-bf93880e****'), 400, 'InvalidCasterId.Malformed');
    expectFault(copy('a2b8e671-2fe5-4642-a2ec-bf93880e0001'), 404, 'InvalidCaster.NotFound');
    expectFault(copy('LIVEPRODUCER_POST-cn-0pp1czt0001'), 404, 'InvalidCaster.NotFound');
    expectFault(copy(studioNamed(second, 'Spare').id), 404, 'InvalidCaster.NotFound');
  });

  it('counts copies against the quota', () => {
    const [desk] = seededAccounts();
    desk.casterQuota = desk.casters.length;
    expectFault(() => callAction(desk, 'CopyCaster', { CasterName: 'c', SrcCasterId: studioNamed(desk, 'Press Room').id, ClientToken: token }), 400, 'CasterNumberExceed');
  });
});

describe('DeleteCaster', () => {
  it('deletes an idle pay-as-you-go studio and answers its id', () => {
    const [desk] = seededAccounts();
    const press = studioNamed(desk, 'Press Room');
    expect(callAction(desk, 'DeleteCaster', { CasterId: press.id })).toEqual({ CasterId: press.id });
    expect(desk.casters).not.toContain(press);
    expectFault(() => callAction(desk, 'DeleteCaster', { CasterId: press.id }), 404, 'InvalidCaster.NotFound');
  });

  it('refuses a running studio and a subscription one', () => {
    const [desk] = seededAccounts();
    expectFault(() => callAction(desk, 'DeleteCaster', { CasterId: studioNamed(desk, 'Concert Hall').id }), 400, 'IncorrectCasterStatus.Inuse');
    expectFault(() => callAction(desk, 'DeleteCaster', { CasterId: studioNamed(desk, 'Subscription Desk').id }), 400, 'InvaildCaster.Delete', 'Caster can not be deleted when ChargeType is Prepaid');
    expect(desk.casters).toHaveLength(12);
  });

  it('requires a well-formed CasterId', () => {
    const [desk] = seededAccounts();
    expectFault(() => callAction(desk, 'DeleteCaster', {}), 400, 'MissingCasterId', 'CasterId is mandatory for this action.');
    expectFault(() => callAction(desk, 'DeleteCaster', { CasterId: 'nope' }), 400, 'InvalidCasterId.Malformed');
  });
});

describe('StartCaster, StopCaster and RestartCaster', () => {
  it('starts an idle studio with an output domain and answers its program and preview scenes', () => {
    const [desk] = seededAccounts();
    const studio = studioNamed(desk, '赛事 2');
    studio.config = { DomainName: 'sports.rehearsal.example', TranscodeConfig: '{"casterTemplate":"lp_hd","LiveTemplateIds":{"LocationId":["lld","lsd"]}}', SideOutputUrl: 'rtmp://relay.example/live/a', SideOutputUrlList: '"rtmp://d/a/s1","rtmp://d/a/s2"' };
    const answer = callAction(desk, 'StartCaster', { CasterId: studio.id }, later) as { PgmSceneInfos: { SceneInfo: { SceneId: string; StreamUrl: string; StreamInfos: unknown }[] }; PvwSceneInfos: { SceneInfo: { SceneId: string; StreamUrl: string }[] } };
    expect(studio).toMatchObject({ status: 1, startedAt: later, modifiedAt: later });
    const [program] = answer.PgmSceneInfos.SceneInfo;
    const [preview] = answer.PvwSceneInfos.SceneInfo;
    expect(program?.SceneId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(preview?.SceneId).not.toBe(program?.SceneId);
    expect(program?.StreamUrl).toBe(`rtmp://sports.rehearsal.example/caster/${program?.SceneId}`);
    expect(preview).toEqual({ SceneId: preview?.SceneId, StreamUrl: `rtmp://sports.rehearsal.example/caster/${preview?.SceneId}` });
    expect(program?.StreamInfos).toEqual({
      StreamInfo: [
        { OutputStreamUrl: `rtmp://sports.rehearsal.example/caster/${program?.SceneId}_lld`, TranscodeConfig: 'lld', VideoFormat: 'flv' },
        { OutputStreamUrl: `rtmp://sports.rehearsal.example/caster/${program?.SceneId}_lsd`, TranscodeConfig: 'lsd', VideoFormat: 'flv' },
        { OutputStreamUrl: 'rtmp://relay.example/live/a', VideoFormat: 'rtmp' },
        { OutputStreamUrl: 'rtmp://d/a/s1', VideoFormat: 'rtmp' },
        { OutputStreamUrl: 'rtmp://d/a/s2', VideoFormat: 'rtmp' },
      ],
    });
    callAction(desk, 'StopCaster', { CasterId: studio.id }, later);
    const again = callAction(desk, 'StartCaster', { CasterId: studio.id }, later) as typeof answer;
    expect(again.PgmSceneInfos.SceneInfo[0]?.SceneId).toBe(program?.SceneId);
  });

  it('refuses to start a studio without an output domain, or one already running', () => {
    const [desk] = seededAccounts();
    const press = studioNamed(desk, 'Press Room');
    expectFault(() => callAction(desk, 'StartCaster', { CasterId: press.id }), 404, 'InvalidDomainName.NotFound', /SetCasterConfig/);
    expect(press.status).toBe(0);
    expectFault(() => callAction(desk, 'StartCaster', { CasterId: studioNamed(desk, 'Concert Hall').id }), 400, 'IncorrectCasterStatus.Inuse');
  });

  it('stops a running studio, which then lists without a start time, and refuses to stop an idle one', () => {
    const [desk] = seededAccounts();
    const concert = studioNamed(desk, 'Concert Hall');
    expect(callAction(desk, 'StopCaster', { CasterId: concert.id }, later)).toEqual({});
    expect(concert).toMatchObject({ status: 0, startedAt: null, modifiedAt: later });
    const row = (callAction(desk, 'DescribeCasters', { CasterId: concert.id }) as { CasterList: { Caster: Record<string, unknown>[] } }).CasterList.Caster[0];
    expect(row).toMatchObject({ Status: 0 });
    expect(row).not.toHaveProperty('StartTime');
    expectFault(() => callAction(desk, 'StopCaster', { CasterId: concert.id }), 400, 'IncorrectCasterStatus.Idle');
  });

  it('restarts a running general or playlist studio, keeping its start time', () => {
    const [desk] = seededAccounts();
    const loop = studioNamed(desk, 'Weekend Loop');
    const startedAt = loop.startedAt;
    expect(callAction(desk, 'RestartCaster', { CasterId: loop.id }, later)).toEqual({});
    expect(loop).toMatchObject({ status: 1, startedAt, modifiedAt: later });
    expectFault(() => callAction(desk, 'RestartCaster', { CasterId: studioNamed(desk, 'Press Room').id }), 400, 'IncorrectCasterStatus.Idle');
  });

  it('refuses to restart a virtual studio with IllegalOperation', () => {
    const [desk] = seededAccounts();
    create(desk, { NormType: '4' });
    const id = created(1);
    callAction(desk, 'SetCasterConfig', { CasterId: id, DomainName: 'live.rehearsal.example' });
    callAction(desk, 'StartCaster', { CasterId: id });
    expectFault(() => callAction(desk, 'RestartCaster', { CasterId: id }), 401, 'IllegalOperation');
  });

  it('requires a CasterId naming one of the account’s studios', () => {
    const [desk, second] = seededAccounts();
    for (const action of ['StartCaster', 'StopCaster', 'RestartCaster']) {
      expectFault(() => callAction(desk, action, {}), 400, 'MissingCasterId');
      expectFault(() => callAction(desk, action, { CasterId: 'x' }), 400, 'InvalidCasterId.Malformed');
      expectFault(() => callAction(desk, action, { CasterId: studioNamed(second, 'Second Desk Main').id }), 404, 'InvalidCaster.NotFound');
    }
  });
});
