import { useId } from 'react';
import type { Provider } from '../../shared/domain/provider';
import { useLocale, useT } from '../i18n/use-t';
import { useConnectionsState, useProfilesState } from '../state/stores-context';
import { useNow } from '../time/use-now';
import { activeConnection, summarizeConnection } from './connection-summary';

/** The state's age is shown to the second, so it is worked out again every second. */
const ageRefreshMs = 1000;

/**
 * The link of the profile a cloud acts with, beside its picker: whether the cloud answered
 * recently, the last error (as the state's tooltip and description, reachable by keyboard), the
 * rate budget in use, and a warning when this computer's clock is far off the cloud's.
 */
export function ConnectionStatus({ provider }: { provider: Provider }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(ageRefreshMs);
  const errorId = useId();
  const profileId = useProfilesState((state) => state.confirmed?.active[provider]);
  const states = useConnectionsState((state) => state.states);
  const summary = summarizeConnection(activeConnection(states, provider, profileId), provider, now, locale);
  return (
    <span className="connection-status" role="group" aria-label={t('status.connection.label', { provider: t(`provider.${provider}`) })}>
      <span
        className={`link-state connection-state--${summary.tone}`}
        tabIndex={summary.error ? 0 : undefined}
        title={summary.error ?? undefined}
        aria-describedby={summary.error ? errorId : undefined}
      >
        <span className="link-state__dot" aria-hidden="true" />
        {summary.words}
      </span>
      {/* The last error: read by screen readers as the state's description, seen by sighted users as its tooltip. */}
      {summary.error && (
        <span id={errorId} className="visually-hidden">
          {summary.error}
        </span>
      )}
      {summary.rate && (
        <span className="connection-status__rate" title={t('status.connection.rateLabel')}>
          <span translate="no">{summary.rate.action}</span> {summary.rate.use}
        </span>
      )}
      {summary.skew && <span className="connection-status__skew">{summary.skew}</span>}
    </span>
  );
}
