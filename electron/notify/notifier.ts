import type { DeskNotice } from '../../shared/domain/desk-notice';
import type { EventBus } from '../events/event-bus';

/**
 * Shows the desk's notifications. Electron-only: the app's adapter raises OS notifications
 * (notifier-electron.ts); the harness shows them as toasts in its page; `lcr` prints its own
 * results and shows none.
 */
export interface Notifier {
  notify(notice: DeskNotice): void;
}

/** How a host makes its notifier; the bus is there for a host whose notifications go to the page. */
export type NotifierFactory = (bus: EventBus) => Notifier;

/** For `lcr`: a command reports on its own output, not in a notification. */
export const silentNotifier: NotifierFactory = () => ({ notify: () => undefined });

/** For a browser (the harness): each notice goes to the page as `notice.shown`, drawn as a toast. */
export const pageToastNotifier: NotifierFactory = (bus) => ({ notify: (notice) => bus.emit('notice.shown', notice) });
