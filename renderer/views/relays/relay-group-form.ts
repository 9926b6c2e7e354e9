import type { UpdateGroupRequest } from '../../../shared/domain/relay-desk';
import { validateRelayGroupDraft, validateRelayTags } from '../../../shared/domain/relay-validation';
import type { RelayGroup, RelayGroupDraft, RelayTag } from '../../../shared/domain/relays';
import type { FieldIssues } from '../../../shared/errors/field-issue';

// A relay group as its dialogs hold it: the new group's name, project and tags, and an existing
// group's own (Custom) tags, turned into the requests main takes and checked by the same rules.

/** One user tag as a row of the tag editor. */
export interface TagRow {
  key: string;
  value: string;
}

/** The create dialog's fields. */
export interface GroupForm {
  name: string;
  project: string;
  tags: readonly TagRow[];
}

/** A new group starts in the account's `default` project, with no tags. */
export const newGroupForm: GroupForm = { name: '', project: 'default', tags: [] };

/**
 * The request that creates the group, exactly as typed: a name is checked, never silently
 * changed. Tags go without a category; main sends them as `Custom`, the only kind a user sets.
 */
export function groupDraftOf(form: GroupForm): RelayGroupDraft {
  return { name: form.name, project: form.project, tags: form.tags.map((tag) => ({ key: tag.key, value: tag.value })) };
}

/** Every problem with a new group, by the rules main applies again before sending. */
export function groupFormIssues(form: GroupForm): FieldIssues {
  return validateRelayGroupDraft(groupDraftOf(form));
}

/** A group's tags split as the tag editor shows them: its own to edit, the cloud's read-only. */
export function tagRowsOf(group: RelayGroup): { custom: TagRow[]; system: RelayTag[] } {
  return {
    custom: group.tags.filter((tag) => tag.category === 'Custom').map((tag) => ({ key: tag.key, value: tag.value })),
    system: group.tags.filter((tag) => tag.category === 'System'),
  };
}

/** The request that replaces a group's custom tags with `rows` (its System tags stay as they are). */
export function tagsUpdateOf(name: string, rows: readonly TagRow[]): UpdateGroupRequest {
  return { name, tags: rows.map((row) => ({ key: row.key, value: row.value, category: 'Custom' })) };
}

/** Every problem with a group's edited tags. */
export function tagRowsIssues(rows: readonly TagRow[]): FieldIssues {
  return validateRelayTags(rows);
}
