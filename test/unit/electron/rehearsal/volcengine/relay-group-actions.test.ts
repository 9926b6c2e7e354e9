import { describe, expect, it } from 'vitest';
import { emptyAccount, faultOf, liveTask, run } from './volcengine-rehearsal';

const invalid = { status: 400, code: 'InvalidParam' };
const bind = { status: 400, code: 'InvalidParam.BindError', message: 'Request parameter error, please check input data' };
const notFound = { status: 404, code: 'ResourceNotFound' };

function accountWithGroups() {
  const account = emptyAccount();
  account.groups.push(
    { name: '赛事直播', projectName: 'sports', status: 0, tags: [{ Key: 'volc:project', Value: 'sports', Category: 'System' }, { Key: 'line', Value: '体育', Category: 'Custom' }] },
    { name: 'Old2025', projectName: 'default', status: 1, tags: [] },
  );
  return account;
}

const listAll = (account: ReturnType<typeof emptyAccount>, StatusList?: number[]) =>
  run('ListPullToPushGroup', account, { PageNum: 1, PageSize: 1000, ...(StatusList ? { StatusList } : {}) });

describe('CreatePullToPushGroup', () => {
  it('adds a usable group with its project and custom tags, answering metadata only', () => {
    const account = emptyAccount();
    const result = run('CreatePullToPushGroup', account, {
      Name: 'RelayGroup001',
      ProjectName: 'default',
      Tags: [{ Key: 'key001', Value: 'Valauedes', Category: 'Custom' }, { Key: 'show', Value: '晚会' }],
    });
    expect(result).toBeUndefined();
    expect(account.groups.at(-1)).toStrictEqual({
      name: 'RelayGroup001',
      projectName: 'default',
      status: 0,
      tags: [
        { Key: 'key001', Value: 'Valauedes', Category: 'Custom' },
        { Key: 'show', Value: '晚会', Category: 'Custom' },
      ],
    });
  });

  it('refuses a name that is not 1–20 Chinese characters, letters or digits', () => {
    for (const Name of ['Relay Group', 'group_1', 'a'.repeat(21)]) {
      expect(faultOf(() => run('CreatePullToPushGroup', emptyAccount(), { Name, ProjectName: 'default' }))).toMatchObject(invalid);
    }
    expect(faultOf(() => run('CreatePullToPushGroup', emptyAccount(), { ProjectName: 'default' }))).toMatchObject({ ...invalid, message: 'Name is required' });
    expect(() => run('CreatePullToPushGroup', emptyAccount(), { Name: '直'.repeat(20), ProjectName: 'default' })).not.toThrow();
  });

  it('requires ProjectName and fails binding on a mistyped field', () => {
    expect(faultOf(() => run('CreatePullToPushGroup', emptyAccount(), { Name: 'G1' }))).toMatchObject({ ...invalid, message: 'ProjectName is required' });
    expect(faultOf(() => run('CreatePullToPushGroup', emptyAccount(), { Name: 1, ProjectName: 'default' }))).toMatchObject(bind);
    expect(faultOf(() => run('CreatePullToPushGroup', emptyAccount(), { Name: 'G1', ProjectName: 'default', Tags: { Key: 'k' } }))).toMatchObject(bind);
  });

  it('refuses a System tag: only the cloud sets those', () => {
    const fault = faultOf(() => run('CreatePullToPushGroup', emptyAccount(), { Name: 'G1', ProjectName: 'default', Tags: [{ Key: 'k', Value: 'v', Category: 'System' }] }));
    expect(fault).toMatchObject(invalid);
    expect(fault.message).toContain('System tags are set by the cloud');
  });

  it('refuses a tag without a key, an unknown category, an overlong key and a key given twice', () => {
    const create = (Tags: unknown[]) => () => run('CreatePullToPushGroup', emptyAccount(), { Name: 'G1', ProjectName: 'default', Tags });
    expect(faultOf(create([{ Value: 'v' }]))).toMatchObject({ ...invalid, message: 'Tags[0].Key is required' });
    expect(faultOf(create([{ Key: 'k', Value: 'v', Category: 'Other' }]))).toMatchObject(invalid);
    expect(faultOf(create([{ Key: 'k'.repeat(129), Value: 'v' }]))).toMatchObject(invalid);
    expect(faultOf(create([{ Key: 'k', Value: 'v'.repeat(257) }]))).toMatchObject(invalid);
    expect(faultOf(create([{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }]))).toMatchObject(invalid);
  });

  it('answers HTTP 429 RequestLimitExceeded.Exist for a name a usable group has', () => {
    const account = accountWithGroups();
    expect(faultOf(() => run('CreatePullToPushGroup', account, { Name: '赛事直播', ProjectName: 'other' }))).toMatchObject({
      status: 429,
      code: 'RequestLimitExceeded.Exist',
      message: 'the resource requested to be created already exists, please rename it',
    });
    expect(account.groups.filter((group) => group.name === '赛事直播')).toHaveLength(1);
  });

  it("frees a deleted group's name for a new group", () => {
    const account = accountWithGroups();
    run('CreatePullToPushGroup', account, { Name: 'Old2025', ProjectName: 'default' });
    expect(account.groups.filter((group) => group.name === 'Old2025').map((group) => group.status)).toStrictEqual([1, 0]);
  });
});

