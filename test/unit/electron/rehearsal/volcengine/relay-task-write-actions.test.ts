import { describe, expect, it } from 'vitest';
import { emptyAccount, faultOf, liveTask, run, t0s } from './volcengine-rehearsal';

const invalid = { status: 400, code: 'InvalidParam' };
const bind = { status: 400, code: 'InvalidParam.BindError', message: 'Request parameter error, please check input data' };

// 20:00–23:00 Beijing time on 2024-06-19.
const liveBody = {
  Title: '晚间直播',
  StartTime: 1718798400,
  EndTime: 1718809200,
  Type: 0,
  SrcAddr: 'rtmp://pull.example.com/live/src',
  DstAddr: 'rtmp://push.example.com/live/out?auth_key=abc',
  CallbackURL: 'https://hooks.example.com/relay',
};

const vodBody = {
  StartTime: 1718798400,
  EndTime: 1718798400 + 7 * 86_400,
  Type: 1,
  VodSrcAddrs: [{ SrcAddr: 'https://vod.example.com/a.mp4', StartOffset: 5, EndOffset: 60 }, { SrcAddr: 'https://vod.example.com/b.mp4' }],
  CycleMode: -1,
  Domain: 'push.example.com',
  App: 'live',
  Stream: 'replay',
};

/** The body with one field left out. */
function without(body: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([name]) => name !== field));
}

const create = (body: Record<string, unknown>, account = emptyAccount()) => () => run('CreatePullToPushTask', account, body);

