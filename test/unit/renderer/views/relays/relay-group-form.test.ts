import { describe, expect, it } from 'vitest';
import { groupDraftOf, groupFormIssues, newGroupForm, tagRowsIssues, tagRowsOf, tagsUpdateOf } from '../../../../../renderer/views/relays/relay-group-form';
import { relayGroup } from '../../relay-fixtures';

// The group dialogs' model: a new group exactly as typed, and an existing group's own tags
// edited apart from the cloud's System tags, which are never sent back.

describe('relay group form', () => {
  it('starts in the default project, and sends the name as typed with tags that have no category', () => {
    expect(newGroupForm).toEqual({ name: '', project: 'default', tags: [] });
    expect(groupDraftOf({ name: '春季联赛', project: 'sports', tags: [{ key: '赛季', value: '2026' }] })).toEqual({
      name: '春季联赛',
      project: 'sports',
      tags: [{ key: '赛季', value: '2026' }],
    });
  });

  it('names what is wrong with a new group, per field, the characters to remove included', () => {
    expect(groupFormIssues(newGroupForm)).toEqual({ name: { code: 'required', params: {} } });
    expect(groupFormIssues({ name: '春季 联赛!', project: '', tags: [{ key: '', value: 'x' }] })).toEqual({
      name: { code: 'relayNameCharacters', params: { chars: '“ ” “!”' } },
      project: { code: 'required', params: {} },
      'tags.0.key': { code: 'required', params: {} },
    });
    expect(groupFormIssues({ name: '赛'.repeat(21), project: 'default', tags: [] })).toEqual({ name: { code: 'tooLong', params: { max: 20 } } });
    expect(groupFormIssues({ name: '春季联赛2026', project: 'default', tags: [] })).toEqual({});
  });

  it('splits a group\'s tags into its own, to edit, and the cloud\'s, read-only', () => {
    const group = relayGroup('赛事直播', {
      tags: [
        { key: '业务线', value: '体育', category: 'Custom' },
        { key: 'volc:project', value: 'sports', category: 'System' },
      ],
    });
    expect(tagRowsOf(group)).toEqual({ custom: [{ key: '业务线', value: '体育' }], system: [{ key: 'volc:project', value: 'sports', category: 'System' }] });
  });

  it('replaces the whole custom tag set, and checks each row', () => {
    expect(tagsUpdateOf('赛事直播', [{ key: '业务线', value: '体育' }])).toEqual({ name: '赛事直播', tags: [{ key: '业务线', value: '体育', category: 'Custom' }] });
    expect(tagsUpdateOf('赛事直播', [])).toEqual({ name: '赛事直播', tags: [] });
    expect(tagRowsIssues([{ key: 'a', value: '' }, { key: '', value: '' }])).toEqual({ 'tags.1.key': { code: 'required', params: {} } });
  });
});
