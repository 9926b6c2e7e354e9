import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../i18n/use-t';

/** What the confirmation needs: the tile, the mode to set, and how to set it. */
export interface AutomaticModeDialogProps {
  streamKey: string;
  automatic: boolean;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/**
 * The confirmation before the cloud's automatic switching is turned on or off during a show,
 * saying what that means on air. It opens on Cancel, and Enter and Escape cancel: only the named
 * button changes the mode (the house rule for on-air actions).
 */
export function AutomaticModeDialog({ streamKey, automatic, onConfirm, onClose }: AutomaticModeDialogProps) {
  const t = useT();
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
            {t(automatic ? 'board.mode.onTitle' : 'board.mode.offTitle', { stream: streamKey })}
          </h2>
        </header>
        <div className="modal__body">
          <p id={bodyId} className="modal__lead">
            {t(automatic ? 'board.mode.onBody' : 'board.mode.offBody')}
          </p>
        </div>
        <footer className="modal__footer">
          <button ref={cancelRef} type="button" className="button" onClick={onClose}>
            {t('board.mode.cancel')}
          </button>
          <button type="button" className="button button--danger" aria-disabled={pending} onClick={() => void confirm()}>
            {t(automatic ? 'board.mode.confirmOn' : 'board.mode.confirmOff')}
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
