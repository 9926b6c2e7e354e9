import type { RehearsalAccount } from '../rehearsal-keys';
import type { Prng } from './prng';
import type { RelayGroup, RelayTask, VolcengineAccountWorld } from './volcengine-world';

// The Volcengine accounts a rehearsal starts with: groups and relay tasks an operator would find
// on a working account (volcengine-live.md §4–§5), placed around the cloud's clock so that every
// task status is on screen from the first list — one stopped (停用), scheduled (未开始), running
// (生效中) and finished (已结束). Windows are whole minutes with a seeded jitter, ids are seeded hex,
// so the same seed at the same minute builds the same account.

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;

/** A task as the seed describes it; the id is drawn when the account is built. */
type TaskSeed = Omit<RelayTask, 'taskId' | 'stopped'> & { stopped?: boolean };

/** Draws a task id: 32 hex digits, the shape of a Volcengine task id. */
function taskId(prng: Prng): string {
  return Array.from({ length: 32 }, () => prng.int(0, 15).toString(16)).join('');
}

/** A window `[start, start + length)` in Unix seconds. */
function window(start: number, length: number): Pick<RelayTask, 'startTime' | 'endTime'> {
  return { startTime: start, endTime: start + length };
}

/** Account 0: a sports desk with a client's group, and one group deleted last season. */
function firstAccount(at: number, prng: Prng): { groups: RelayGroup[]; pushDomains: string[]; tasks: TaskSeed[] } {
  const push = 'push.desk-one.example.com';
  const backup = 'push-backup.desk-one.example.com';
  const groups: RelayGroup[] = [
    { name: 'default', projectName: 'default', status: 0, tags: [] },
    {
      name: '赛事直播',
      projectName: 'sports',
      status: 0,
      tags: [
        { Key: '业务线', Value: '体育', Category: 'Custom' },
        { Key: 'volc:project', Value: 'sports', Category: 'System' },
      ],
    },
    {
      name: 'ClientA2026',
      projectName: 'client-a',
      status: 0,
      tags: [
        { Key: 'customer', Value: 'ClientA', Category: 'Custom' },
        { Key: 'contract', Value: '2026', Category: 'Custom' },
      ],
    },
    { name: '旧活动2025', projectName: 'default', status: 1, tags: [{ Key: 'season', Value: '2025', Category: 'Custom' }] },
  ];
  const tasks: TaskSeed[] = [
    {
      groupName: '赛事直播',
      title: '决赛主场',
      ...window(at - prng.int(60, 120) * minute, 4 * hour),
      type: 0,
      srcAddr: 'rtmp://pull.venue-feed.example.com/live/court1',
      dstAddr: `rtmp://${push}/sports/court1`,
      dstAddrType: 1,
      callbackUrl: 'https://hooks.desk-one.example.com/relay',
    },
    {
      groupName: '赛事直播',
      title: '半决赛预热',
      ...window(at + day + prng.int(0, 120) * minute, 3 * hour),
      type: 0,
      srcAddr: 'http://pull.venue-feed.example.com/live/court2.flv',
      dstAddr: 'rtmp://live-push.partner-tv.example.net/relay/court2?auth_key=1767225600-0-0-5f2b',
      dstAddrType: 2,
    },
    {
      groupName: '赛事直播',
      title: '场边采访',
      ...window(at - prng.int(30, 60) * minute, 6 * hour),
      type: 0,
      srcAddr: 'rtmp://pull.venue-feed.example.com/live/sideline',
      dstAddr: `rtmp://${backup}/sports/sideline`,
      dstAddrType: 1,
      stopped: true,
    },
    {
      groupName: 'ClientA2026',
      title: 'ClientA发布会',
      ...window(at - prng.int(10, 50) * minute, 2 * hour),
      type: 1,
      vodSrcAddrs: [
        { SrcAddr: 'https://vod.client-a.example.org/launch/opening.mp4', StartOffset: 5 },
        { SrcAddr: 'https://vod.client-a.example.org/launch/keynote.mp4', StartOffset: 0, EndOffset: 1800 },
      ],
      cycleMode: -1,
      dstAddr: 'rtmp://ingest.client-a.example.org/live/launch',
      dstAddrType: 2,
      callbackUrl: 'https://hooks.client-a.example.org/volc/relay',
    },
    {
      groupName: 'ClientA2026',
      title: '品牌回放',
      ...window(at - 2 * day - prng.int(0, 180) * minute, 2 * hour),
      type: 1,
      vodSrcAddrs: [{ SrcAddr: 'https://vod.client-a.example.org/replay/brand.mp4' }],
      cycleMode: 0,
      playTimes: 3,
      dstAddr: `rtmp://${push}/client-a/replay`,
      dstAddrType: 1,
    },
    {
      groupName: 'default',
      title: '晨间新闻',
      ...window(at - 3 * day - prng.int(0, 60) * minute, hour),
      type: 0,
      srcAddr: 'rtmp://pull.newsroom.example.com/live/morning',
      dstAddr: `rtmp://${push}/news/morning`,
      dstAddrType: 1,
    },
    {
      groupName: 'default',
      title: '周末轮播',
      ...window(at + 2 * day + prng.int(0, 240) * minute, 6 * day),
      type: 1,
      vodSrcAddrs: [
        { SrcAddr: 'https://vod.desk-one.example.com/loop/highlights1.mp4' },
        { SrcAddr: 'https://vod.desk-one.example.com/loop/highlights2.mp4' },
      ],
      cycleMode: 2,
      dstAddr: `rtmp://${push}/loop/weekend`,
      dstAddrType: 1,
      callbackUrl: 'https://hooks.desk-one.example.com/relay',
    },
  ];
  return { groups, pushDomains: [push, backup], tasks };
}

