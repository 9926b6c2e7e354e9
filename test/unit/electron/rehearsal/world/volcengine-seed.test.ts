import { describe, expect, it } from 'vitest';
import { isRelayName } from '../../../../../shared/domain/relay-validation';
import { volcengineRehearsalAccounts } from '../../../../../electron/rehearsal/rehearsal-keys';
import { relayTaskStatus } from '../../../../../electron/rehearsal/volcengine/relay-task-status';
import { createPrng } from '../../../../../electron/rehearsal/world/prng';
import { seedVolcengineAccount } from '../../../../../electron/rehearsal/world/volcengine-seed';

const now = Date.UTC(2026, 2, 14, 6, 30, 17);
const [first, second] = volcengineRehearsalAccounts;
const seed = (index: number, prngSeed = 1, at = now) => seedVolcengineAccount(index === 0 ? first : second, index, createPrng(prngSeed), at);

describe('seedVolcengineAccount — determinism', () => {
  it('builds the same account for the same seed and minute', () => {
    expect(seed(0)).toStrictEqual(seed(0));
    expect(seed(1, 3)).toStrictEqual(seed(1, 3));
    expect(seed(0, 1, now + 30_000)).toStrictEqual(seed(0));
  });

  it('draws other task ids and windows for another seed', () => {
    const [a, b] = [seed(0, 1), seed(0, 2)];
    expect(a.tasks.map((task) => task.taskId)).not.toStrictEqual(b.tasks.map((task) => task.taskId));
    expect(a.groups).toStrictEqual(b.groups);
  });

  it('places the windows around the clock it is given', () => {
    const later = seed(0, 1, now + 86_400_000);
    expect(later.tasks.map((task) => task.startTime - 86_400)).toStrictEqual(seed(0).tasks.map((task) => task.startTime));
  });
});

describe('seedVolcengineAccount — account 0', () => {
  const account = seed(0);

  it('belongs to the first rehearsal account', () => {
    expect(account.accountId).toBe(first.accountId);
  });

  it('has default, a Chinese-named group with Custom and System tags, a client group, and one deleted group', () => {
    expect(account.groups.map((group) => [group.name, group.projectName, group.status])).toStrictEqual([
      ['default', 'default', 0],
      ['赛事直播', 'sports', 0],
      ['ClientA2026', 'client-a', 0],
      ['旧活动2025', 'default', 1],
    ]);
    expect(account.groups[1]?.tags.map((tag) => tag.Category).sort()).toStrictEqual(['Custom', 'System']);
    expect(account.groups[2]?.tags.length).toBeGreaterThan(0);
  });

  it('has a task in every status at the moment it was built, and none in the deleted group', () => {
    expect(new Set(account.tasks.map((task) => relayTaskStatus(task, now)))).toStrictEqual(new Set(['停用', '未开始', '生效中', '已结束']));
    const usable = new Set(account.groups.filter((group) => group.status === 0).map((group) => group.name));
    expect(account.tasks.every((task) => usable.has(task.groupName))).toBe(true);
  });

  it('has live and VOD sources, destinations on its push domains and at third parties, and callbacks on some', () => {
    expect(new Set(account.tasks.map((task) => task.type))).toStrictEqual(new Set([0, 1]));
    expect(new Set(account.tasks.map((task) => task.dstAddrType))).toStrictEqual(new Set([1, 2]));
    expect(account.tasks.some((task) => task.srcAddr?.startsWith('http://') && task.srcAddr.endsWith('.flv'))).toBe(true);
    expect(account.tasks.some((task) => task.srcAddr?.startsWith('rtmp://'))).toBe(true);
    expect(account.tasks.filter((task) => task.callbackUrl).length).toBeGreaterThan(0);
    expect(account.tasks.filter((task) => !task.callbackUrl).length).toBeGreaterThan(0);
    expect(account.tasks.filter((task) => task.type === 1).map((task) => task.cycleMode)).toContain(-1);
  });
});

describe('seedVolcengineAccount — every account', () => {
  for (const index of [0, 1]) {
    const account = seed(index);

    it(`account ${index}: obeys the rules the cloud enforces on create`, () => {
      for (const group of account.groups) expect(isRelayName(group.name)).toBe(true);
      for (const task of account.tasks) {
        expect(isRelayName(task.title)).toBe(true);
        expect(task.endTime - task.startTime).toBeGreaterThan(0);
        expect(task.endTime - task.startTime).toBeLessThanOrEqual(7 * 86_400);
        expect(task.type === 0 ? task.srcAddr : task.vodSrcAddrs?.length).toBeTruthy();
        expect(account.pushDomains.includes(new URL(task.dstAddr).hostname)).toBe(task.dstAddrType === 1);
      }
    });

    it(`account ${index}: has distinct 32-hex-digit task ids`, () => {
      const ids = account.tasks.map((task) => task.taskId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    });
  }

  it('gives account 1 its own, smaller desk', () => {
    const [zero, one] = [seed(0), seed(1)];
    expect(one.accountId).toBe(second.accountId);
    expect(one.tasks.length).toBeLessThan(zero.tasks.length);
    expect(one.groups.length).toBeLessThan(zero.groups.length);
    expect(one.pushDomains.some((domain) => zero.pushDomains.includes(domain))).toBe(false);
    expect(one.tasks.some((task) => zero.tasks.some((other) => other.taskId === task.taskId))).toBe(false);
  });
});
