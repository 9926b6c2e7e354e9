import { describe, expect, it } from 'vitest';
import { beijingText, utcText } from '../../../../../electron/rehearsal/aliyun/aliyun-times';
import type { AliyunAccountWorld } from '../../../../../electron/rehearsal/world/aliyun-world';
import { callAction, expectFault, seededAccounts, studioNamed, testNow } from './aliyun-harness';

type CasterPage = { Total: number; CasterList: { Caster: Record<string, unknown>[] } };
const list = (account: AliyunAccountWorld, params: Record<string, string> = {}) => callAction(account, 'DescribeCasters', params) as CasterPage;
const names = (page: CasterPage) => page.CasterList.Caster.map((row) => row.CasterName);

describe('DescribeCasters', () => {
  it('lists every studio wrapped as CasterList.Caster with Total, most recently changed first', () => {
    const [desk] = seededAccounts();
    const page = list(desk);
    expect(page.Total).toBe(12);
    const expected = [...desk.casters].sort((a, b) => b.modifiedAt - a.modifiedAt).map((caster) => caster.name);
    expect(names(page)).toEqual(expected);
    expect(names(list(desk, { OrderByModifyAsc: 'true' }))).toEqual([...expected].reverse());
    expect(names(list(desk, { OrderByModifyAsc: 'false' }))).toEqual(expected);
  });

  it('writes a running studio with Beijing-time creation and start, UTC LastModified, Duration and tags', () => {
    const [desk] = seededAccounts();
    const studio = studioNamed(desk, 'Concert Hall');
    const row = list(desk, { CasterId: studio.id }).CasterList.Caster[0];
    expect(row).toEqual({
      CasterId: studio.id,
      CasterName: 'Concert Hall',
      ChannelEnable: 1,
      ChargeType: 'PostPaid',
      CreateTime: beijingText(studio.createdAt),
      Duration: expect.stringMatching(/^\d+:\d{2}:\d{2}$/),
      LastModified: utcText(studio.modifiedAt),
      NormType: 1,
      PurchaseTime: beijingText(studio.createdAt),
      ResourceGroupId: studio.resourceGroupId,
      StartTime: beijingText(studio.startedAt ?? 0),
      Status: 1,
      Tags: { tag: [{ TagKey: 'show', TagValue: 'concert' }, { TagKey: 'team', TagValue: 'music' }] },
    });
    const elapsed = Math.floor((testNow - (studio.startedAt ?? 0)) / 1000);
    expect(row?.Duration).toBe(`${Math.floor(elapsed / 3600)}:${String(Math.floor(elapsed / 60) % 60).padStart(2, '0')}:${String(elapsed % 60).padStart(2, '0')}`);
    expect(String(row?.CreateTime)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+$/);
  });

  it('gives StartTime and Duration only while running, ClientTokenId only to a studio made with a token, ExpireTime only to a subscription', () => {
    const [desk] = seededAccounts();
    const rows = new Map(list(desk).CasterList.Caster.map((row) => [row.CasterName, row]));
    expect(rows.get('Press Room')).not.toHaveProperty('StartTime');
    expect(rows.get('Press Room')).not.toHaveProperty('Duration');
    expect(rows.get('Press Room')).not.toHaveProperty('ClientTokenId');
    expect(rows.get('Morning Show')?.ClientTokenId).toBe(studioNamed(desk, 'Morning Show').clientToken);
    const subscription = studioNamed(desk, 'Subscription Desk');
    expect(rows.get('Subscription Desk')).toMatchObject({ ChargeType: 'PrePaid', ExpireTime: beijingText(subscription.createdAt + 365 * 86_400_000), CasterTemplate: 'lp_hd' });
    expect(rows.get('Morning Show')).toMatchObject({ CasterTemplate: 'lp_ld', ChargeType: 'PostPaid' });
    expect(rows.get('Press Room')).not.toHaveProperty('ExpireTime');
    expect(rows.get('Lobby Carousel')).toMatchObject({ NormType: 6, ChannelEnable: 0, Tags: { tag: [{ TagKey: 'venue', TagValue: 'lobby' }] } });
    expect(rows.get('Training')).toMatchObject({ Tags: { tag: [] } });
  });

  it('filters by id, a part of the name, status, charge type, kind, resource group and tags', () => {
    const [desk] = seededAccounts();
    const press = studioNamed(desk, 'Press Room');
    expect(names(list(desk, { CasterId: press.id }))).toEqual(['Press Room']);
    expect(list(desk, { CasterId: '00000000-0000-4000-8000-000000000000' }).Total).toBe(0);
    expect(names(list(desk, { CasterName: '赛事' })).sort()).toEqual(['赛事 1', '赛事 2']);
    expect(list(desk, { Status: '1' }).Total).toBe(4);
    expect(list(desk, { Status: '0' }).Total).toBe(8);
    expect(names(list(desk, { ChargeType: '0' }))).toEqual(['Subscription Desk']);
    expect(list(desk, { ChargeType: '1' }).Total).toBe(11);
    expect(names(list(desk, { NormType: '6' })).sort()).toEqual(['Lobby Carousel', 'Night Loop', 'Weekend Loop']);
    expect(list(desk, { NormType: '4' }).Total).toBe(0);
    expect(names(list(desk, { ResourceGroupId: 'rg-aekzsports0001' })).sort()).toEqual(['Night Loop', '赛事 1', '赛事 2']);
    expect(names(list(desk, { 'Tag.1.Key': 'team', 'Tag.1.Value': 'sports' })).sort()).toEqual(['赛事 1', '赛事 2']);
    expect(names(list(desk, { 'Tag.1.Key': 'show' })).sort()).toEqual(['Concert Hall', '晚间新闻']);
    expect(names(list(desk, { 'Tag.1.Key': 'show', 'Tag.2.Key': 'team', 'Tag.2.Value': 'music' }))).toEqual(['Concert Hall']);
  });

  it('filters by creation time with StartTime and EndTime', () => {
    const [desk] = seededAccounts();
    const press = studioNamed(desk, 'Press Room');
    const exactly = { StartTime: utcText(press.createdAt), EndTime: utcText(press.createdAt) };
    expect(names(list(desk, exactly))).toContain('Press Room');
    const after = list(desk, { StartTime: utcText(press.createdAt + 1000) });
    expect(names(after)).not.toContain('Press Room');
    expect(after.Total).toBe(desk.casters.filter((caster) => caster.createdAt > press.createdAt).length);
    expectFault(() => list(desk, { StartTime: utcText(testNow), EndTime: utcText(testNow - 1000) }), 400, 'InvalidParameter', /"EndTime"/);
    expectFault(() => list(desk, { StartTime: '2026-03-14T12:00:00.000Z' }), 400, 'InvalidParameter', /"StartTime"/);
  });

  it('pages with PageNum and PageSize (default 100), Total counting every page', () => {
    const [desk] = seededAccounts();
    const all = names(list(desk));
    const pages = [1, 2, 3].map((number) => list(desk, { PageNum: String(number), PageSize: '5' }));
    expect(pages.map((page) => page.Total)).toEqual([12, 12, 12]);
    expect(pages.flatMap(names)).toEqual(all);
    expect(list(desk, { PageNum: '4', PageSize: '5' }).CasterList.Caster).toEqual([]);
  });

  it('refuses filters outside the documented values', () => {
    const [desk] = seededAccounts();
    expectFault(() => list(desk, { Status: '2' }), 400, 'InvalidParameter', /"Status"/);
    expectFault(() => list(desk, { ChargeType: 'PostPaid' }), 400, 'InvalidParameter', /"ChargeType"/);
    expectFault(() => list(desk, { NormType: '2' }), 400, 'InvalidParameter', /"NormType"/);
    expectFault(() => list(desk, { OrderByModifyAsc: 'yes' }), 400, 'InvalidParameter', /"OrderByModifyAsc"/);
    expectFault(() => list(desk, { PageSize: '0' }), 400, 'InvalidParameter', /"PageSize"/);
  });

  it('shows each account only its own studios', () => {
    const [desk, second] = seededAccounts();
    expect(names(list(second)).sort()).toEqual(second.casters.map((caster) => caster.name).sort());
    expect(list(second, { CasterId: studioNamed(desk, 'Press Room').id }).Total).toBe(0);
  });
});
