import { describe, expect, it } from 'vitest';
import type { ObservedChange } from '../../../../shared/domain/board';
import type { CallEntry, JournalEntry } from '../../../../shared/domain/journal';
import { describeJournalEntry, journalOriginLabels, journalOutcomeLabels, journalSourceLabels } from '../../../../shared/domain/journal-words';
import type { Locale } from '../../../../shared/domain/settings';
import { en } from '../../../../shared/i18n/en';
import { translate } from '../../../../shared/i18n/translate';
import { zhCN } from '../../../../shared/i18n/zh-CN';
import { journalEntry } from '../../support/journal-entries';
import { observedJournalEntry, switchJournalEntry } from '../../support/journal-entry-kinds';

const key = 'live.example.com/live/match1';

/** An entry's words in a locale, as the screen and the CSV show them. */
function said(entry: JournalEntry, locale: Locale): string {
  const words = describeJournalEntry(entry);
  return translate(locale, words.key, words.params);
}

const both = (entry: JournalEntry): [string, string] => [said(entry, 'en'), said(entry, 'zh-CN')];

const calls: [Partial<CallEntry>, string, string][] = [
  [{ action: 'SetLiveDomainMultiStreamMaster', target: key, params: { UpstreamSequence: 'main_2' } }, `Asked the cloud to put main_2 on air for ${key}`, `已请求云端将 main_2 设为 ${key} 的播出流`],
  [{ action: 'SetLiveDomainMultiStreamConfig', target: 'live.example.com', params: { Domain: 'live.example.com', Switch: 'on' } }, 'Turned dual ingest on for live.example.com', '已为 live.example.com 开启双流（主备）'],
  [{ action: 'SetLiveDomainMultiStreamConfig', target: 'live.example.com', params: { Switch: 'off' } }, 'Turned dual ingest off for live.example.com', '已为 live.example.com 关闭双流（主备）'],
  [{ action: 'SetLiveDomainMultiStreamOptimalMode', target: key, params: { OptimalMode: 'on' } }, `Turned automatic mode on for ${key}`, `已为 ${key} 开启自动模式`],
  [{ action: 'SetLiveDomainMultiStreamOptimalMode', target: key, params: { OptimalMode: 'off' } }, `Turned automatic mode off for ${key}`, `已为 ${key} 关闭自动模式`],
  [{ action: 'CopyCaster', target: 'caster-1', params: { CasterName: '晚间新闻 副本', SrcCasterId: 'caster-1' } }, 'Copied studio caster-1 as 晚间新闻 副本', '已将导播台 caster-1 复制为 晚间新闻 副本'],
  [{ action: 'CreateCaster', target: 'Finale', params: { CasterName: 'Finale' } }, 'Created studio Finale', '已创建导播台 Finale'],
  [{ action: 'DeleteCaster', target: 'caster-1', params: {} }, 'Deleted studio caster-1', '已删除导播台 caster-1'],
  [{ action: 'StartCaster', target: 'caster-1', params: {} }, 'Started studio caster-1', '已启动导播台 caster-1'],
  [{ action: 'StopCaster', target: 'caster-1', params: {} }, 'Stopped studio caster-1', '已停止导播台 caster-1'],
  [{ action: 'RestartCaster', target: 'caster-1', params: {} }, 'Restarted studio caster-1', '已重启导播台 caster-1'],
  [{ action: 'SetCasterConfig', target: 'caster-1', params: {} }, 'Changed the settings of studio caster-1', '已修改导播台 caster-1 的配置'],
  [{ action: 'CreatePullToPushGroup', target: '赛事直播', params: { Name: '赛事直播' } }, 'Created relay group 赛事直播', '已创建任务组 赛事直播'],
  [{ action: 'UpdatePullToPushGroup', target: '赛事直播', params: {} }, 'Changed the tags of relay group 赛事直播', '已修改任务组 赛事直播 的标签'],
  [{ action: 'DeletePullToPushGroup', target: '赛事直播', params: {} }, 'Deleted relay group 赛事直播', '已删除任务组 赛事直播'],
  [{ action: 'CreatePullToPushTask', target: 'rtmp://push.example.com/live/a', params: {} }, 'Created a relay task pushing to rtmp://push.example.com/live/a', '已创建转推到 rtmp://push.example.com/live/a 的拉流转推任务'],
  [{ action: 'UpdatePullToPushTask', target: 'task-7', params: {} }, 'Changed relay task task-7', '已修改拉流转推任务 task-7'],
  [{ action: 'StopPullToPushTask', target: 'task-7', params: {} }, 'Stopped relay task task-7', '已停用拉流转推任务 task-7'],
  [{ action: 'ContinuePullToPushTask', target: 'task-7', params: {} }, 'Continued relay task task-7', '已启用拉流转推任务 task-7'],
  [{ action: 'RelaunchPullToPushTask', target: 'task-7', params: {} }, 'Relaunched relay task task-7', '已重新启动拉流转推任务 task-7'],
  [{ action: 'DeletePullToPushTask', target: 'task-7', params: {} }, 'Deleted relay task task-7', '已删除拉流转推任务 task-7'],
  [{ action: 'AddLiveStreamTranscode', target: 'live.example.com', params: {} }, 'Called AddLiveStreamTranscode on live.example.com', '已对 live.example.com 调用 AddLiveStreamTranscode'],
  [{ action: 'DescribeRegions', target: null, params: {} }, 'Called DescribeRegions', '已调用 DescribeRegions'],
];