describe('CreatePullToPushTask', () => {
  it('adds a live task and answers {TaskId}; a URL on a push domain of the account is DstAddrType 1', () => {
    const account = emptyAccount();
    const result = run('CreatePullToPushTask', account, { ...liveBody, GroupName: 'default' });
    expect(result).toStrictEqual({ TaskId: expect.any(String) });
    expect(account.tasks).toStrictEqual([
      {
        taskId: (result as { TaskId: string }).TaskId,
        groupName: 'default',
        title: '晚间直播',
        startTime: 1718798400,
        endTime: 1718809200,
        type: 0,
        srcAddr: 'rtmp://pull.example.com/live/src',
        dstAddr: 'rtmp://push.example.com/live/out?auth_key=abc',
        dstAddrType: 1,
        callbackUrl: 'https://hooks.example.com/relay',
        stopped: false,
      },
    ]);
  });

  it('marks a third-party destination DstAddrType 2', () => {
    const account = emptyAccount();
    run('CreatePullToPushTask', account, { ...liveBody, DstAddr: 'rtmp://live.partner.example.net/app/s' });
    expect(account.tasks[0]).toMatchObject({ dstAddr: 'rtmp://live.partner.example.net/app/s', dstAddrType: 2 });
  });

  it('builds the push URL from Domain, App and Stream, and keeps VOD files with their loop mode', () => {
    const account = emptyAccount();
    run('CreatePullToPushTask', account, vodBody);
    expect(account.tasks[0]).toMatchObject({
      title: '',
      type: 1,
      vodSrcAddrs: vodBody.VodSrcAddrs,
      cycleMode: -1,
      dstAddr: 'rtmp://push.example.com/live/replay',
      dstAddrType: 1,
    });
    expect(account.tasks[0]).not.toHaveProperty('srcAddr');
  });

  it('keeps legacy SrcAddrS as files, OffsetS as their start offsets, and PlayTimes for CycleMode 0', () => {
    const account = emptyAccount();
    run('CreatePullToPushTask', account, { ...without(vodBody, 'VodSrcAddrs'), SrcAddrS: ['https://vod.example.com/a.mp4', 'https://vod.example.com/b.mp4'], OffsetS: [2.5], CycleMode: 0, PlayTimes: 3 });
    expect(account.tasks[0]).toMatchObject({
      vodSrcAddrs: [{ SrcAddr: 'https://vod.example.com/a.mp4', StartOffset: 2.5 }, { SrcAddr: 'https://vod.example.com/b.mp4' }],
      cycleMode: 0,
      playTimes: 3,
    });
  });

  it('puts a task without GroupName in default, creating it with project default when missing', () => {
    const account = emptyAccount();
    account.groups = [];
    run('CreatePullToPushTask', account, liveBody);
    expect(account.groups).toStrictEqual([{ name: 'default', projectName: 'default', status: 0, tags: [] }]);
    expect(account.tasks[0]?.groupName).toBe('default');
  });

  it('answers 404 ResourceNotFound for a group that is unknown or deleted, and adds nothing', () => {
    const account = emptyAccount();
    account.groups.push({ name: 'Old', projectName: 'default', status: 1, tags: [] });
    for (const GroupName of ['Nobody', 'Old']) {
      expect(faultOf(create({ ...liveBody, GroupName }, account))).toMatchObject({ status: 404, code: 'ResourceNotFound' });
    }
    expect(account.tasks).toStrictEqual([]);
  });

  it('leaves no default group behind when the task is refused', () => {
    const account = emptyAccount();
    account.groups = [];
    expect(faultOf(create({ ...liveBody, EndTime: liveBody.StartTime }, account))).toMatchObject(invalid);
    expect(account.groups).toStrictEqual([]);
  });

  it('requires StartTime and EndTime as ints, EndTime later, the span at most 7 days', () => {
    expect(faultOf(create(without(liveBody, 'StartTime')))).toMatchObject({ ...invalid, message: 'StartTime is required' });
    expect(faultOf(create({ ...liveBody, StartTime: '1718798400' }))).toMatchObject(bind);
    expect(faultOf(create({ ...liveBody, EndTime: 1718809200.5 }))).toMatchObject(bind);
    expect(faultOf(create({ ...liveBody, EndTime: liveBody.StartTime }))).toMatchObject({ ...invalid, message: 'EndTime must be later than StartTime' });
    expect(faultOf(create({ ...liveBody, EndTime: liveBody.StartTime + 7 * 86_400 + 1 }))).toMatchObject({ ...invalid, message: 'a task may span at most 7 days' });
    expect(create({ ...liveBody, EndTime: liveBody.StartTime + 7 * 86_400 })).not.toThrow();
  });

  it('requires Type 0 or 1, and a live source for Type 0 as an rtmp/http URL of at most 1000 characters', () => {
    expect(faultOf(create({ ...liveBody, Type: 2 }))).toMatchObject(invalid);
    expect(faultOf(create({ ...liveBody, Type: '0' }))).toMatchObject(bind);
    expect(faultOf(create({ ...liveBody, SrcAddr: undefined }))).toMatchObject(invalid);
    expect(faultOf(create({ ...liveBody, SrcAddr: 'ftp://pull.example.com/a' }))).toMatchObject(invalid);
    expect(faultOf(create({ ...liveBody, SrcAddr: `rtmp://pull.example.com/${'a'.repeat(980)}` }))).toMatchObject(invalid);
    expect(create({ ...liveBody, SrcAddr: 'http://pull.example.com/live/src.flv' })).not.toThrow();
  });

  it('takes VodSrcAddrs or SrcAddrS for Type 1, never both, at most 30 files, with CycleMode', () => {
    const noFiles = without(vodBody, 'VodSrcAddrs');
    expect(faultOf(create(noFiles))).toMatchObject({ ...invalid, message: 'VodSrcAddrs or SrcAddrS is required when Type is 1' });
    expect(faultOf(create({ ...vodBody, SrcAddrS: ['https://vod.example.com/c.mp4'] }))).toMatchObject(invalid);
    expect(faultOf(create({ ...vodBody, OffsetS: [1] }))).toMatchObject(invalid);
    expect(faultOf(create({ ...noFiles, SrcAddrS: Array.from({ length: 31 }, (_, i) => `https://vod.example.com/${i}.mp4`) }))).toMatchObject(invalid);
    expect(faultOf(create({ ...noFiles, SrcAddrS: 'https://vod.example.com/a.mp4' }))).toMatchObject(bind);
    expect(faultOf(create({ ...noFiles, SrcAddrS: ['https://vod.example.com/a.mp4'], OffsetS: [1, 2] }))).toMatchObject(invalid);
    expect(faultOf(create({ ...vodBody, VodSrcAddrs: [{ SrcAddr: 'https://vod.example.com/a.mp4', StartOffset: 60, EndOffset: 30 }] }))).toMatchObject(invalid);
    expect(faultOf(create({ ...vodBody, VodSrcAddrs: [{ StartOffset: 1 }] }))).toMatchObject({ ...invalid, message: 'VodSrcAddrs[0].SrcAddr is required' });
  });

  it('requires CycleMode for Type 1: -1, a number of plays, or 0 with PlayTimes', () => {
    expect(faultOf(create({ ...vodBody, CycleMode: undefined }))).toMatchObject(invalid);
    expect(faultOf(create({ ...vodBody, CycleMode: -2 }))).toMatchObject(invalid);
    expect(faultOf(create({ ...vodBody, CycleMode: 0 }))).toMatchObject(invalid);
    expect(create({ ...vodBody, CycleMode: 3 })).not.toThrow();
  });

  it('requires a destination: DstAddr, or Domain with App and Stream on a push domain of the account', () => {
    const noDestination = without(liveBody, 'DstAddr');
    expect(faultOf(create(noDestination))).toMatchObject({ ...invalid, message: 'DstAddr, or Domain with App and Stream, is required' });
    expect(faultOf(create({ ...noDestination, Domain: 'push.example.com', App: 'live' }))).toMatchObject(invalid);
    expect(faultOf(create({ ...noDestination, Domain: 'push.example.com', App: 'live', Stream: 'a/b' }))).toMatchObject(invalid);
    expect(faultOf(create({ ...noDestination, Domain: 'push.other.example.com', App: 'live', Stream: 's' }))).toMatchObject({ status: 403, code: 'RequestForbidden' });
    expect(faultOf(create({ ...liveBody, DstAddr: 'push.example.com/live/out' }))).toMatchObject(invalid);
  });

  it('checks the title like a group name, and the callback as an http(s) URL of at most 512 characters', () => {
    expect(faultOf(create({ ...liveBody, Title: 'Evening show' }))).toMatchObject(invalid);
    expect(faultOf(create({ ...liveBody, Title: '直'.repeat(21) }))).toMatchObject(invalid);
    expect(faultOf(create({ ...liveBody, CallbackURL: 'rtmp://hooks.example.com/relay' }))).toMatchObject(invalid);
    expect(faultOf(create({ ...liveBody, CallbackURL: `https://hooks.example.com/${'a'.repeat(487)}` }))).toMatchObject(invalid);
    expect(create({ ...liveBody, CallbackURL: `https://hooks.example.com/${'a'.repeat(486)}` })).not.toThrow();
  });

  it('checks the settings it does not keep for type and range', () => {
    expect(faultOf(create({ ...liveBody, ContinueStrategy: 2 }))).toMatchObject(invalid);
    expect(faultOf(create({ ...liveBody, PreDownload: '1' }))).toMatchObject(bind);
    expect(faultOf(create({ ...liveBody, Watermark: 'logo.png' }))).toMatchObject(bind);
    expect(faultOf(create({ ...liveBody, Watermark: { Ratio: 0.2 } }))).toMatchObject(invalid);
    expect(create({ ...liveBody, ContinueStrategy: 1, PreDownload: 0, Watermark: { Picture: 'data:image/png;base64,AAAA', Ratio: 0.2, RelativePosX: 0.1, RelativePosY: 0.1 } })).not.toThrow();
  });
});

