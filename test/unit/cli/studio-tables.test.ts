import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../electron/cli/help-text';
import { batchCounts, batchExitCode, batchOutcome, batchProgress, batchTable, configText, studioLabel, studiosTable } from '../../../electron/cli/studio-tables';
import { appError } from '../../../shared/errors/app-error';
import { translate } from '../../../shared/i18n/translate';
import { batch, batchItem, studio, studioConfig } from '../support/cli-studios';

// How `lcr studios` prints studios, a configuration and a bulk copy, and how a bulk copy's end
// becomes sentences and an exit code.

const en: Translate = (key, params) => translate('en', key, params);
const zh: Translate = (key, params) => translate('zh-CN', key, params);
const quota = appError('studio.quotaExceeded', {}, { provider: 'aliyun', action: 'CopyCaster', requestId: 'REQ-1' });

describe('studios as text', () => {
  it('names a studio by name and id, by id alone, or by name alone before it has an id', () => {
    expect(studioLabel({ id: 's-1', name: 'Press Room' })).toBe('"Press Room" (s-1)');
    expect(studioLabel({ id: 's-1' })).toBe('s-1');
    expect(studioLabel({ id: '', name: '晚会' })).toBe('"晚会"');
  });

  it('lists studios as aligned columns, words from the catalogue, times in UTC', () => {
    const studios = [
      studio('s-1', 'Concert Hall', { status: 'running' }),
      studio('s-2', '晚间新闻', { type: 'playlist', chargeType: 'prePaid', createdAt: null }),
      studio('s-3', 'Odd', { status: 'unknown', type: 'lightCarousel', chargeType: 'other' }),
    ];
    expect(studiosTable(studios, en)).toBe(
      [
        'ID   NAME          STATUS   TYPE            BILLING        CREATED',
        's-1  Concert Hall  running  normal          pay-as-you-go  2026-04-17T02:44:34Z',
        's-2  晚间新闻      idle     playlist        subscription   -',
        's-3  Odd           unknown  light carousel  other          2026-04-17T02:44:34Z',
        '',
      ].join('\n'),
    );
    expect(studiosTable(studios.slice(0, 1), zh)).toMatch(/^导播台 ID +名称 +状态 +类型 +计费方式 +创建时间\ns-1 +Concert Hall +运行中 +通用 +按量付费 /);
  });

  it('keeps a name from the cloud from driving the terminal', () => {
    expect(studiosTable([studio('s-1', 'Evil\u001b[2J')], en)).toContain('Evil?[2J');
    expect(configText(studioConfig('s-1', 'A\nB', null), en)).toBe('s-1\nName: A?B\nOutput domain: none (the studio cannot start until one is set)\n');
  });

  it('shows a configuration\'s name and output domain', () => {
    expect(configText(studioConfig('s-1', 'Morning Show', 'live.example'), en)).toBe('s-1\nName: Morning Show\nOutput domain: live.example\n');
    expect(configText(studioConfig('s-1', null, 'live.example'), zh)).toBe('s-1\n名称: -\n输出域名: live.example\n');
  });
});

describe('a bulk copy as text', () => {
  const items = [batchItem(1, 'done'), batchItem(2, 'failed', { error: appError('studio.notFound') }), batchItem(3, 'unknown'), batchItem(4, 'pending'), batchItem(5, 'sending')];

  it('counts the copies by how they stand, and shows the progress', () => {
    expect(batchCounts({ items })).toEqual({ total: 5, done: 1, failed: 1, unknown: 1, left: 2 });
    expect(batchProgress({ items }, en)).toBe('1/5 done, 1 failed');
    expect(batchProgress({ items }, zh)).toBe('已完成 1/5，失败 1');
  });

  it('tables each copy: number, name, state, and its studio or the reason', () => {
    const lines = batchTable({ items }, en).split('\n');
    expect(lines[0]).toMatch(/^N +NAME +STATE +STUDIO ID \/ REASON$/);
    expect(lines[1]).toMatch(/^1 +Match 1 +done +copy-1$/);
    expect(lines[2]).toMatch(/^2 +Match 2 +failed +This production studio no longer exists in Alibaba Cloud\./);
    expect(lines.slice(3, 6)).toEqual([expect.stringMatching(/^3 +Match 3 +unknown +-$/), expect.stringMatching(/^4 +Match 4 +not sent +-$/), expect.stringMatching(/^5 +Match 5 +sending +-$/)]);
  });

  it('ends 0 only when every copy was made; 4 with an unsettled copy; 130 on Ctrl-C; else 1', () => {
    expect(batchExitCode(batch('finished', [batchItem(1, 'done'), batchItem(2, 'done')]), false)).toBe(0);
    expect(batchExitCode(batch('finished', [batchItem(1, 'done'), batchItem(2, 'failed')]), false)).toBe(1);
    expect(batchExitCode(batch('stopped', [batchItem(1, 'done'), batchItem(2, 'pending')], { stoppedBy: quota }), false)).toBe(1);
    expect(batchExitCode(batch('finished', [batchItem(1, 'failed'), batchItem(2, 'unknown')]), false)).toBe(4);
    expect(batchExitCode(batch('cancelled', [batchItem(1, 'done'), batchItem(2, 'pending')]), false)).toBe(1);
    expect(batchExitCode(batch('cancelled', [batchItem(1, 'unknown'), batchItem(2, 'pending')]), true)).toBe(130);
  });

  it('says once why a batch stopped, and how to make the rest', () => {
    const stopped = batch('stopped', [batchItem(1, 'done'), batchItem(2, 'done'), batchItem(3, 'pending'), batchItem(4, 'pending')], { stoppedBy: quota });
    expect(batchOutcome(stopped, en, false)).toEqual([
      'The bulk copy stopped after 2 of 4 copies: This Alibaba Cloud account has reached its limit of production studios, so none was created. Delete a studio you no longer need, or ask Alibaba Cloud to raise the quota.',
      'To make the rest: lcr studios copy --resume batch-1',
    ]);
  });

  it('says what was made, failed or is unknown, and what a cancel left', () => {
    expect(batchOutcome(batch('finished', [batchItem(1, 'done'), batchItem(2, 'done')]), en, false)).toEqual(['All 2 copies were made.']);
    expect(batchOutcome(batch('finished', [batchItem(1, 'done'), batchItem(2, 'failed'), batchItem(3, 'unknown')]), en, false)).toEqual([
      '1 of 3 copies failed; the table says why.',
      'OUTCOME UNKNOWN: 1 of 3 copies may or may not have been made. lcr studios copy --resume batch-1 looks for them by their tokens before sending anything again, so none is made twice.',
    ]);
    expect(batchOutcome(batch('cancelled', [batchItem(1, 'done'), batchItem(2, 'pending'), batchItem(3, 'pending')]), zh, true)).toEqual([
      '已取消：3 个副本中已创建 1 个，2 个未发送。',
      '如需创建其余副本：lcr studios copy --resume batch-1',
    ]);
  });
});
