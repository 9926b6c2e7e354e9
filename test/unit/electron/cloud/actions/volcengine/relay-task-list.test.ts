import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../../../../electron/cloud/action-catalog';
import { runAction } from '../../../../../../electron/cloud/actions/action-definition';
import {
  listAllRelayTasks,
  listRelayTasksPage,
  relayTaskStatusFrom,
} from '../../../../../../electron/cloud/actions/volcengine/relay-task-list';
import { RelayTask } from '../../../../../../shared/domain/relays';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';
import { volcError, volcOk } from './volcengine-answers';

// A live task item as recorded in volcengine-live.md §5.4 (times RFC 3339 in Beijing time).
const liveItem = (id: string, status = '生效中') => ({
  TaskId: id,
  Title: '晚间直播',
  GroupName: 'RelayGroup001',
  StartTime: '2022-04-01T00:00:00+08:00',
  EndTime: '2022-04-01T06:00:00+08:00',
  Type: 0,
  SrcAddr: 'rtmp://pull.example.com/live/src',
  DstAddr: 'rtmp://push.example.com/live/stream-123',
  DstAddrType: 1,
  CallbackURL: 'https://hooks.example.com/relay',
  Status: status,
});

const page = (items: unknown[], total: number) => ({
  List: items,
  Pagination: { PageCur: 1, PageSize: 20, PageTotal: Math.ceil(total / 20), TotalCount: total },
});

describe('ListPullToPushTaskV2', () => {
  it('is the POST list; the GET ListPullToPushTask is not used (volcengine-live.md §0)', () => {
    expect(listRelayTasksPage.action).toBe('ListPullToPushTaskV2');
    expect(actionSpec('volcengine', 'ListPullToPushTaskV2')).toMatchObject({ method: 'POST', known: true });
    expect(actionSpec('volcengine', 'ListPullToPushTask').method).toBe('GET');
  });

  it('sends GroupNames and Title only when given, with Page and Size', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('ListPullToPushTaskV2', page([], 0)));
    await runAction(client, listRelayTasksPage, { groups: ['RelayGroup001', '直播组'], title: '晚间', pageNumber: 2, pageSize: 50 });
    await runAction(client, listRelayTasksPage, { groups: [], title: '', pageNumber: 1, pageSize: 20 });
    expect(calls.map((call) => call.params)).toStrictEqual([
      { GroupNames: ['RelayGroup001', '直播组'], Title: '晚间', Page: 2, Size: 50 },
      { Page: 1, Size: 20 },
    ]);
  });

  it('reads a live task: times to ISO UTC, status mapped with the raw string kept', async () => {
    const { client } = fakeCloudClient(() => volcOk('ListPullToPushTaskV2', page([{ ...liveItem('T1'), Extra: 'tolerated' }], 1)));
    expect(await runAction(client, listRelayTasksPage, { pageNumber: 1, pageSize: 20 })).toEqual({
      total: 1,
      items: [
        {
          id: 'T1',
          title: '晚间直播',
          group: 'RelayGroup001',
          sourceType: 'live',
          sources: ['rtmp://pull.example.com/live/src'],
          offsets: [],
          loops: null,
          destination: 'rtmp://push.example.com/live/stream-123',
          destinationKind: 'live',
          start: '2022-03-31T16:00:00Z',
          end: '2022-03-31T22:00:00Z',
          status: 'active',
          rawStatus: '生效中',
          callbackUrl: 'https://hooks.example.com/relay',
        },
      ],
    });
  });

  it('reads VOD tasks from VodSrcAddrs or SrcAddrS, with their loop mode', async () => {
    const vod = { TaskId: 'V1', Type: 1, StartTime: 1718798400, EndTime: '1718809200', DstAddr: 'rtmp://third.example.net/app/s', DstAddrType: 2, Status: '未开始' };
    const { client } = fakeCloudClient(() =>
      volcOk(
        'ListPullToPushTaskV2',
        page(
          [
            { ...vod, VodSrcAddrs: [{ SrcAddr: 'https://vod.example.com/a.mp4', StartOffset: 5 }], CycleMode: 0, PlayTimes: 2 },
            { ...vod, TaskId: 'V2', SrcAddrS: ['https://vod.example.com/b.mp4'], CycleMode: -1 },
            { ...vod, TaskId: 'V3', SrcAddrS: ['https://vod.example.com/c.mp4'], CycleMode: 4 },
          ],
          3,
        ),
      ),
    );
    const { items } = await runAction(client, listRelayTasksPage, { pageNumber: 1, pageSize: 20 });
    expect(items.map((task) => [task.id, task.sourceType, task.sources, task.loops, task.destinationKind, task.start, task.end])).toEqual([
      ['V1', 'vod', ['https://vod.example.com/a.mp4'], 2, 'thirdParty', '2024-06-19T12:00:00Z', '2024-06-19T15:00:00Z'],
      ['V2', 'vod', ['https://vod.example.com/b.mp4'], 'untilEnd', 'thirdParty', '2024-06-19T12:00:00Z', '2024-06-19T15:00:00Z'],
      ['V3', 'vod', ['https://vod.example.com/c.mp4'], 4, 'thirdParty', '2024-06-19T12:00:00Z', '2024-06-19T15:00:00Z'],
    ]);
    // A file's offsets are kept with it; a playlist where no file has any has none.
    expect(items.map((task) => task.offsets)).toEqual([[{ start: 5, end: null }], [], []]);
    // What the screens get is the shared domain shape, as the contract will check it.
    expect(RelayTask.array().safeParse(items).success).toBe(true);
  });

  it('reads a bare item defensively: only the id is needed', async () => {
    const { client } = fakeCloudClient(() => volcOk('ListPullToPushTaskV2', page([{ TaskId: 'B1', StartTime: '', GroupName: null }], 1)));
    expect((await runAction(client, listRelayTasksPage, { pageNumber: 1, pageSize: 20 })).items).toEqual([
      {
        id: 'B1',
        title: '',
        group: null,
        sourceType: null,
        sources: [],
        offsets: [],
        loops: null,
        destination: null,
        destinationKind: null,
        start: null,
        end: null,
        status: 'unknown',
        rawStatus: '',
        callbackUrl: null,
      },
    ]);
  });

  it('reads empty pages: an empty list, a null list, no pagination', async () => {
    const answers = [page([], 0), { List: null, Pagination: { PageCur: 1, PageSize: 20, PageTotal: 0, TotalCount: 0 } }, { List: [] }];
    const { client } = fakeCloudClient((_call, index) => volcOk('ListPullToPushTaskV2', answers[index]));
    for (const total of [0, 0, null]) {
      expect(await runAction(client, listRelayTasksPage, { pageNumber: 1, pageSize: 20 })).toEqual({ items: [], total });
    }
  });

  it('refuses a page size over 500 and a page number under 1, and an item without TaskId', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('ListPullToPushTaskV2', page([{ Title: 'x' }], 1)));
    expect(await errorOf(runAction(client, listRelayTasksPage, { pageNumber: 1.5, pageSize: 20 }))).toMatchObject({ fields: { pageNumber: { code: 'outOfRange' } } });
    expect(await errorOf(runAction(client, listRelayTasksPage, { pageNumber: 0, pageSize: 501 }))).toMatchObject({
      fields: { pageNumber: { code: 'outOfRange', params: { min: 1, max: 10_000 } }, pageSize: { code: 'outOfRange', params: { min: 1, max: 500 } } },
    });
    expect(calls).toEqual([]);
    expect(await errorOf(runAction(client, listRelayTasksPage, { pageNumber: 1, pageSize: 20 }))).toMatchObject({ code: 'cloud.unexpectedResponse' });
  });

  it('reads CommonErr on HTTP 200 as a retryable failure', async () => {
    const { client } = fakeCloudClient(() => volcError(200, 'ListPullToPushTaskV2', 'CommonErr'));
    expect(await errorOf(runAction(client, listRelayTasksPage, { pageNumber: 1, pageSize: 20 }))).toMatchObject({
      code: 'cloud.serverError',
      retryable: true,
    });
  });
});

