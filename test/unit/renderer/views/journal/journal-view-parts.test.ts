import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n/translate';
import { boundOf, isFiltered, withField } from '../../../../../renderer/views/journal/journal-filters';
import { journalPickerChoices } from '../../../../../renderer/views/journal/journal-picker-choices';
import { utcToTheSecond } from '../../../../../renderer/views/journal/journal-table';
import { savedWords } from '../../../../../renderer/downloads/saved-words';
import { copyText, exportMessages } from '../../../../../renderer/views/journal/journal-view';

// The journal screen's pure parts: filter edits, time bounds, the pickers' options, the UTC
// tooltip, where an export went in words, and copying that never throws.

describe('journal filter edits', () => {
  it('sets a field, and an empty choice removes it ("any")', () => {
    expect(withField({}, 'outcome', 'failed')).toEqual({ outcome: 'failed' });
    expect(withField({ outcome: 'failed', text: 'x' }, 'outcome', '')).toEqual({ text: 'x' });
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ text: 'x' })).toBe(true);
  });

  it('turns a datetime-local value in the desk\'s zone into an instant, and nothing while it is empty or incomplete', () => {
    expect(boundOf('2026-03-01T08:30', 'Asia/Shanghai')).toBe('2026-03-01T00:30:00.000Z');
    expect(boundOf('2026-03-01T08:30', 'UTC')).toBe('2026-03-01T08:30:00.000Z');
    expect(boundOf('', 'UTC')).toBeUndefined();
    expect(boundOf('2026-03-01', 'UTC')).toBeUndefined();
  });
});

describe('the profile and action pickers', () => {
  const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
  const facets = {
    profiles: [
      { id: 'p-old', name: 'Archived desk', provider: 'aliyun', accessKeyIdMasked: 'LTAI****OLD' },
      { id: 'p1', name: 'News', provider: 'aliyun', accessKeyIdMasked: 'LTAI****9P6' },
      { id: 'p2', name: 'News', provider: 'volcengine', accessKeyIdMasked: 'AKLT****QxZ' },
    ],
    actions: ['CreatePullToPushGroup', 'StopCaster', 'switch'],
  } as const;

  it('offer what main tallied, in its order, telling two profiles of one name apart by their masked key ids', () => {
    const choices = journalPickerChoices({ profiles: [...facets.profiles], actions: [...facets.actions] }, {}, en);
    expect(choices.profiles).toEqual([
      { value: 'p-old', label: 'Archived desk', data: true },
      { value: 'p1', label: 'News (key LTAI****9P6)', data: true },
      { value: 'p2', label: 'News (key AKLT****QxZ)', data: true },
    ]);
    expect(choices.actions.map((choice) => choice.value)).toEqual(['CreatePullToPushGroup', 'StopCaster', 'switch']);
  });

  it('keep a chosen value main has not offered yet, last', () => {
    const choices = journalPickerChoices({ profiles: [], actions: ['switch'] }, { profileId: 'p9', action: 'DeleteCaster' }, en);
    expect(choices.profiles).toEqual([{ value: 'p9', label: 'p9', data: true }]);
    expect(choices.actions.map((choice) => choice.value)).toEqual(['switch', 'DeleteCaster']);
    expect(journalPickerChoices({ profiles: [], actions: ['switch'] }, { action: 'switch' }, en).actions).toHaveLength(1);
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
