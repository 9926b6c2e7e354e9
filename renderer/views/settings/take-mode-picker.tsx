import { useId } from 'react';
import { TakeMode } from '../../../shared/domain/settings';
import type { MessageKey } from '../../../shared/i18n/en';
import { useT } from '../../i18n/use-t';
import { useSettingChoice } from './use-setting-choice';

// Settings › Switching: the take mode, arm-then-take or single action, each with its explanation.

/** Each mode's name and its one-line explanation. */
const modeTexts: Record<TakeMode, { label: MessageKey; hint: MessageKey }> = {
  armThenTake: { label: 'settings.takeMode.armThenTake', hint: 'settings.takeMode.armThenTakeHint' },
  single: { label: 'settings.takeMode.single', hint: 'settings.takeMode.singleHint' },
};

function ModeChoice({ mode, checked, onChoose }: { mode: TakeMode; checked: boolean; onChoose(): void }) {
  const t = useT();
  const labelId = useId();
  const hintId = useId();
  return (
    <label className="choice choice--described">
      <input type="radio" name="takeMode" value={mode} checked={checked} aria-labelledby={labelId} aria-describedby={hintId} onChange={onChoose} />
      <span className="choice__text">
        <span id={labelId} className="choice__label">
          {t(modeTexts[mode].label)}
        </span>
        <span id={hintId} className="choice__hint">
          {t(modeTexts[mode].hint)}
        </span>
      </span>
    </label>
  );
}

/**
 * How the board switches: arm then take (the default), or a single action. Saved at once; the
 * choice shows as saving until main confirms it, and the board follows only the confirmed one.
 */
export function TakeModePicker() {
  const t = useT();
  const { selected, saving, loading, choose } = useSettingChoice('takeMode');
  const legendId = useId();
  return (
    <>
      <fieldset className="choice-group" role="radiogroup" aria-labelledby={legendId} aria-busy={saving} disabled={loading}>
        <legend id={legendId} className="settings-section__subheading">
          {t('settings.takeMode')}
        </legend>
        {TakeMode.options.map((mode) => (
          <ModeChoice key={mode} mode={mode} checked={selected === mode} onChoose={() => choose(mode)} />
        ))}
      </fieldset>
      <p className="take-mode__save" aria-live="polite">
        {saving ? t('settings.saving') : null}
      </p>
    </>
  );
}
