import { Provider } from '../../shared/domain/provider';
import { useT } from '../i18n/use-t';
import { useAppState } from '../state/stores-context';

/**
 * The always-visible strip at the bottom: which profile each cloud would act with, and whether
 * main's services answer. Profiles arrive in a later version, so each cloud shows none yet.
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
            <span className="status-bar__value status-bar__value--muted">{t('status.noActiveProfile')}</span>
          </li>
        ))}
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
