import { Provider } from '../../shared/domain/provider';
import { errorMessage } from '../../shared/i18n/translate';
import { useLocale, useT } from '../i18n/use-t';
import { useAppState, useProfilesState } from '../state/stores-context';
import { ActiveProfilePicker } from './active-profile-picker';
import { ConnectionStatus } from './connection-status';

/** Why the last change of active profile did not happen, until dismissed. */
function ActiveProfileError() {
  const t = useT();
  const locale = useLocale();
  const error = useProfilesState((state) => state.errors.setActive ?? null);
  const dismissError = useProfilesState((state) => state.dismissError);
  return (
    <li className="status-bar__item status-bar__item--error" role="alert">
      {error && (
        <>
          <span>{t('status.activeNotChanged', { reason: errorMessage(locale, error) })}</span>
          <button type="button" className="status-bar__dismiss" onClick={() => dismissError('setActive')}>
            {t('alert.dismiss')}
          </button>
        </>
      )}
    </li>
  );
}

/**
 * The always-visible strip at the bottom: which profile each cloud acts with (and the place to
 * change it), how that profile's link to the cloud is doing, and whether main's services answer.
 */
export function StatusBar() {
  const t = useT();
  const link = useAppState((state) => state.link);
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <ul className="status-bar__items">
        {Provider.options.map((provider) => (
          <li key={provider} className="status-bar__item">
            <span className="status-bar__label">{t(`provider.${provider}`)}</span>
            <ActiveProfilePicker provider={provider} />
            <ConnectionStatus provider={provider} />
          </li>
        ))}
        <ActiveProfileError />
        <li className="status-bar__item status-bar__item--end">
          <span className="status-bar__label">{t('status.services')}</span>
          <span className={`status-bar__value link-state link-state--${link}`} role="status">
            <span className="link-state__dot" aria-hidden="true" />
            {t(`link.${link}`)}
          </span>
        </li>
      </ul>
    </footer>
  );
}
