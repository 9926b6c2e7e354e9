import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n/translate';
import { boundOf, isFiltered, withField } from '../../../../../renderer/views/journal/journal-filters';
import { utcToTheSecond } from '../../../../../renderer/views/journal/journal-table';
import { savedWords } from '../../../../../renderer/downloads/saved-words';
import { copyText, exportMessages } from '../../../../../renderer/views/journal/journal-view';

// The journal screen's pure parts: filter edits, time bounds, the UTC tooltip, where an export
// went in words, and copying that never throws.

describe('journal filter edits', () => {
  it('sets a field, and an empty choice removes it ("any")', () => {
    expect(withField({}, 'outcome', 'failed')).toEqual({ outcome: 'failed' });
    expect(withField({ outcome: 'failed', text: 'x' }, 'outcome', '')).toEqual({ text: 'x' });
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ text: 'x' })).toBe(true);
  });

  it('turns a datetime-local value into an instant, and nothing while it is empty or incomplete', () => {
    expect(boundOf('2026-03-01T08:30')).toBe(new Date('2026-03-01T08:30').toISOString());
    expect(boundOf('')).toBeUndefined();
    expect(boundOf('2026-03-01')).toBeUndefined();
  });
});

describe('journal words', () => {
  it('shows UTC to the second, and nothing for an unreadable time', () => {
    expect(utcToTheSecond('2026-03-01T16:30:05.123+08:00')).toBe('2026-03-01 08:30:05');
    expect(utcToTheSecond('not a time')).toBeNull();
  });

  it('says where an export went, in either language', () => {
    const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
    const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('zh-CN', key, params);
    expect(savedWords(en, { kind: 'saved', path: '/home/op/journal.csv' }, exportMessages)).toBe('Saved to /home/op/journal.csv');
    expect(savedWords(en, { kind: 'offered', fileName: 'journal.csv' }, exportMessages)).toBe('Offered as a download: journal.csv');
    expect(savedWords(en, { kind: 'cancelled' }, exportMessages)).toBe('Export cancelled: nothing was saved.');
    expect(savedWords(zh, { kind: 'offered', fileName: 'journal.csv' }, exportMessages)).toBe('已作为下载提供：journal.csv');
  });
});

describe('copying a request id', () => {
  it('answers whether it worked, and never throws without a clipboard', async () => {
    const written: string[] = [];
    expect(await copyText('r1', { writeText: async (text) => void written.push(text) })).toBe(true);
    expect(written).toEqual(['r1']);
    expect(await copyText('r1', { writeText: () => Promise.reject(new Error('denied')) })).toBe(false);
    expect(await copyText('r1', null)).toBe(false);
  });
});
