import { useT } from '../../i18n/use-t';
import { SettingsSection } from './settings-section';
import { ShortcutEditor } from './shortcut-editor';
import { TakeModePicker } from './take-mode-picker';

/** Settings › Switching: how a switch is made (the take mode), and the global shortcuts that fail a tile over from anywhere. */
export function SwitchingSection() {
  const t = useT();
  return (
    <SettingsSection heading={t('settings.switching')}>
      <TakeModePicker />
      <ShortcutEditor />
    </SettingsSection>
  );
}
