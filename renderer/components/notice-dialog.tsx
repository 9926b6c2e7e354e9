import { useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { ModalDialog } from './modal-dialog';

/** What a notice dialog says, and any action beside Close. */
export interface NoticeDialogProps {
  title: string;
  children: ReactNode;
  /** Buttons after Close (such as "Show its tasks"); Close stays the default. */
  actions?: ReactNode;
  onClose(): void;
}

/**
 * A dialog that only informs — why an action cannot go ahead, or what is being checked first —
 * with Close as its default button and nothing that changes anything: a refused delete on every
 * screen reads and behaves the same.
 */
export function NoticeDialog({ title, children, actions, onClose }: NoticeDialogProps) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog role="alertdialog" labelledBy={titleId} describedBy={bodyId} initialFocus={closeRef} onCancel={onClose}>
      <header className="modal__header">
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
      </header>
      <div id={bodyId} className="modal__body">
        {children}
      </div>
      <footer className="modal__footer">
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
        {actions}
      </footer>
    </ModalDialog>
  );
}
