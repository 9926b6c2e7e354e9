import { useId } from 'react';
import { NoticeKind } from '../../../shared/domain/settings';
import { useT } from '../../i18n/use-t';
import { useSettingsState } from '../../state/stores-context';

/**
 * Which kinds of notification the desk shows, one checkbox each, saved at once. What is always
 * shown (a failed or unconfirmed switch, a shortcut that could not act) is said under them, so an
 * operator never believes they turned off the alert that matters most.
 */
export function NoticeChoices() {
  const t = useT();
  const confirmed = useSettingsState((state) => state.settings.notifications);
  const pending = useSettingsState((state) => state.pending?.notifications);
  const loading = useSettingsState((state) => state.status === 'loading');
  const update = useSettingsState((state) => state.update);
  const legendId = useId();
  const alwaysId = useId();
  return (
    <fieldset className="choice-group choice-group--stacked" aria-labelledby={legendId} aria-describedby={alwaysId} aria-busy={pending !== undefined} disabled={loading}>
      <legend id={legendId} className="settings-section__subheading">
        {t('settings.notifications')}
      </legend>
      {NoticeKind.options.map((kind) => (
        <label key={kind} className="choice">
          <input type="checkbox" checked={pending?.[kind] ?? confirmed[kind]} onChange={(event) => void update({ notifications: { [kind]: event.target.checked } })} />
          <span>{t(`settings.notifications.${kind}`)}</span>
        </label>
      ))}
      <p id={alwaysId} className="settings-section__hint">
        {t('settings.notifications.always')}
      </p>
    </fieldset>
  );
}