/** Every other account: a brand's smaller desk, so one account is never mistaken for another. */
function otherAccount(at: number, prng: Prng): { groups: RelayGroup[]; pushDomains: string[]; tasks: TaskSeed[] } {
  const push = 'push.brand-b.example.com';
  const groups: RelayGroup[] = [
    { name: 'default', projectName: 'default', status: 0, tags: [] },
    { name: 'BrandB', projectName: 'brand-b', status: 0, tags: [{ Key: 'costCenter', Value: 'B01', Category: 'Custom' }] },
  ];
  const tasks: TaskSeed[] = [
    {
      groupName: 'BrandB',
      title: '新品直播',
      ...window(at - prng.int(15, 45) * minute, 3 * hour),
      type: 0,
      srcAddr: 'rtmp://pull.brand-b.example.com/live/launch',
      dstAddr: 'rtmp://push.marketplace.example.net/live/brandb',
      dstAddrType: 2,
    },
    {
      groupName: 'BrandB',
      title: '预告片轮播',
      ...window(at + 6 * hour + prng.int(0, 60) * minute, 2 * day),
      type: 1,
      vodSrcAddrs: [{ SrcAddr: 'https://vod.brand-b.example.com/trailer.mp4' }],
      cycleMode: -1,
      dstAddr: `rtmp://${push}/live/trailer`,
      dstAddrType: 1,
    },
    {
      groupName: 'default',
      title: '测试流',
      ...window(at - 5 * day, 2 * hour),
      type: 0,
      srcAddr: 'rtmp://pull.brand-b.example.com/live/test',
      dstAddr: `rtmp://${push}/live/test`,
      dstAddrType: 1,
    },
  ];
  return { groups, pushDomains: [push], tasks };
}

/**
 * Builds one Volcengine account's pull-to-push world: account 0 (`index` 0) is the full desk the
 * built-in rehearsal profile calls as, any other a smaller, different one. Task windows are
 * placed around `now` (epoch ms, the cloud's clock) from the start of its minute, so the same
 * seed and minute give the same world.
 */
export function seedVolcengineAccount(account: RehearsalAccount, index: number, prng: Prng, now: number): VolcengineAccountWorld {
  const at = Math.floor(now / 60_000) * minute;
  const seed = index === 0 ? firstAccount(at, prng) : otherAccount(at, prng);
  const tasks = seed.tasks.map(({ stopped = false, ...task }) => ({ taskId: taskId(prng), ...task, stopped }));
  return { accountId: account.accountId, groups: seed.groups, tasks, pushDomains: seed.pushDomains };
}
