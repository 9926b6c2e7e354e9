import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { systemTimeZone } from '../../../shared/domain/settings';
import { resolveZone } from '../../time/desk-zone';
import { formatUtc, localTime } from '../../time/local-datetime';
import { useNow } from '../../time/use-now';
import { SettingsSection } from './settings-section';
import { useSettingChoice } from './use-setting-choice';

/** Every zone this browser knows, by IANA id (`Africa/Abidjan` … `UTC`), once per window. */
const knownZones: readonly string[] = Intl.supportedValuesOf('timeZone');

/**
 * Settings › Time zone shown: the workstation's own zone (the default), UTC, or any named zone —
 * for a control room that runs a show on UTC or on the venue's clock. Every screen shows and reads
 * times in it; the clock under the choice says what "now" is there, beside UTC.
 */
export function TimeZonePicker() {
  const t = useT();
  const { selected, saving, loading, choose } = useSettingChoice('timeZone');
  const id = useId();
  const hintId = useId();
  const now = useNow(1000).toISOString();
  const zone = resolveZone(selected);
  const zones = knownZones.filter((name) => name !== 'UTC');
  return (
    <SettingsSection heading={t('settings.timeZone')}>
      <label htmlFor={id} className="visually-hidden">
        {t('settings.timeZone')}
      </label>
      <select id={id} className="input settings-field__select" value={selected} disabled={loading} aria-busy={saving} aria-describedby={hintId} onChange={(event) => choose(event.target.value)}>
        <option value="system">{t('settings.timeZone.system', { zone: systemTimeZone() })}</option>
        <option value="UTC">{t('settings.timeZone.utc')}</option>
        {!knownZones.includes(selected) && selected !== 'system' && <option value={selected}>{selected}</option>}
        {zones.map((name) => (
          <option key={name} value={name} translate="no">
            {name}
          </option>
        ))}
      </select>
      <p className="settings-section__hint" aria-live="off">
        {t('settings.timeZone.now', { time: localTime(now, zone), utc: formatUtc(now)?.slice(11) ?? '' })}
      </p>
      <p id={hintId} className="settings-section__hint">
        {t('settings.timeZone.hint')}
      </p>
    </SettingsSection>
  );
}
