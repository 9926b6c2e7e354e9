import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { FormField } from './form-field';
import { ModalDialog } from './modal-dialog';

/** An extra step before a destructive action: the operator types a value (a studio's name) exactly. */
export interface TypedConfirmation {
  label: string;
  /** What must be typed, character for character, before the action can go ahead. */
  expected: string;
}

/** What a confirmation says and does. */
export interface ConfirmDialogProps {
  title: string;
  /** What the action means, in the operator's words: read before anything changes. */
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Asks for the value to be typed first; the confirm button stays disabled until it matches. */
  typed?: TypedConfirmation;
  /** Goes ahead; receives what was typed (empty without a typed step), for main to check again. */
  onConfirm(typed: string): Promise<void>;
  onClose(): void;
  /** Where focus goes on closing if what opened the dialog is gone (a deleted row's button). */
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/**
 * The confirmation for on-air and destructive actions (the house rule): it opens on Cancel, Enter
 * and Escape cancel, and only the named button goes ahead; it closes once the action settled. With
 * `typed`, the same dialog first asks for a value to be typed, and the button waits for it.
 */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, typed, onConfirm, onClose, fallbackFocus }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [pending, setPending] = useState(false);
  const [value, setValue] = useState('');
  const unmatched = typed !== undefined && value !== typed.expected;
  const confirm = async () => {
    if (pending || unmatched) return;
    setPending(true);
    await onConfirm(value);
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <ModalDialog role="alertdialog" labelledBy={titleId} describedBy={bodyId} initialFocus={cancelRef} {...(fallbackFocus ? { fallbackFocus } : {})} onCancel={onClose}>
      <div onKeyDown={onKeyDown} aria-busy={pending}>
        <header className="modal__header">
          <h2 id={titleId} className="modal__title">
            {title}
          </h2>
        </header>
        <div className="modal__body">
          <p id={bodyId} className="modal__lead">
            {body}
          </p>
          {typed && (
            <FormField
              label={typed.label}
              control={(props) => (
                <input {...props} className="input" autoComplete="off" spellCheck={false} value={value} onChange={(event) => setValue(event.target.value)} />
              )}
            />
          )}
        </div>
        <footer className="modal__footer">
          <button ref={cancelRef} type="button" className="button" onClick={onClose}>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger" aria-disabled={pending || unmatched} onClick={() => void confirm()}>
            {confirmLabel}
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
