import { useId } from 'react';
import { LanguagePreference } from '../../../shared/domain/settings';
import { useT } from '../../i18n/use-t';
import { useSettingsState } from '../../state/stores-context';

/**
 * The language choice. Each language names itself in its own script too, so an operator who
 * cannot read the current language can still find theirs. Selecting saves at once; the choice
 * shows as saving until main confirms it, and the screen changes language only then.
 */
export function LanguagePicker() {
  const t = useT();
  const confirmed = useSettingsState((state) => state.settings.language);
  const pending = useSettingsState((state) => state.pending?.language);
  const loading = useSettingsState((state) => state.status === 'loading');
  const update = useSettingsState((state) => state.update);
  const legendId = useId();
  const hintId = useId();
  const selected = pending ?? confirmed;

  return (
    <section className="settings-section" aria-labelledby={legendId}>
      <fieldset
        className="choice-group"
        role="radiogroup"
        aria-labelledby={legendId}
        aria-describedby={hintId}
        aria-busy={pending !== undefined}
        disabled={loading}
      >
        <legend id={legendId} className="settings-section__heading">
          {t('settings.language')}
        </legend>
        {LanguagePreference.options.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="language"
              value={option}
              checked={selected === option}
              onChange={() => void update({ language: option })}
            />
            <span>{t(`language.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <p id={hintId} className="settings-section__hint">
        {t('settings.languageHint')}
      </p>
      <p className="save-state" aria-live="polite">
        {loading ? t('settings.loading') : pending !== undefined ? t('settings.saving') : null}
      </p>
    </section>
  );
}