describe('UpdatePullToPushTask', () => {
  const accountWithTask = () => {
    const account = emptyAccount();
    account.groups.push({ name: 'Sports', projectName: 'sports', status: 0, tags: [] });
    account.tasks.push(liveTask('T1', { groupName: 'Sports', callbackUrl: 'https://hooks.example.com/old', stopped: true }));
    return account;
  };
  const update = { TaskId: 'T1', StartTime: t0s + 3600, EndTime: t0s + 7200, Type: 0, SrcAddr: 'rtmp://pull.example.com/live/new', DstAddr: 'rtmp://push.example.com/live/new' };

  it('replaces every setting, keeping the id, the group and the stopped flag; left-out Title and CallbackURL are cleared', () => {
    const account = accountWithTask();
    expect(run('UpdatePullToPushTask', account, { ...update, GroupName: 'Sports' })).toBeUndefined();
    expect(account.tasks).toStrictEqual([
      {
        taskId: 'T1',
        groupName: 'Sports',
        title: '',
        startTime: t0s + 3600,
        endTime: t0s + 7200,
        type: 0,
        srcAddr: 'rtmp://pull.example.com/live/new',
        dstAddr: 'rtmp://push.example.com/live/new',
        dstAddrType: 1,
        stopped: true,
      },
    ]);
  });

  it('requires TaskId, StartTime, EndTime and Type', () => {
    for (const field of ['TaskId', 'StartTime', 'EndTime', 'Type']) {
      expect(faultOf(() => run('UpdatePullToPushTask', accountWithTask(), without(update, field)))).toMatchObject({ ...invalid, message: `${field} is required` });
    }
  });

  it('answers 404 ResourceNotFound for an unknown task', () => {
    expect(faultOf(() => run('UpdatePullToPushTask', accountWithTask(), { ...update, TaskId: 'T9' }))).toMatchObject({ status: 404, code: 'ResourceNotFound' });
  });

  it('refuses to move the task to another group with InvalidParam', () => {
    const account = accountWithTask();
    const fault = faultOf(() => run('UpdatePullToPushTask', account, { ...update, GroupName: 'default' }));
    expect(fault).toMatchObject(invalid);
    expect(fault.message).toContain('GroupName cannot be changed');
    expect(account.tasks[0]?.srcAddr).toBe('rtmp://pull.example.com/live/src');
  });

  it('applies the create rules to the new settings', () => {
    expect(faultOf(() => run('UpdatePullToPushTask', accountWithTask(), { ...update, EndTime: update.StartTime + 8 * 86_400 }))).toMatchObject(invalid);
    expect(faultOf(() => run('UpdatePullToPushTask', accountWithTask(), { ...update, Type: 1 }))).toMatchObject(invalid);
    expect(faultOf(() => run('UpdatePullToPushTask', accountWithTask(), { ...update, StartTime: 'soon' }))).toMatchObject(bind);
  });
});
