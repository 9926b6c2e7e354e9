import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JournalEntry } from '../../../../shared/domain/journal';
import { journalExportRun } from '../../../../shared/domain/journal-export';
import type { JournalExportFormat } from '../../../../shared/domain/journal-view';
import type { Locale } from '../../../../shared/domain/settings';
import { journalEntry } from '../../support/journal-entries';
import { parseCsv } from '../../support/csv-rows';
import { observedJournalEntry, switchJournalEntry } from '../../support/journal-entry-kinds';

const key = 'live.example.com/live/match1';

/** The whole file, written in one slice. */
function exported(entries: readonly JournalEntry[], format: JournalExportFormat, locale: Locale = 'en'): string {
  const run = journalExportRun(entries, format, locale);
  expect(run.advance(() => false)).toBe(true);
  return run.text();
}
const journalCsv = (entries: readonly JournalEntry[], locale: Locale) => exported(entries, 'csv', locale);
const journalJson = (entries: readonly JournalEntry[]) => exported(entries, 'json');

const call = journalEntry({
  id: 'call',
  time: '2026-11-22T20:00:00.000Z',
  action: 'CreatePullToPushGroup',
  provider: 'volcengine',
  profileName: '火山, "主" 账号',
  accessKeyIdMasked: 'AKLT****QxZ',
  target: '赛事直播',
  params: { Name: '赛事直播' },
  requestId: '20261122200000ABC',
  outcome: 'failed',
  errorCode: 'relay.groupExists',
  latencyMs: 84,
  attempts: 1,
});
const switched = switchJournalEntry({ id: 'switch', time: '2026-11-23T04:00:01+08:00', origin: 'cli', via: 'cli' });
const observed = observedJournalEntry({ kind: 'standbyLost', key }, { id: 'observed', time: '2026-11-22T20:30:00.000Z', user: 'line one\nline two' });

const header = ['Time (UTC)', 'User', 'Computer', 'Origin', 'Profile', 'Cloud', 'AccessKey ID (masked)', 'Source', 'Action', 'What', 'Target', 'Outcome', 'Error code', 'Latency (ms)', 'Attempts', 'Request ID'];

describe('journalCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = journalCsv([call], 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has only its header for an empty journal', () => {
    expect(journalCsv([], 'en')).toBe(`\uFEFF${header.join(',')}\r\n`);
  });

  it('reads back as the rows, with every field in its column', () => {
    const rows = parseCsv(journalCsv([call, switched, observed], 'en').slice(1));
    expect(rows).toEqual([
      header,
      ['2026-11-22T20:00:00.000Z', 'producer', 'desk-1', 'App', '火山, "主" 账号', 'Volcengine', 'AKLT****QxZ', 'From this desk', 'CreatePullToPushGroup', 'Tried to create relay group 赛事直播', '赛事直播', 'Failed', 'relay.groupExists', '84', '1', '20261122200000ABC'],
      ['2026-11-22T20:00:01.000Z', 'producer', 'desk-1', 'Command line (lcr)', 'Evening news', 'Alibaba Cloud', 'LTAI****9P6', 'From this desk', 'switch', `Switched ${key} to main_2 (was main_1)`, key, 'Done', '', '1200', '', 'A57FBFD7-FC9A-54FE-A876-4D5E19577186'],
      ['2026-11-22T20:30:00.000Z', 'line one\nline two', 'desk-1', 'App', 'Evening news', 'Alibaba Cloud', 'LTAI****9P6', 'Observed', 'observed.standbyLost', `${key} has no standby`, key, '', '', '', '', ''],
    ]);
  });

  it('quotes commas, quotes and line breaks, and leaves Chinese as it is', () => {
    const csv = journalCsv([call, observed], 'en');
    expect(csv).toContain(',"火山, ""主"" 账号",');
    expect(csv).toContain(',"line one\nline two",');
    expect(csv).toContain(',赛事直播,');
  });

  it('writes headers and words in Chinese for zh-CN', () => {
    const [head, row] = parseCsv(journalCsv([call], 'zh-CN').slice(1));
    expect(head).toEqual(['时间（UTC）', '用户', '计算机', '来源程序', '配置', '云服务', 'AccessKey ID（已遮蔽）', '来源', '操作', '内容', '对象', '结果', '错误码', '耗时（毫秒）', '尝试次数', '请求 ID']);
    expect(row).toEqual(expect.arrayContaining(['应用', '火山引擎', '本工位发起', 'CreatePullToPushGroup', '尝试创建任务组 赛事直播', '失败']));
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    const hostile = journalEntry({ user: '=HYPERLINK("http://evil.example","x")', host: '+1+1', target: '-2+3', profileName: '@SUM(A1)', action: '\tCmd', requestId: '\r=1', params: {} });
    const [, row] = parseCsv(journalCsv([hostile], 'en').slice(1));
    expect(row?.slice(1, 3)).toEqual(['\'=HYPERLINK("http://evil.example","x")', "'+1+1"]);
    expect(row?.[4]).toBe("'@SUM(A1)");
    expect(row?.[8]).toBe("'\tCmd");
    expect(row?.[10]).toBe("'-2+3");
    expect(row?.[15]).toBe("'\r=1");
    expect(row?.every((field) => !/^[=+\-@\t\r]/.test(field))).toBe(true);
  });

  it('leaves an unreadable time as written rather than dropping the entry', () => {
    const [, row] = parseCsv(journalCsv([journalEntry({ time: 'garbled' })], 'en').slice(1));
    expect(row?.[0]).toBe('garbled');
  });
});

describe('journalJson', () => {
  it('is the entries exactly as stored, and parses back as journal entries', () => {
    const entries = [call, switched, observed];
    const json = journalJson(entries);
    expect(json.endsWith('\n')).toBe(true);
    expect(json).toContain('\n  {\n    "v": 1,');
    expect(JSON.parse(json)).toEqual(entries);
    expect(z.array(JournalEntry).parse(JSON.parse(json))).toEqual(entries);
  });

  it('is an empty array for an empty journal', () => {
    expect(JSON.parse(journalJson([]))).toEqual([]);
  });
});

describe('an export written a slice at a time', () => {
  const many = Array.from({ length: 600 }, (_, n) => journalEntry({ id: `e${n}`, time: new Date(Date.UTC(2026, 10, 22, 20, 0, n)).toISOString(), target: `组 ${n}` }));

  it('stops when its slice is over and goes on where it stopped, writing the same file as in one go', () => {
    for (const format of ['csv', 'json'] as const) {
      const run = journalExportRun(many, format, 'zh-CN');
      let slices = 1;
      while (!run.advance(() => true)) slices += 1;
      expect(slices).toBeGreaterThan(2);
      expect(run.text()).toBe(exported(many, format, 'zh-CN'));
    }
  });

  it('lays JSON out exactly as JSON.stringify does, also for no entries', () => {
    expect(exported(many, 'json')).toBe(`${JSON.stringify(many, null, 2)}\n`);
    expect(exported([], 'json')).toBe('[]\n');
  });
});
