import { Notification } from 'electron';
import type { NotifierFactory } from './notifier';

/**
 * OS notifications, so a switch or a change on air is seen while another program has focus. An
 * alert is `critical` where the OS supports urgency (Linux), which keeps it on screen until seen.
 */
export const electronNotifier: NotifierFactory = () => ({
  notify(notice) {
    if (!Notification.isSupported()) return;
    new Notification({ title: notice.title, body: notice.body, urgency: notice.tone === 'alert' ? 'critical' : 'normal' }).show();
  },
});
