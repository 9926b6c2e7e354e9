import { useT } from '../i18n/use-t';
import { useAppState } from '../state/stores-context';
import { ErrorText } from './error-text';
import './notice-banners.css';

/**
 * What main found wrong at start-up (a damaged settings file moved aside, say), as warnings above
 * every view until the operator dismisses them: the app still works, but they should know.
 */
export function NoticeBanners() {
  const t = useT();
  const notices = useAppState((state) => state.notices);
  const dismissNotice = useAppState((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-label={t('notices.label')}>
      {notices.map((notice, index) => (
        <li key={`${notice.code}-${index}`} className="notice" role="status">
          <span className="notice__icon" aria-hidden="true">
            !
          </span>
          <ErrorText error={notice} block="notice" />
          <button type="button" className="button" onClick={() => dismissNotice(notice)}>
            {t('alert.dismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}
