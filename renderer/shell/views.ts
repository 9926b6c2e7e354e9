import type { MessageKey } from '../../shared/i18n/en';

/** The views of the control room, in sidebar order; Ctrl/Cmd+1… follow this order. */
export const viewIds = ['failover', 'studios', 'relays', 'profiles', 'journal', 'settings'] as const;
/** One view of the control room. */
export type ViewId = (typeof viewIds)[number];

/** The view a fresh window opens on: the one a producer needs during a show. */
export const defaultView: ViewId = 'failover';

/** Catalogue key of each view's name, used by the sidebar and the view's heading alike. */
export const viewTitleKeys: Record<ViewId, MessageKey> = {
  failover: 'view.failover',
  studios: 'view.studios',
  relays: 'view.relays',
  profiles: 'view.profiles',
  journal: 'view.journal',
  settings: 'view.settings',
};
