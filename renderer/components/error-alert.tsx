import type { AppError } from '../../shared/errors/app-error';
import { errorMessage } from '../../shared/i18n/translate';
import { useLocale, useT } from '../i18n/use-t';
import './error-alert.css';

/**
 * An alert region that is always in the page (so screen readers announce what appears in it) and
 * shows an error as a localised sentence, with the untranslated detail beneath it as data.
 */
export function ErrorAlert({ error, onDismiss }: { error: AppError | null; onDismiss: () => void }) {
  const locale = useLocale();
  const t = useT();
  return (
    <div className="error-alert" role="alert">
      {error && (
        <>
          <div className="error-alert__text">
            <p className="error-alert__message">{errorMessage(locale, error)}</p>
            {error.hint && (
              <p className="error-alert__hint" translate="no">
                {error.hint}
              </p>
            )}
          </div>
          <button type="button" className="button" onClick={onDismiss}>
            {t('alert.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
