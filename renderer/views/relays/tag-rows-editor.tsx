import { useId } from 'react';
import type { FieldIssue, FieldIssues } from '../../../shared/errors/field-issue';
import { useT } from '../../i18n/use-t';
import type { TagRow } from './relay-group-form';

/** What the tag editor shows and changes. */
export interface TagRowsEditorProps {
  rows: readonly TagRow[];
  /** Problems by field (`tags.<n>.key`, `tags.<n>.value`), as shown. */
  issues: FieldIssues;
  /** The rows after an edit, and the fields the edit touched. */
  onChange(rows: TagRow[], fields: string[]): void;
  locked: boolean;
}

/** One input of a tag row with its problem, which is part of the input's description. */
function TagInput({ label, value, issue, locked, onChange }: { label: string; value: string; issue: FieldIssue | undefined; locked: boolean; onChange(value: string): void }) {
  const t = useT();
  const messageId = useId();
  return (
    <div className="tag-rows__cell">
      <input
        className="input"
        aria-label={label}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? messageId : undefined}
        autoComplete="off"
        spellCheck={false}
        readOnly={locked}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {issue && (
        <p id={messageId} className="field__message">
          {t(`validation.${issue.code}`, issue.params)}
        </p>
      )}
    </div>
  );
}

/**
 * A group's user tags as key/value rows: add one, remove any, each checked as it is typed. Used by
 * the create dialog and the tag editor of an existing group; the cloud's own tags are not here.
 */
export function TagRowsEditor({ rows, issues, onChange, locked }: TagRowsEditorProps) {
  const t = useT();
  const legendId = useId();
  const edit = (index: number, part: keyof TagRow, value: string) =>
    onChange(
      rows.map((row, at) => (at === index ? { ...row, [part]: value } : row)),
      [`tags.${index}.${part}`],
    );
  return (
    <fieldset className="tag-rows" aria-labelledby={legendId}>
      <legend id={legendId} className="field__label">
        {t('relays.field.tags')}
      </legend>
      {rows.length === 0 && <p className="field__hint">{t('relays.field.noTags')}</p>}
      {rows.map((row, index) => (
        <div key={index} className="tag-rows__row">
          <TagInput label={t('relays.field.tagKey', { n: index + 1 })} value={row.key} issue={issues[`tags.${index}.key`]} locked={locked} onChange={(value) => edit(index, 'key', value)} />
          <TagInput label={t('relays.field.tagValue', { n: index + 1 })} value={row.value} issue={issues[`tags.${index}.value`]} locked={locked} onChange={(value) => edit(index, 'value', value)} />
          <button
            type="button"
            className="button button--danger-quiet"
            aria-label={t('relays.field.removeTag', { n: index + 1 })}
            disabled={locked}
            onClick={() => onChange(rows.filter((_, at) => at !== index), [])}
          >
            {t('relays.field.remove')}
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="button" disabled={locked} onClick={() => onChange([...rows, { key: '', value: '' }], [])}>
          {t('relays.field.addTag')}
        </button>
      </div>
    </fieldset>
  );
}