describe('ListPullToPushGroup', () => {
  it('lists usable groups only by default, with Total', () => {
    expect(listAll(accountWithGroups())).toStrictEqual({
      List: [
        { Name: 'default', ProjectName: 'default', Status: 0, Tags: [] },
        {
          Name: '赛事直播',
          ProjectName: 'sports',
          Status: 0,
          Tags: [
            { Key: 'volc:project', Value: 'sports', Category: 'System' },
            { Key: 'line', Value: '体育', Category: 'Custom' },
          ],
        },
      ],
      Total: 2,
    });
  });

  it('lists deleted groups with Status 1 when StatusList includes 1', () => {
    const account = accountWithGroups();
    expect(listAll(account, [0, 1])).toMatchObject({ Total: 3 });
    expect(listAll(account, [1])).toStrictEqual({ List: [{ Name: 'Old2025', ProjectName: 'default', Status: 1, Tags: [] }], Total: 1 });
    expect(listAll(account, [])).toMatchObject({ Total: 2 });
  });

  it('pages with PageNum and PageSize, Total counting every match', () => {
    const account = accountWithGroups();
    expect(run('ListPullToPushGroup', account, { PageNum: 2, PageSize: 1 })).toStrictEqual({ List: [expect.objectContaining({ Name: '赛事直播' })], Total: 2 });
    expect(run('ListPullToPushGroup', account, { PageNum: 3, PageSize: 1 })).toStrictEqual({ List: [], Total: 2 });
  });

  it('requires PageNum and PageSize within 1–1000 and a StatusList of 0 and 1', () => {
    const account = accountWithGroups();
    for (const input of [{ PageSize: 10 }, { PageNum: 1 }, { PageNum: 0, PageSize: 10 }, { PageNum: 1, PageSize: 1001 }, { PageNum: 1001, PageSize: 1 }]) {
      expect(faultOf(() => run('ListPullToPushGroup', account, input))).toMatchObject(invalid);
    }
    expect(faultOf(() => run('ListPullToPushGroup', account, { PageNum: 1, PageSize: 10, StatusList: [2] }))).toMatchObject(invalid);
    expect(faultOf(() => run('ListPullToPushGroup', account, { PageNum: '1', PageSize: 10 }))).toMatchObject(bind);
  });
});

describe('UpdatePullToPushGroup', () => {
  it('replaces the custom tags and keeps the System ones', () => {
    const account = accountWithGroups();
    run('UpdatePullToPushGroup', account, { Name: '赛事直播', Tags: [{ Key: 'season', Value: '2026', Category: 'Custom' }] });
    expect(account.groups[1]?.tags).toStrictEqual([
      { Key: 'volc:project', Value: 'sports', Category: 'System' },
      { Key: 'season', Value: '2026', Category: 'Custom' },
    ]);
  });

  it('leaves the tags alone without Tags, and removes every custom tag with []', () => {
    const account = accountWithGroups();
    run('UpdatePullToPushGroup', account, { Name: '赛事直播' });
    expect(account.groups[1]?.tags).toHaveLength(2);
    run('UpdatePullToPushGroup', account, { Name: '赛事直播', Tags: [] });
    expect(account.groups[1]?.tags).toStrictEqual([{ Key: 'volc:project', Value: 'sports', Category: 'System' }]);
  });

  it('needs Key, Value and Category on every tag, and refuses a System tag', () => {
    const account = accountWithGroups();
    expect(faultOf(() => run('UpdatePullToPushGroup', account, { Name: '赛事直播', Tags: [{ Key: 'k', Value: 'v' }] }))).toMatchObject(invalid);
    expect(faultOf(() => run('UpdatePullToPushGroup', account, { Name: '赛事直播', Tags: [{ Key: 'k', Category: 'Custom' }] }))).toMatchObject(invalid);
    expect(faultOf(() => run('UpdatePullToPushGroup', account, { Name: '赛事直播', Tags: [{ Key: 'volc:project', Value: 'x', Category: 'System' }] }))).toMatchObject(invalid);
    expect(account.groups[1]?.tags).toHaveLength(2);
  });

  it('answers 404 ResourceNotFound for an unknown or deleted group', () => {
    expect(faultOf(() => run('UpdatePullToPushGroup', accountWithGroups(), { Name: 'Nobody', Tags: [] }))).toMatchObject(notFound);
    expect(faultOf(() => run('UpdatePullToPushGroup', accountWithGroups(), { Name: 'Old2025', Tags: [] }))).toMatchObject(notFound);
    expect(faultOf(() => run('UpdatePullToPushGroup', accountWithGroups(), { Tags: [] }))).toMatchObject(invalid);
  });
});

describe('DeletePullToPushGroup', () => {
  it('marks the group deleted: gone from the default list, listed with Status 1 when asked', () => {
    const account = accountWithGroups();
    expect(run('DeletePullToPushGroup', account, { Name: '赛事直播' })).toBeUndefined();
    expect(listAll(account)).toMatchObject({ Total: 1 });
    expect(listAll(account, [1])).toMatchObject({ List: [{ Name: '赛事直播', Status: 1 }, { Name: 'Old2025' }], Total: 2 });
  });

  it('refuses with InvalidParam while the group still has tasks', () => {
    const account = accountWithGroups();
    account.tasks.push(liveTask('T1', { groupName: '赛事直播' }));
    const fault = faultOf(() => run('DeletePullToPushGroup', account, { Name: '赛事直播' }));
    expect(fault).toMatchObject(invalid);
    expect(fault.message).toBe('group 赛事直播 still has 1 task(s); delete them before the group');
    expect(account.groups[1]?.status).toBe(0);
  });

  it('answers ResourceNotFound for an unknown group and for one already deleted', () => {
    const account = accountWithGroups();
    expect(faultOf(() => run('DeletePullToPushGroup', account, { Name: 'Nobody' }))).toMatchObject(notFound);
    run('DeletePullToPushGroup', account, { Name: '赛事直播' });
    expect(faultOf(() => run('DeletePullToPushGroup', account, { Name: '赛事直播' }))).toMatchObject(notFound);
  });
});
