import { useState } from 'react';
import type { RelayGroup } from '../../../shared/domain/relays';
import { FormField } from '../../components/form-field';
import { useT } from '../../i18n/use-t';
import { useRelaysState } from '../../state/stores-context';
import { useFormIssues } from './relay-form-issues';
import { RelayFormFrame } from './relay-form-frame';
import { groupDraftOf, groupFormIssues, newGroupForm, tagRowsIssues, tagRowsOf, tagsUpdateOf, type GroupForm, type TagRow } from './relay-group-form';
import { TagList } from './relay-tag-list';
import { TagRowsEditor } from './tag-rows-editor';

// The dialogs that make a relay group or change its tags, in the relay form frame.

/**
 * Creates a relay group: a name of at most 20 Chinese characters, letters and digits (what to
 * remove is said as it is typed), its IAM project (`default` unless changed; fixed for good) and
 * any user tags. A name the account already has comes back as such, with the form kept.
 */
export function CreateGroupDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const createGroup = useRelaysState((state) => state.createGroup);
  const [form, setForm] = useState<GroupForm>(newGroupForm);
  const local = groupFormIssues(form);
  const issues = useFormIssues(local);
  const change = (next: Partial<GroupForm>, fields: string[]) => {
    setForm({ ...form, ...next });
    issues.edited(fields);
  };
  return (
    <RelayFormFrame
      title={t('relays.createGroup.title')}
      lead={t('relays.createGroup.lead')}
      submitLabel={t('relays.createGroup.submit')}
      pendingText={t('relays.createGroup.pending')}
      issues={issues}
      valid={Object.keys(local).length === 0}
      send={() => createGroup(groupDraftOf(form))}
      onClose={onClose}
      fields={(locked) => (
        <>
          <FormField
            label={t('relays.field.name')}
            hint={t('relays.field.nameHint')}
            issue={issues.shown.name}
            control={(props) => (
              <input {...props} className="input" autoComplete="off" spellCheck={false} readOnly={locked} value={form.name} onChange={(event) => change({ name: event.target.value }, ['name'])} />
            )}
          />
          <FormField
            label={t('relays.field.project')}
            hint={t('relays.field.projectHint')}
            issue={issues.shown.project}
            control={(props) => (
              <input {...props} className="input" autoComplete="off" spellCheck={false} readOnly={locked} value={form.project} onChange={(event) => change({ project: event.target.value }, ['project'])} />
            )}
          />
          <TagRowsEditor rows={form.tags} issues={issues.shown} locked={locked} onChange={(tags, fields) => change({ tags }, fields)} />
        </>
      )}
    />
  );
}

/**
 * Edits a group's user tags: the whole set is sent and replaces the group's custom tags. The
 * cloud's System tags are shown, read-only, and are never sent back.
 */
export function EditTagsDialog({ group, onClose }: { group: RelayGroup; onClose(): void }) {
  const t = useT();
  const updateGroup = useRelaysState((state) => state.updateGroup);
  const [{ custom, system }] = useState(() => tagRowsOf(group));
  const [rows, setRows] = useState<TagRow[]>(custom);
  const local = tagRowsIssues(rows);
  const issues = useFormIssues(local);
  return (
    <RelayFormFrame
      title={t('relays.editTags.title', { name: group.name })}
      lead={t('relays.editTags.lead')}
      submitLabel={t('relays.editTags.submit')}
      pendingText={t('relays.editTags.pending')}
      issues={issues}
      valid={Object.keys(local).length === 0}
      send={() => updateGroup(tagsUpdateOf(group.name, rows))}
      onClose={onClose}
      fields={(locked) => (
        <>
          {system.length > 0 && (
            <div className="relay-form__system">
              <p className="field__label">{t('relays.editTags.system')}</p>
              <TagList tags={system} />
              <p className="field__hint">{t('relays.tag.systemHint')}</p>
            </div>
          )}
          <TagRowsEditor
            rows={rows}
            issues={issues.shown}
            locked={locked}
            onChange={(next, fields) => {
              setRows(next);
              issues.edited(fields);
            }}
          />
        </>
      )}
    />
  );
}
