import { parseRelayDestination, relayLimits } from '../../../shared/domain/relay-validation';
import { FormField } from '../../components/form-field';
import { useT, type Translate } from '../../i18n/use-t';
import { formatUtc, localInputToIso } from '../../time/local-datetime';
import type { TaskFieldsProps } from './relay-task-source-fields';

/** How the destination field was read, so the operator sees which of its two forms the app took. */
function destinationReading(t: Translate, text: string): string | null {
  const destination = parseRelayDestination(text.trim());
  if (!destination) return null;
  return 'url' in destination ? t('relays.field.destinationUrl') : t('relays.field.destinationPath', destination);
}

/** One end of the window: a `datetime-local` input in the desk's zone with its UTC instant beside it. */
function WindowInput({ label, value, zone, issue, locked, onChange }: { label: string; value: string; zone: string; issue: TaskFieldsProps['issues'][string] | undefined; locked: boolean; onChange(value: string): void }) {
  const t = useT();
  const utc = formatUtc(localInputToIso(value, zone));
  return (
    <FormField
      label={label}
      issue={issue}
      control={(props) => (
        <span className="relay-form__time">
          <input {...props} type="datetime-local" className="input" readOnly={locked} value={value} onChange={(event) => onChange(event.target.value)} />
          {utc && <output className="relay-form__utc">{t('relays.field.utc', { time: utc })}</output>}
        </span>
      )}
    />
  );
}

/**
 * Where the task pushes (one field: a push URL, or `domain/app/stream` of this account, with how
 * it was read), when (start and end in the operator's time zone, named, with the UTC instants
 * beside them; at most 7 days apart) and the optional status callback.
 */
export function TaskTargetFields({ form, issues, locked, onChange }: TaskFieldsProps) {
  const t = useT();
  const reading = destinationReading(t, form.destination);
  return (
    <>
      <FormField
        label={t('relays.field.destination')}
        hint={t('relays.field.destinationHint')}
        issue={issues.destination}
        control={(props) => (
          <span className="relay-form__stack">
            <input
              {...props}
              className="input input--mono"
              autoComplete="off"
              spellCheck={false}
              readOnly={locked}
              value={form.destination}
              onChange={(event) => onChange({ destination: event.target.value }, ['destination'])}
            />
            {reading && <output className="relay-form__reading">{reading}</output>}
          </span>
        )}
      />
      <div className="relay-form__window">
        <WindowInput label={t('relays.field.start')} value={form.startLocal} zone={form.zone} issue={issues.start} locked={locked} onChange={(value) => onChange({ startLocal: value }, ['start', 'end'])} />
        <WindowInput label={t('relays.field.end')} value={form.endLocal} zone={form.zone} issue={issues.end} locked={locked} onChange={(value) => onChange({ endLocal: value }, ['end'])} />
        <p className="field__hint relay-form__wide">{t('relays.field.windowHint', { zone: form.zone, days: relayLimits.windowDays })}</p>
      </div>
      <FormField
        label={t('relays.field.callback')}
        hint={t('relays.field.callbackHint')}
        issue={issues.callbackUrl}
        control={(props) => (
          <input
            {...props}
            className="input input--mono"
            autoComplete="off"
            spellCheck={false}
            readOnly={locked}
            value={form.callbackUrl}
            onChange={(event) => onChange({ callbackUrl: event.target.value }, ['callbackUrl'])}
          />
        )}
      />
    </>
  );
}
