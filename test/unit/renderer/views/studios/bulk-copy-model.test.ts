import { describe, expect, it } from 'vitest';
import { batchCounts, bulkCopyIssues, bulkCopyRequest, itemLabel, previewNames, type BulkCopyValues } from '../../../../../renderer/views/studios/bulk-copy-model';
import { localDayAndTime } from '../../../../../renderer/views/studios/studio-labels';
import { batch, batchItem } from '../../studio-fixtures';

// The bulk copy form's rules and preview, and a bulk copy's counts and words.

const values: BulkCopyValues = { sourceStudioId: 'source-1', pattern: 'Match {n}', count: '30', firstNumber: '1' };

describe('the bulk copy form', () => {
  it('accepts a pattern with {n}, 1 to 1000 copies and a first number from 0, and becomes the request', () => {
    expect(bulkCopyIssues(values)).toEqual({});
    expect(bulkCopyIssues({ ...values, pattern: '赛事 {n}', count: '1000', firstNumber: '0' })).toEqual({});
    expect(bulkCopyRequest({ ...values, pattern: '  赛事 {n} ', count: ' 12 ' })).toEqual({ sourceStudioId: 'source-1', pattern: '赛事 {n}', count: 12, firstNumber: 1 });
  });

  it('names each problem as main would: no source, no pattern, no {n}, numbers out of range', () => {
    expect(bulkCopyIssues({ sourceStudioId: '', pattern: ' ', count: '0', firstNumber: '-1' })).toEqual({
      sourceStudioId: { code: 'required', params: {} },
      pattern: { code: 'required', params: {} },
      count: { code: 'outOfRange', params: { min: 1, max: 1000 } },
      firstNumber: { code: 'outOfRange', params: { min: 0, max: 1_000_000 } },
    });
    expect(bulkCopyIssues({ ...values, pattern: 'Match' }).pattern?.code).toBe('patternWithoutNumber');
    expect(bulkCopyIssues({ ...values, count: '1001' }).count?.code).toBe('outOfRange');
    expect(bulkCopyIssues({ ...values, count: '2.5' }).count?.code).toBe('outOfRange');
    expect(bulkCopyIssues({ ...values, count: 'ten' }).count?.code).toBe('outOfRange');
  });

  it('previews the first names and the last one, and nothing while the names cannot be made', () => {
    expect(previewNames(values)).toEqual({ first: ['Match 1', 'Match 2', 'Match 3'], last: 'Match 30' });
    expect(previewNames({ ...values, pattern: '赛事 {n}', count: '2', firstNumber: '7' })).toEqual({ first: ['赛事 7', '赛事 8'], last: null });
    expect(previewNames({ ...values, sourceStudioId: '', count: '4' })).toEqual({ first: ['Match 1', 'Match 2', 'Match 3'], last: 'Match 4' });
    expect(previewNames({ ...values, pattern: 'Match' })).toEqual({ first: [], last: null });
  });
});

describe('a bulk copy in words', () => {
  it('counts copies made and refused for the progress bar', () => {
    const shown = batch('b1', 'running', [batchItem(1, 'done'), batchItem(2, 'failed'), batchItem(3, 'sending'), batchItem(4, 'pending')]);
    expect(batchCounts(shown)).toEqual({ done: 1, failed: 1, total: 4 });
  });

  it('calls a copy not sent yet "waiting" while the batch runs and "not sent" once it stopped', () => {
    expect(itemLabel('pending', 'running')).toBe('waiting');
    expect(itemLabel('pending', 'cancelled')).toBe('notSent');
    expect(itemLabel('pending', 'stopped')).toBe('notSent');
    expect(itemLabel('unknown', 'finished')).toBe('unknown');
  });

  it('shows times as the day over the time to the minute in the desk\'s zone, and nothing for a time the cloud did not give', () => {
    expect(localDayAndTime('2026-03-01T20:34:56Z', 'Asia/Shanghai')).toEqual({ day: '2026-03-02', time: '04:34' });
    expect(localDayAndTime('2026-03-01T20:34:56Z', 'UTC')).toEqual({ day: '2026-03-01', time: '20:34' });
    expect(localDayAndTime(null, 'UTC')).toBeNull();
    expect(localDayAndTime('not a time', 'UTC')).toBeNull();
  });
});
