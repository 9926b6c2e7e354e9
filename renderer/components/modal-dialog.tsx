import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject, type SyntheticEvent } from 'react';
import './modal-dialog.css';

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The elements Tab may reach inside `root`, in order. */
function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(focusableSelector)].filter((element) => element.getClientRects().length > 0);
}

/** What a modal dialog needs. */
export interface ModalDialogProps {
  /** `alertdialog` for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  /** What takes focus on opening; the first focusable element when omitted. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on closing if the element that opened the dialog is gone (a deleted row). */
  fallbackFocus?: RefObject<HTMLElement | null>;
  /** Escape, or the browser closing the dialog; the owner decides whether to unmount it. */
  onCancel(): void;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the browser's own `<dialog>`: the page behind it is inert and it sits above
 * everything. On top of that, Tab and Shift+Tab wrap inside it (so focus never escapes to the page
 * or the browser), Escape cancels, and focus returns to whatever opened it. Mount it to open it.
 */
export function ModalDialog({
  role = 'dialog',
  labelledBy,
  describedBy,
  initialFocus,
  fallbackFocus,
  onCancel,
  className,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  }, [onCancel]);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    const fallback = fallbackFocus?.current ?? null;
    if (!dialog.open) dialog.showModal();
    (initialFocus?.current ?? focusablesIn(dialog)[0] ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      else fallback?.focus();
    };
    // Opening and closing follow mounting only: the refs are read once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const focusables = focusablesIn(ref.current);
    const first = focusables[0];
    const last = focusables.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // Escape fires `cancel`; keeping the dialog open lets the owner unmount it. If the browser
  // closes it anyway (a second Escape without user activation may not be cancellable), `close`
  // reports the same intent.
  const onNativeCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    cancel.current();
  };
  const onNativeClose = () => {
    if (ref.current?.isConnected && !ref.current.open) cancel.current();
  };

  return (
    <dialog
      ref={ref}
      role={role}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={`modal${className ? ` ${className}` : ''}`}
      onKeyDown={onKeyDown}
      onCancel={onNativeCancel}
      onClose={onNativeClose}
    >
      {children}
    </dialog>
  );
}
