import type { MessageKey } from '../../shared/i18n/en';
import { useT } from '../i18n/use-t';
import { viewTitleKeys, type ViewId } from '../shell/views';
import './empty-state.css';

/** Views that arrive in later versions. */
export type UpcomingView = Exclude<ViewId, 'settings' | 'profiles'>;

const summaryKeys: Record<UpcomingView, MessageKey> = {
  failover: 'view.failover.summary',
  studios: 'view.studios.summary',
  relays: 'view.relays.summary',
  journal: 'view.journal.summary',
};

/**
 * A view that is not in this version yet: its heading, a plain statement that it is not available,
 * and what it will do, so an operator is never left guessing whether something failed to load.
 */
export function EmptyStateView({ view }: { view: UpcomingView }) {
  const t = useT();
  return (
    <section className="view">
      <h1 className="view__title">{t(viewTitleKeys[view])}</h1>
      <div className="empty-state">
        <svg className="empty-state__icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
          <path
            d="M4 7l8-4 8 4v10l-8 4-8-4zM4 7l8 4 8-4M12 11v10"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
        <p className="empty-state__title">{t('empty.notAvailable')}</p>
        <p className="empty-state__body">{t(summaryKeys[view])}</p>
      </div>
    </section>
  );
}
