import { useId, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { AppError } from '../../shared/errors/app-error';
import { useT } from '../i18n/use-t';
import { ErrorAlert } from './error-alert';
import { ModalDialog } from './modal-dialog';

/** What a form dialog shows and does; the screen keeps the state (fields, sending, failure). */
export interface FormDialogProps {
  title: string;
  lead: string;
  submitLabel: string;
  /** Said (as a status) while the request is with main. */
  pendingText: string;
  sending: boolean;
  failure: AppError | null;
  onDismissFailure(): void;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onClose(): void;
  /** The fields, and any note after them, above the failure. */
  children: ReactNode;
  /** The body's class, for the form's own layout. */
  bodyClassName: string;
  /** The dialog's own class (a wider one). */
  className?: string;
  formRef?: RefObject<HTMLFormElement | null>;
}

/**
 * The layout every form dialog shares — title, lead, fields, the refusal, what is pending, then
 * Cancel and the action — so a dialog that makes or changes something reads the same on every
 * screen. Submitting while a request is in flight is the caller's to ignore (`aria-disabled`).
 */
export function FormDialog({ title, lead, submitLabel, pendingText, sending, failure, onDismissFailure, onSubmit, onClose, children, bodyClassName, className, formRef }: FormDialogProps) {
  const t = useT();
  const titleId = useId();
  const leadId = useId();
  return (
    <ModalDialog labelledBy={titleId} describedBy={leadId} onCancel={onClose} {...(className ? { className } : {})}>
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={sending}>
        <header className="modal__header">
          <h2 id={titleId} className="modal__title">
            {title}
          </h2>
        </header>
        <div className={`modal__body ${bodyClassName}`}>
          <p id={leadId} className="modal__lead">
            {lead}
          </p>
          {children}
          <ErrorAlert error={failure} onDismiss={onDismissFailure} />
          {sending && (
            <p className="form-dialog__pending" role="status">
              {pendingText}
            </p>
          )}
        </div>
        <footer className="modal__footer">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={sending}>
            {submitLabel}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
