import { useId, type ReactNode } from 'react';
import type { FieldIssue } from '../../shared/errors/field-issue';
import { useT } from '../i18n/use-t';
import './form-field.css';

/** The attributes that tie a control to its label, hint and message. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** What a form field shows around its control. */
export interface FormFieldProps {
  label: ReactNode;
  /** Guidance under the control, always shown. */
  hint?: ReactNode;
  /** The field's problem, shown in the operator's language; marks the control invalid. */
  issue?: FieldIssue | undefined;
  /** Renders the control with the attributes that make the label, hint and message its own. */
  control(props: ControlProps): ReactNode;
  className?: string;
}

/**
 * One labelled control with its hint and its validation message. The message is part of the
 * control's description, so a screen reader reads it when the control takes focus; it comes
 * from `validation.<code>`, the same words whether the form or main found the problem.
 */
export function FormField({ label, hint, issue, control, className }: FormFieldProps) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const describedBy = [issue ? messageId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${issue ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {control({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': issue ? true : undefined })}
      {issue && (
        <p id={messageId} className="field__message">
          {t(`validation.${issue.code}`, issue.params)}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
