import { describe, expect, it } from 'vitest';
import { emptyAccount, faultOf, liveTask, run, t0, t0s } from './volcengine-rehearsal';

const invalid = { status: 400, code: 'InvalidParam' };
const bind = { status: 400, code: 'InvalidParam.BindError' };

// Four tasks around t0 (20:00 Beijing, 2024-06-19): running, scheduled, stopped, ended.
function accountWithTasks() {
  const account = emptyAccount();
  account.groups.push({ name: 'Sports', projectName: 'sports', status: 0, tags: [] });
  account.tasks.push(
    liveTask('T1', { title: 'EveningNews', callbackUrl: 'https://hooks.example.com/relay' }),
    liveTask('T2', { groupName: 'Sports', title: '决赛', startTime: t0s + 86_400, endTime: t0s + 90_000, dstAddr: 'rtmp://third.example.net/a/b', dstAddrType: 2 }),
    liveTask('T3', { groupName: 'Sports', title: 'morningnews', stopped: true }),
    {
      taskId: 'T4',
      groupName: 'default',
      title: '回放',
      startTime: t0s - 86_400,
      endTime: t0s - 3600,
      type: 1,
      vodSrcAddrs: [{ SrcAddr: 'https://vod.example.com/a.mp4', StartOffset: 5 }],
      cycleMode: 0,
      playTimes: 2,
      dstAddr: 'rtmp://push.example.com/live/replay',
      dstAddrType: 1,
      stopped: false,
    },
  );
  return account;
}

const ids = (result: unknown) => (result as { List: { TaskId: string }[] }).List.map((item) => item.TaskId);

describe('ListPullToPushTaskV2', () => {
  it('answers each task with Beijing RFC 3339 times, its group and its status at this moment', () => {
    const result = run('ListPullToPushTaskV2', accountWithTasks(), {});
    expect(result).toMatchObject({ Pagination: { PageCur: 1, PageSize: 20, PageTotal: 1, TotalCount: 4 } });
    const [live, scheduled, stopped, vod] = (result as { List: unknown[] }).List;
    expect(live).toStrictEqual({
      TaskId: 'T1',
      Title: 'EveningNews',
      GroupName: 'default',
      StartTime: '2024-06-19T19:00:00+08:00',
      EndTime: '2024-06-19T22:00:00+08:00',
      Type: 0,
      SrcAddr: 'rtmp://pull.example.com/live/src',
      DstAddr: 'rtmp://push.example.com/live/out',
      DstAddrType: 1,
      CallbackURL: 'https://hooks.example.com/relay',
      Status: '生效中',
    });
    expect(scheduled).toMatchObject({ GroupName: 'Sports', DstAddrType: 2, Status: '未开始' });
    expect(scheduled).not.toHaveProperty('CallbackURL');
    expect(stopped).toMatchObject({ Status: '停用' });
    expect(vod).toStrictEqual({
      TaskId: 'T4',
      Title: '回放',
      GroupName: 'default',
      StartTime: '2024-06-18T20:00:00+08:00',
      EndTime: '2024-06-19T19:00:00+08:00',
      Type: 1,
      VodSrcAddrs: [{ SrcAddr: 'https://vod.example.com/a.mp4', StartOffset: 5 }],
      CycleMode: 0,
      PlayTimes: 2,
      DstAddr: 'rtmp://push.example.com/live/replay',
      DstAddrType: 1,
      Status: '已结束',
    });
  });

  it('reads the status off the clock: the scheduled task is running the next day, every task has ended a week later', () => {
    const account = accountWithTasks();
    const statuses = (now: number) => (run('ListPullToPushTaskV2', account, {}, now) as { List: { Status: string }[] }).List.map((item) => item.Status);
    expect(statuses(t0 + 86_400_000)).toStrictEqual(['已结束', '生效中', '已结束', '已结束']);
    expect(statuses(t0 + 7 * 86_400_000)).toStrictEqual(['已结束', '已结束', '已结束', '已结束']);
  });

  it('filters by several groups (none or empty: all) and by a case-insensitive title substring', () => {
    const account = accountWithTasks();
    expect(ids(run('ListPullToPushTaskV2', account, { GroupNames: ['Sports'] }))).toStrictEqual(['T2', 'T3']);
    expect(ids(run('ListPullToPushTaskV2', account, { GroupNames: ['Sports', 'default'] }))).toHaveLength(4);
    expect(ids(run('ListPullToPushTaskV2', account, { GroupNames: [] }))).toHaveLength(4);
    expect(ids(run('ListPullToPushTaskV2', account, { Title: 'NEWS' }))).toStrictEqual(['T1', 'T3']);
    expect(ids(run('ListPullToPushTaskV2', account, { Title: 'news', GroupNames: ['Sports'] }))).toStrictEqual(['T3']);
    expect(run('ListPullToPushTaskV2', account, { GroupNames: ['Nobody'] })).toStrictEqual({ List: [], Pagination: { PageCur: 1, PageSize: 20, PageTotal: 0, TotalCount: 0 } });
  });

  it('pages with Page and Size; a page past the end is empty with the true totals', () => {
    const account = accountWithTasks();
    expect(run('ListPullToPushTaskV2', account, { Page: 2, Size: 3 })).toMatchObject({ List: [{ TaskId: 'T4' }], Pagination: { PageCur: 2, PageSize: 3, PageTotal: 2, TotalCount: 4 } });
    expect(run('ListPullToPushTaskV2', account, { Page: 5, Size: 3 })).toStrictEqual({ List: [], Pagination: { PageCur: 5, PageSize: 3, PageTotal: 2, TotalCount: 4 } });
    expect(run('ListPullToPushTaskV2', account, { Page: 0, Size: 0 })).toMatchObject({ Pagination: { PageCur: 1, PageSize: 20 } });
  });

  it('refuses a size over 500 or a negative page, and fails binding on mistyped fields', () => {
    const account = accountWithTasks();
    expect(faultOf(() => run('ListPullToPushTaskV2', account, { Size: 501 }))).toMatchObject(invalid);
    expect(faultOf(() => run('ListPullToPushTaskV2', account, { Page: -1 }))).toMatchObject(invalid);
    expect(run('ListPullToPushTaskV2', account, { Size: 500 })).toMatchObject({ Pagination: { PageSize: 500 } });
    expect(faultOf(() => run('ListPullToPushTaskV2', account, { Page: '2' }))).toMatchObject(bind);
    expect(faultOf(() => run('ListPullToPushTaskV2', account, { GroupNames: 'Sports' }))).toMatchObject(bind);
  });
});

