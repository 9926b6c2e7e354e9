import { describe, expect, it } from 'vitest';
import { shownIssues, withoutFields } from '../../../../../renderer/views/relays/relay-form-issues';

// Which problems a relay form shows: its own once a field is edited (all after a send was
// attempted), and main's until their field is edited again.

const required = { code: 'required' as const, params: {} };
const tooLong = { code: 'tooLong' as const, params: { max: 20 } };

describe('relay form issues', () => {
  it('show a field\'s own problem once it was edited, and every problem after an attempt', () => {
    const local = { name: required, project: required };
    expect(shownIssues(local, new Set(), false)).toEqual({});
    expect(shownIssues(local, new Set(['name']), false)).toEqual({ name: required });
    expect(shownIssues(local, new Set(), true)).toEqual(local);
  });

  it('show main\'s findings over the form\'s, until the field is edited', () => {
    const fromMain = { name: tooLong, 'tags.0.key': required };
    expect(shownIssues({}, new Set(), false, fromMain)).toEqual(fromMain);
    expect(withoutFields(fromMain, ['name'])).toEqual({ 'tags.0.key': required });
  });
});
