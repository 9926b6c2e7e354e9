import { useT } from '../../i18n/use-t';
import { NoticeChoices } from './notice-choices';
import { PollingPicker } from './polling-picker';
import { SettingsSection } from './settings-section';

/** Settings › Watching streams: how often the board reads the cloud, and which changes it tells the operator about. */
export function WatchingSection() {
  const t = useT();
  return (
    <SettingsSection heading={t('settings.watching')}>
      <PollingPicker />
      <NoticeChoices />
    </SettingsSection>
  );
}