describe('describeJournalEntry: calls', () => {
  it.each(calls.map(([fields, english, chinese]) => ({ action: fields.action, fields, english, chinese })))('words $action when done', ({ fields, english, chinese }) => {
    expect(both(journalEntry(fields))).toEqual([english, chinese]);
  });

  it('words a failed or unconfirmed call as tried, never as done', () => {
    const group = { action: 'CreatePullToPushGroup', target: '赛事直播', params: {} };
    for (const outcome of ['failed', 'unknown'] as const) {
      expect(both(journalEntry({ ...group, outcome }))).toEqual(['Tried to create relay group 赛事直播', '尝试创建任务组 赛事直播']);
    }
    expect(both(journalEntry({ action: 'DoSomething', target: 'x', params: {}, outcome: 'failed' }))).toEqual(['Tried to call DoSomething on x', '尝试对 x 调用 DoSomething']);
  });

  it('has a tried form for every phrase it has a done form for', () => {
    const phrases = Object.keys(en).filter((name) => /^journal\.call\..+\.done$/.test(name));
    expect(phrases.length).toBeGreaterThan(20);
    for (const done of phrases) expect(Object.keys(en)).toContain(done.replace(/\.done$/, '.tried'));
  });

  it('marks what a call entry does not name instead of leaving a placeholder', () => {
    expect(said(journalEntry({ action: 'CopyCaster', target: 'caster-1', params: {} }), 'en')).toBe('Copied studio caster-1 as —');
    expect(said(journalEntry({ action: 'StopCaster', target: null, params: {} }), 'en')).toBe('Stopped studio —');
    expect(said(journalEntry({ action: 'CreateCaster', target: 'token-1', params: {} }), 'en')).toBe('Created studio token-1');
  });

  it('words an on/off switch it cannot read as the API call it was', () => {
    expect(said(journalEntry({ action: 'SetLiveDomainMultiStreamConfig', target: 'live.example.com', params: { Switch: 'maybe' } }), 'en')).toBe(
      'Called SetLiveDomainMultiStreamConfig on live.example.com',
    );
  });

  it('never reads an action name from the file as an inherited property', () => {
    for (const action of ['constructor', '__proto__', 'toString']) {
      expect(said(journalEntry({ action, target: 't', params: {} }), 'en')).toBe(`Called ${action} on t`);
    }
  });
});