describe('ListPullToPushTask (GET)', () => {
  it('reads Page and Size from query text, defaulting to 1 and 20, and names no group on items', () => {
    const account = accountWithTasks();
    const first = run('ListPullToPushTask', account, {}) as { List: Record<string, unknown>[]; Pagination: unknown };
    expect(first.Pagination).toStrictEqual({ PageCur: 1, PageSize: 20, PageTotal: 1, TotalCount: 4 });
    expect(first.List[0]).not.toHaveProperty('GroupName');
    expect(first.List[0]).toMatchObject({ TaskId: 'T1', StartTime: '2024-06-19T19:00:00+08:00', Status: '生效中' });
    expect(run('ListPullToPushTask', account, { Page: '2', Size: '1' })).toMatchObject({ List: [{ TaskId: 'T2' }], Pagination: { PageCur: 2, PageSize: 1, PageTotal: 4 } });
  });

  it('filters by GroupName and by a case-insensitive title substring', () => {
    const account = accountWithTasks();
    expect(ids(run('ListPullToPushTask', account, { GroupName: 'Sports' }))).toStrictEqual(['T2', 'T3']);
    expect(ids(run('ListPullToPushTask', account, { Title: 'News', GroupName: '' }))).toStrictEqual(['T1', 'T3']);
  });

  it('fails binding on query text that is not a number, and refuses a size over 500', () => {
    const account = accountWithTasks();
    expect(faultOf(() => run('ListPullToPushTask', account, { Page: 'first' }))).toMatchObject(bind);
    expect(faultOf(() => run('ListPullToPushTask', account, { Size: '501' }))).toMatchObject(invalid);
  });
});
