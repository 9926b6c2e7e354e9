import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { IpcResult } from '../../../shared/contract/result';
import { CreatableStudioType, StudioName, type Studio } from '../../../shared/domain/studios';
import type { AppError } from '../../../shared/errors/app-error';
import type { FieldIssue } from '../../../shared/errors/field-issue';
import { FormField } from '../../components/form-field';
import { FormDialog } from '../../components/form-dialog';
import { useT } from '../../i18n/use-t';
import { useStudiosState } from '../../state/stores-context';
import { typeKeys } from './studio-labels';

// The dialogs that make a studio — a copy of one, or a new one — in one frame that sends each
// operator action with one ClientToken, however often it is tried again.

/** What a copy or create dialog puts in the shared frame. */
interface CreationDialogProps {
  title: string;
  lead: string;
  /** The form's fields; `locked` once the request was sent, since a retry must be the same request. */
  fields(locked: boolean): ReactNode;
  submitLabel: string;
  /** Whether the fields are acceptable; when not, `onRefused` marks them so their problems show. */
  valid: boolean;
  onRefused(): void;
  /** Sends the request with the dialog's one ClientToken. */
  send(clientToken: string): Promise<IpcResult<Studio>>;
  onClose(): void;
}

/**
 * The frame of a dialog that makes a studio (copy, create): ONE ClientToken for the operator's
 * action, made when the dialog opens and sent with the first request and with every "Try again"
 * after a failure — main looks for a studio carrying it before sending again, so no retry can ever
 * make a second studio. The fields lock once sent, so a retry is always the same request; another
 * name is another action (cancel and start again). It closes when main found the studio listed.
 */
function CreationDialog({ title, lead, fields, submitLabel, valid, onRefused, send, onClose }: CreationDialogProps) {
  const t = useT();
  const [clientToken] = useState(() => crypto.randomUUID());
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (!valid) {
      onRefused();
      return;
    }
    setSending(true);
    setSent(true);
    setFailure(null);
    const result = await send(clientToken);
    if (result.ok) {
      onClose();
      return;
    }
    setSending(false);
    setFailure(result.error);
  };

  return (
    <FormDialog
      title={title}
      lead={lead}
      submitLabel={sent && !sending ? t('studios.retry') : submitLabel}
      pendingText={t('studios.creating')}
      sending={sending}
      failure={failure}
      onDismissFailure={() => setFailure(null)}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
      bodyClassName="studio-form"
    >
      {fields(sent)}
      {sent && !sending && <p className="studio-form__retry">{t('studios.retry.sameRequest')}</p>}
    </FormDialog>
  );
}

/** The name field of a new studio, checked as the operator types; read-only once sent. */
function NameField({ value, issue, locked, onChange }: { value: string; issue: FieldIssue | undefined; locked: boolean; onChange(value: string): void }) {
  const t = useT();
  return (
    <FormField
      label={t('studios.field.name')}
      issue={issue}
      control={(props) => <input {...props} className="input" autoComplete="off" readOnly={locked} value={value} onChange={(event) => onChange(event.target.value)} />}
    />
  );
}

/** A studio name's problem as the form shows it, or none: only emptiness is refused (§3.1). */
export function studioNameIssue(name: string): FieldIssue | undefined {
  return StudioName.safeParse(name).success ? undefined : { code: 'required', params: {} };
}

/**
 * A new studio's name as a dialog holds it: the value, whether it is acceptable, and the field,
 * whose problem shows once the operator has typed (or tried to send it).
 */
function useStudioName(initial: string) {
  const [name, setName] = useState(initial);
  const [touched, setTouched] = useState(false);
  const issue = studioNameIssue(name);
  const field = (locked: boolean) => (
    <NameField
      value={name}
      issue={touched ? issue : undefined}
      locked={locked}
      onChange={(value) => {
        setName(value);
        setTouched(true);
      }}
    />
  );
  return { name, valid: issue === undefined, field, showIssue: () => setTouched(true) };
}

/**
 * Copies a studio — its kind and whole configuration — under a new name, checked as the operator
 * types. The copy is pay-as-you-go whatever the source, and shows in the list once the cloud
 * lists it.
 */
export function CopyStudioDialog({ source, onClose }: { source: Studio; onClose(): void }) {
  const t = useT();
  const copy = useStudiosState((state) => state.copy);
  const { name, valid, field, showIssue } = useStudioName(t('studios.copy.defaultName', { name: source.name }));
  return (
    <CreationDialog
      title={t('studios.copy.title', { name: source.name })}
      lead={t('studios.copy.lead')}
      submitLabel={t('studios.copy.submit')}
      valid={valid}
      onRefused={showIssue}
      send={(clientToken) => copy({ sourceStudioId: source.id, name: name.trim(), clientToken })}
      onClose={onClose}
      fields={(locked) => (
        <>
          <p className="studio-form__source">
            {t('studios.copy.source')}{' '}
            <span translate="no">
              {source.name} · {source.id}
            </span>
          </p>
          {field(locked)}
        </>
      )}
    />
  );
}

/**
 * Creates a pay-as-you-go studio (the only kind the cloud creates) of the general or playlist
 * kind, under a name checked as the operator types. It shows in the list once the cloud lists it;
 * its output domain is set afterwards with Configure.
 */
export function CreateStudioDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const legendId = useId();
  const create = useStudiosState((state) => state.create);
  const [type, setType] = useState<CreatableStudioType>('normal');
  const { name, valid, field, showIssue } = useStudioName('');
  return (
    <CreationDialog
      title={t('studios.create.title')}
      lead={t('studios.create.lead')}
      submitLabel={t('studios.create.submit')}
      valid={valid}
      onRefused={showIssue}
      send={(clientToken) => create({ type, name: name.trim(), clientToken })}
      onClose={onClose}
      fields={(locked) => (
        <>
          <fieldset className="studio-form__choice" role="radiogroup" aria-labelledby={legendId} disabled={locked}>
            <legend id={legendId} className="field__label">
              {t('studios.field.type')}
            </legend>
            {CreatableStudioType.options.map((option) => (
              <label key={option} className="check">
                <input type="radio" name="studio-type" value={option} checked={type === option} onChange={() => setType(option)} />
                <span>{t(typeKeys[option])}</span>
              </label>
            ))}
          </fieldset>
          {field(locked)}
        </>
      )}
    />
  );
}
