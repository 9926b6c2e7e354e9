import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../electron/cli/help-text';
import { relayGroupDetails, relayGroupsTable, relaySourceText, relayStatusWord, relayTagsText, relayTaskDetails, relayTaskLabel, relayTasksTable } from '../../../electron/cli/relay-tables';
import { translate } from '../../../shared/i18n/translate';
import { relayGroup, relayTask } from '../support/cli-relays';
import { useTimeZone } from '../support/time-zone';

// How `lcr relays` prints groups and tasks: aligned tables, tags with the cloud's own marked,
// statuses in words (an unknown one as the cloud wrote it), times in the terminal's zone and UTC.

const en: Translate = (key, params) => translate('en', key, params);
const zh: Translate = (key, params) => translate('zh-CN', key, params);

useTimeZone('Asia/Shanghai');

const sports = relayGroup('赛事直播', {
  tags: [
    { key: '业务线', value: '体育', category: 'Custom' },
    { key: 'volc:project', value: 'sports', category: 'System' },
  ],
});
const client = relayGroup('ClientA2026', { project: 'client-a' });
const final = relayTask('t-1', '决赛主场', { status: 'active', rawStatus: '生效中', callbackUrl: 'https://hooks.example.com/relay' });
const preview = relayTask('t-2', '', { status: 'stopped', rawStatus: '停用' });
const replay = relayTask('t-3', '品牌回放', { group: 'ClientA2026', sourceType: 'vod', sources: ['https://v/a.mp4', 'https://v/b.mp4'], loops: 3, status: 'ended', rawStatus: '已结束' });

describe('words', () => {
  it('names a task by title and id, statuses and tags in the operator\'s language', () => {
    expect(relayTaskLabel(final)).toBe('"决赛主场" (t-1)');
    expect(relayTaskLabel(preview)).toBe('t-2');
    expect(relayStatusWord(final, en)).toBe('active');
    expect(relayStatusWord(preview, zh)).toBe('停用');
    expect(relayStatusWord({ status: 'unknown', rawStatus: '暂停中' }, en)).toBe('unknown ("暂停中")');
    expect(relayTagsText(sports.tags, en)).toBe('业务线=体育, volc:project=sports (system)');
    expect(relayTagsText([], en)).toBe('-');
  });

  it('says where a task pulls from: the live stream, or the files and how often they play', () => {
    expect(relaySourceText(final, en)).toBe('rtmp://pull.example.com/live/court1');
    expect(relaySourceText(replay, en)).toBe('VOD, 3 time(s): https://v/a.mp4, https://v/b.mp4');
    expect(relaySourceText({ ...replay, loops: 'untilEnd' }, zh)).toBe('点播，播到任务结束：https://v/a.mp4, https://v/b.mp4');
  });
});

describe('tables', () => {
  it('lists groups with their tasks counted by status', () => {
    const table = relayGroupsTable([sports, client], [final, preview, replay], en).split('\n');
    expect(table[0]).toMatch(/^NAME +PROJECT +TAGS +ACTIVE +SCHEDULED +STOPPED +ENDED$/);
    expect(table[1]).toMatch(/^赛事直播 +sports +业务线=体育, volc:project=sports \(system\) +1 +0 +1 +0$/);
    expect(table[2]).toMatch(/^ClientA2026 +client-a +- +0 +0 +0 +1$/);
  });

  it('adds a column for tasks of a status lcr does not know, only when there are some', () => {
    const odd = relayTask('t-9', '', { status: 'unknown', rawStatus: '暂停中' });
    expect(relayGroupsTable([sports], [odd], en).split('\n')[0]).toMatch(/ ENDED +OTHER$/);
  });

  it('lists tasks with their windows in the terminal\'s zone and in UTC, the group first when every group is listed', () => {
    const [header, first, second] = relayTasksTable([final, preview], en, false).split('\n');
    expect(header).toMatch(/^TITLE +ID +STATUS +WINDOW \(LOCAL\) +WINDOW \(UTC\) +SOURCE +DESTINATION +CALLBACK$/);
    expect(first).toMatch(/^决赛主场 +t-1 +active +2026-11-23 20:00 – 23:00 \+08:00 +2026-11-23 12:00 – 15:00 UTC +rtmp:\/\/pull\.example\.com\/live\/court1 +rtmp:\/\/push\.example\.com\/sports\/court1 +https:\/\/hooks\.example\.com\/relay$/);
    expect(second).toMatch(/^- +t-2 +stopped .* -$/);
    expect(relayTasksTable([replay], en, true).split('\n')[1]).toMatch(/^ClientA2026 +品牌回放 +t-3 +ended /);
  });
});

describe('details', () => {
  it('prints a task with each time in both zones', () => {
    expect(relayTaskDetails(final, en)).toBe(
      [
        '  Group        赛事直播',
        '  Status       active',
        '  Starts       2026-11-23 20:00 +08:00 (2026-11-23T12:00:00Z)',
        '  Ends         2026-11-23 23:00 +08:00 (2026-11-23T15:00:00Z)',
        '  Source       rtmp://pull.example.com/live/court1',
        '  Destination  rtmp://push.example.com/sports/court1',
        '  Callback     https://hooks.example.com/relay',
        '',
      ].join('\n'),
    );
  });

  it('prints a group\'s project and tags', () => {
    expect(relayGroupDetails(sports, en)).toBe('  Project  sports\n  Tags     业务线=体育, volc:project=sports (system)\n');
  });
});
