import { useId } from 'react';
import { relayLimits } from '../../../shared/domain/relay-validation';
import { RelaySourceType } from '../../../shared/domain/relays';
import type { FieldIssues } from '../../../shared/errors/field-issue';
import { FormField } from '../../components/form-field';
import { useT } from '../../i18n/use-t';
import { canAddVodSource, type LoopChoice, type TaskForm } from './relay-task-form';

/** What the task dialog's field groups get: the form, its shown problems, and the edit hook. */
export interface TaskFieldsProps {
  form: TaskForm;
  issues: FieldIssues;
  locked: boolean;
  /** Applies an edit, naming the fields (as the validators name them) it touched. */
  onChange(next: Partial<TaskForm>, fields: string[]): void;
}

const sourceTypeKeys = { live: 'relays.field.sourceLive', vod: 'relays.field.sourceVod' } as const;
const loopKeys = { untilEnd: 'relays.field.loopsUntilEnd', times: 'relays.field.loopsTimes' } as const;
const loopChoices: readonly LoopChoice[] = ['untilEnd', 'times'];

/** The VOD files, one URL per row, added and removed up to the cloud's limit of 30. */
function VodSources({ form, issues, locked, onChange }: TaskFieldsProps) {
  const t = useT();
  const legendId = useId();
  const countId = useId();
  const setRow = (index: number, value: string) =>
    onChange({ vodSources: form.vodSources.map((source, at) => (at === index ? value : source)) }, [`sources.${index}`, 'sources']);
  return (
    <fieldset className="relay-form__list" aria-labelledby={legendId} aria-describedby={countId}>
      <legend id={legendId} className="field__label">
        {t('relays.field.vodFiles')}
      </legend>
      {form.vodSources.map((source, index) => (
        <div key={index} className="relay-form__row">
          <FormField
            label={t('relays.field.vodFile', { n: index + 1 })}
            issue={issues[`sources.${index}`]}
            control={(props) => (
              <input {...props} className="input input--mono" autoComplete="off" spellCheck={false} readOnly={locked} value={source} onChange={(event) => setRow(index, event.target.value)} />
            )}
          />
          <button
            type="button"
            className="button button--danger-quiet"
            aria-label={t('relays.field.removeFile', { n: index + 1 })}
            disabled={locked || form.vodSources.length === 1}
            onClick={() => onChange({ vodSources: form.vodSources.filter((_, at) => at !== index) }, ['sources'])}
          >
            {t('relays.field.remove')}
          </button>
        </div>
      ))}
      <div className="relay-form__inline">
        <button type="button" className="button" disabled={locked || !canAddVodSource(form)} onClick={() => onChange({ vodSources: [...form.vodSources, ''] }, [])}>
          {t('relays.field.addFile')}
        </button>
        <span id={countId} className="field__hint">
          {t('relays.field.vodCount', { count: form.vodSources.length, max: relayLimits.vodSources })}
        </span>
      </div>
      {issues.sources && <p className="field__message">{t(`validation.${issues.sources.code}`, issues.sources.params)}</p>}
    </fieldset>
  );
}

/** How often the files play: until the task's window ends, or a number of times. */
function Loops({ form, issues, locked, onChange }: TaskFieldsProps) {
  const t = useT();
  const legendId = useId();
  return (
    <fieldset className="relay-form__choice" role="radiogroup" aria-labelledby={legendId} disabled={locked}>
      <legend id={legendId} className="field__label">
        {t('relays.field.loops')}
      </legend>
      {loopChoices.map((choice) => (
        <label key={choice} className="check">
          <input type="radio" name="relay-loops" value={choice} checked={form.loopChoice === choice} onChange={() => onChange({ loopChoice: choice }, ['loops'])} />
          <span>{t(loopKeys[choice])}</span>
        </label>
      ))}
      {form.loopChoice === 'times' && (
        <FormField
          className="relay-form__times"
          label={t('relays.field.plays')}
          issue={issues.loops}
          control={(props) => (
            <input {...props} className="input" inputMode="numeric" autoComplete="off" value={form.loopTimes} onChange={(event) => onChange({ loopTimes: event.target.value }, ['loops'])} />
          )}
        />
      )}
    </fieldset>
  );
}

/**
 * Where the task pulls from: a live stream (one pull URL) or on-demand files (1–30 URLs played in
 * order, until the window ends or a number of times).
 */
export function TaskSourceFields(props: TaskFieldsProps) {
  const t = useT();
  const legendId = useId();
  const { form, issues, locked, onChange } = props;
  return (
    <>
      <fieldset className="relay-form__choice" role="radiogroup" aria-labelledby={legendId} disabled={locked}>
        <legend id={legendId} className="field__label">
          {t('relays.field.sourceType')}
        </legend>
        {RelaySourceType.options.map((type) => (
          <label key={type} className="check">
            <input type="radio" name="relay-source-type" value={type} checked={form.sourceType === type} onChange={() => onChange({ sourceType: type }, [])} />
            <span>{t(sourceTypeKeys[type])}</span>
          </label>
        ))}
      </fieldset>
      {form.sourceType === 'live' ? (
        <FormField
          label={t('relays.field.liveSource')}
          hint={t('relays.field.liveSourceHint')}
          issue={issues['sources.0'] ?? issues.sources}
          control={(controlProps) => (
            <input
              {...controlProps}
              className="input input--mono"
              autoComplete="off"
              spellCheck={false}
              readOnly={locked}
              value={form.liveSource}
              onChange={(event) => onChange({ liveSource: event.target.value }, ['sources.0', 'sources'])}
            />
          )}
        />
      ) : (
        <>
          <VodSources {...props} />
          <Loops {...props} />
        </>
      )}
    </>
  );
}