describe('describeJournalEntry: switches', () => {
  it('words a confirmed switch with the upstream it left', () => {
    expect(both(switchJournalEntry())).toEqual([`Switched ${key} to main_2 (was main_1)`, `已将 ${key} 切换到 main_2（原为 main_1）`]);
    expect(said(switchJournalEntry({ from: null }), 'en')).toBe(`Switched ${key} to main_2 (was —)`);
  });

  it('words a failed or unconfirmed switch as tried', () => {
    for (const outcome of ['failed', 'unknown'] as const) {
      expect(both(switchJournalEntry({ outcome }))).toEqual([`Tried to switch ${key} to main_2 (was main_1)`, `尝试将 ${key} 切换到 main_2（原为 main_1）`]);
    }
  });
});

describe('describeJournalEntry: observed changes', () => {
  const master = (reason: 'manual' | 'noData' | 'lowQuality' | 'other' | null, rawReason: string | null = null): ObservedChange => ({
    kind: 'masterChanged',
    key,
    from: 'main_1',
    to: 'main_2',
    reason,
    rawReason,
    byThisDesk: false,
  });

  it('words a master change with the cloud reason, as the notification does', () => {
    expect(both(observedJournalEntry(master('noData')))).toEqual([
      `${key}: main_2 is on air (was main_1), master had no data`,
      `${key}：main_2 正在播出（原为 main_1），原因：主流无数据`,
    ]);
    expect(both(observedJournalEntry(master('lowQuality')))).toEqual([
      `${key}: main_2 is on air (was main_1), master quality low`,
      `${key}：main_2 正在播出（原为 main_1），原因：主流质量差`,
    ]);
    expect(both(observedJournalEntry(master('manual')))).toEqual([`${key}: main_2 is on air (was main_1), manual switch`, `${key}：main_2 正在播出（原为 main_1），原因：手动切换`]);
    expect(said(observedJournalEntry(master(null)), 'en')).toBe(`${key}: main_2 is on air (was main_1), manual switch`);
    expect(both(observedJournalEntry(master('other', 'encoder restarted')))).toEqual([
      `${key}: main_2 is on air (was main_1), encoder restarted`,
      `${key}：main_2 正在播出（原为 main_1），原因：encoder restarted`,
    ]);
  });

  it.each(['offAir', 'backOnAir', 'masterLost', 'standbyLost', 'standbyBack'] as const)('words %s as its notification title', (kind) => {
    const entry = observedJournalEntry({ kind, key });
    for (const locale of ['en', 'zh-CN'] as const) expect(said(entry, locale)).toBe(translate(locale, `notice.${kind}.title`, { stream: key }));
  });

  it('says the simple changes in both languages', () => {
    expect(both(observedJournalEntry({ kind: 'standbyLost', key }))).toEqual([`${key} has no standby`, `${key} 没有备流了`]);
    expect(both(observedJournalEntry({ kind: 'offAir', key }))).toEqual([`${key} is off the air`, `${key} 已停播`]);
  });
});

describe('journal labels', () => {
  it('name outcomes, origins and sources in both languages', () => {
    expect(Object.values(journalOutcomeLabels).map((label) => en[label])).toEqual(['Done', 'Failed', 'Outcome unknown']);
    expect(Object.values(journalOutcomeLabels).map((label) => zhCN[label])).toEqual(['已完成', '失败', '结果未知']);
    expect(Object.keys(journalOriginLabels)).toEqual(['app', 'cli', 'harness']);
    expect(Object.keys(journalSourceLabels)).toEqual(['desk', 'observed']);
    for (const label of [...Object.values(journalOriginLabels), ...Object.values(journalSourceLabels)]) {
      expect(en[label]).not.toMatch(/^journal\./);
      expect(zhCN[label]).toMatch(/\p{Script=Han}/u);
    }
  });
});
