import type { AppError } from '../../shared/errors/app-error';
import { useT } from '../i18n/use-t';
import { ErrorText } from './error-text';
import './error-alert.css';

/**
 * An alert region that is always in the page (so screen readers announce what appears in it) and
 * shows an error as a localised sentence, with the untranslated detail beneath it as data.
 */
export function ErrorAlert({ error, onDismiss }: { error: AppError | null; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="error-alert" role="alert">
      {error && (
        <>
          <ErrorText error={error} block="error-alert" />
          <button type="button" className="button" onClick={onDismiss}>
            {t('alert.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
