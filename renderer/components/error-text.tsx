import type { AppError } from '../../shared/errors/app-error';
import { errorMessage } from '../../shared/i18n/translate';
import { useLocale } from '../i18n/use-t';

/**
 * An error as the operator reads it: the localised sentence, and beneath it the untranslated
 * detail (the provider's own message, a field path) marked as data. `block` is the CSS block
 * name of the surrounding component (`error-alert`, `notice`), which styles the two lines.
 */
export function ErrorText({ error, block }: { error: AppError; block: string }) {
  const locale = useLocale();
  return (
    <div className={`${block}__text`}>
      <p className={`${block}__message`}>{errorMessage(locale, error)}</p>
      {error.hint && (
        <p className={`${block}__hint`} translate="no">
          {error.hint}
        </p>
      )}
    </div>
  );
}