describe('listAllRelayTasks', () => {
  it('walks every page up to TotalCount with the same filter', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `T${i}`);
    const { client, calls } = fakeCloudClient((call) => {
      const number = Number(call.params.Page);
      return volcOk('ListPullToPushTaskV2', page(ids.slice((number - 1) * 3, number * 3).map((id) => liveItem(id)), ids.length));
    });
    const tasks = await listAllRelayTasks(client, { groups: ['RelayGroup001'] }, { pageSize: 3 });
    expect(tasks.map((task) => task.id)).toEqual(ids);
    expect(calls.map((call) => call.params)).toStrictEqual([1, 2, 3].map((Page) => ({ GroupNames: ['RelayGroup001'], Page, Size: 3 })));
  });

  it('stops at a short page when the cloud reports no total, and at an empty account', async () => {
    const { client, calls } = fakeCloudClient((call) =>
      volcOk('ListPullToPushTaskV2', { List: call.params.Page === 1 ? [liveItem('A'), liveItem('B')] : [liveItem('C')] }),
    );
    expect((await listAllRelayTasks(client, {}, { pageSize: 2 })).map((task) => task.id)).toEqual(['A', 'B', 'C']);
    expect(calls).toHaveLength(2);
    const empty = fakeCloudClient(() => volcOk('ListPullToPushTaskV2', page([], 0)));
    expect(await listAllRelayTasks(empty.client)).toEqual([]);
    expect(empty.calls.map((call) => call.params)).toStrictEqual([{ Page: 1, Size: 100 }]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const { client } = fakeCloudClient(() => {
      controller.abort(new Error('cancelled by the operator'));
      return volcOk('ListPullToPushTaskV2', page([liveItem('A')], 50));
    });
    await expect(listAllRelayTasks(client, {}, { pageSize: 1, signal: controller.signal })).rejects.toThrow('cancelled by the operator');
  });
});

describe('relayTaskStatusFrom', () => {
  it('maps the four documented Chinese strings (volcengine-live.md §5.6)', () => {
    expect(['停用', '未开始', '生效中', '已结束'].map(relayTaskStatusFrom)).toEqual(['stopped', 'scheduled', 'active', 'ended']);
  });

  it('maps anything else to unknown, never a guess', () => {
    expect(['暂停', 'running', '', '2', 'constructor', 'toString'].map(relayTaskStatusFrom)).toEqual(Array(6).fill('unknown'));
    expect(relayTaskStatusFrom(' 生效中 ')).toBe('active');
  });
});
