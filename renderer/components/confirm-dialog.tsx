import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { ModalDialog } from './modal-dialog';

/** What a confirmation says and does. */
export interface ConfirmDialogProps {
  title: string;
  /** What the action means, in the operator's words: read before anything changes. */
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/**
 * The confirmation for on-air and destructive actions (the house rule): it opens on Cancel, Enter
 * and Escape cancel, and only the named button goes ahead; it closes once the action settled.
 */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [pending, setPending] = useState(false);
  const confirm = async () => {
    if (pending) return;
    setPending(true);
    await onConfirm();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <ModalDialog role="alertdialog" labelledBy={titleId} describedBy={bodyId} initialFocus={cancelRef} onCancel={onClose}>
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
        </div>
        <footer className="modal__footer">
          <button ref={cancelRef} type="button" className="button" onClick={onClose}>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger" aria-disabled={pending} onClick={() => void confirm()}>
            {confirmLabel}
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
