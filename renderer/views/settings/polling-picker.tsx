import { useEffect, useId } from 'react';
import { pollingSecondsChoices } from '../../../shared/domain/board-polling';
import { useT } from '../../i18n/use-t';
import { useSettingsState } from '../../state/stores-context';
import { secondsWords } from '../../../shared/format/seconds-words';
import { pollingWords } from './polling-words';
import { useSettingChoice } from './use-setting-choice';

/** How often Settings asks main again what the board's polling costs. */
const budgetRefreshMs = 5000;

/**
 * How often the board re-reads its domains. Saved at once; the line under it says what the reads
 * cost against the read action's rate budget, as main measured the last cycle, and when main
 * stretches the interval to stay within half of it.
 */
export function PollingPicker() {
  const t = useT();
  const { selected, saving, loading, choose } = useSettingChoice('pollingSeconds');
  const polling = useSettingsState((state) => state.polling);
  const loadPolling = useSettingsState((state) => state.loadPolling);
  const id = useId();
  const usageId = useId();
  // What a cycle costs changes as streams are pinned: asked again while Settings is open.
  useEffect(() => {
    void loadPolling();
    const timer = setInterval(() => void loadPolling(), budgetRefreshMs);
    return () => clearInterval(timer);
  }, [loadPolling]);
  // A hand-edited or imported interval that is not one of the choices is still shown as chosen.
  const choices = [...new Set([...pollingSecondsChoices, selected])].sort((a, b) => a - b);
  return (
    <div className="settings-field">
      <label htmlFor={id} className="settings-section__subheading">
        {t('settings.polling')}
      </label>
      <select id={id} className="input settings-field__select" value={selected} disabled={loading} aria-describedby={usageId} aria-busy={saving} onChange={(event) => choose(Number(event.target.value))}>
        {choices.map((seconds) => (
          <option key={seconds} value={seconds}>
            {secondsWords(t, seconds * 1000)}
          </option>
        ))}
      </select>
      <p id={usageId} className="settings-section__hint" aria-live="polite">
        {polling ? pollingWords(t, polling) : null}
      </p>
    </div>
  );
}
