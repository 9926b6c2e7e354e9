import { useId } from 'react';
import { LanguagePreference } from '../../../shared/domain/settings';
import { useT } from '../../i18n/use-t';
import { useSettingChoice } from './use-setting-choice';

/**
 * The language choice. Each language names itself in its own script too, so an operator who
 * cannot read the current language can still find theirs. Selecting saves at once; the choice
 * shows as saving until main confirms it, and the screen changes language only then.
 */
export function LanguagePicker() {
  const t = useT();
  const { selected, saving, loading, choose } = useSettingChoice('language');
  const legendId = useId();
  const hintId = useId();

  return (
    <section className="settings-section" aria-labelledby={legendId}>
      <fieldset
        className="choice-group"
        role="radiogroup"
        aria-labelledby={legendId}
        aria-describedby={hintId}
        aria-busy={saving}
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
              onChange={() => choose(option)}
            />
            <span>{t(`language.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <p id={hintId} className="settings-section__hint">
        {t('settings.languageHint')}
      </p>
      <p className="save-state" aria-live="polite">
        {loading ? t('settings.loading') : saving ? t('settings.saving') : null}
      </p>
    </section>
  );
}
