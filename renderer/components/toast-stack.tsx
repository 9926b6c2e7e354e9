import type { DeskNotice } from '../../shared/domain/desk-notice';
import { useT } from '../i18n/use-t';
import { useToastsState } from '../state/stores-context';
import './toast-stack.css';

// The desk's notifications as toasts over the lower right corner of every view.

/** More than this many toasts would cover the board; the rest wait, counted, below them. */
export const maxToastsShown = 5;

function Toast({ toast, onDismiss }: { toast: DeskNotice; onDismiss(): void }) {
  const t = useT();
  return (
    <li className={`toast toast--${toast.tone}`}>
      <div className="toast__text" role={toast.tone === 'alert' ? 'alert' : 'status'}>
        <p className="toast__title">{toast.title}</p>
        <p className="toast__body">{toast.body}</p>
      </div>
      <button type="button" className="button toast__dismiss" aria-label={t('toasts.dismissLabel', { title: toast.title })} onClick={onDismiss}>
        {t('alert.dismiss')}
      </button>
    </li>
  );
}

/**
 * The desk's notifications drawn in the page, newest on top: every switch and every change the
 * board saw that it did not make. Info and warnings go by themselves after a few seconds; an alert
 * (a failed switch, nothing on air) stays until dismissed. The list is a live region, so each new
 * toast is read out — alerts at once, the others politely. Main words them; this only draws them.
 */
export function ToastStack() {
  const t = useT();
  const toasts = useToastsState((state) => state.toasts);
  const dismiss = useToastsState((state) => state.dismiss);
  const waiting = toasts.length - maxToastsShown;
  return (
    <section className="toasts" aria-label={t('toasts.label')}>
      <ol className="toasts__list" aria-live="polite">
        {toasts.slice(0, maxToastsShown).map((toast) => (
          <Toast key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
        ))}
      </ol>
      {waiting > 0 && <p className="toasts__more">{t('toasts.more', { count: waiting })}</p>}
    </section>
  );
}
