import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { useSettingsState } from '../../state/stores-context';
import { AboutSection } from './about-section';
import { DeskSetupSection } from './desk-setup-section';
import { DiagnosticsSection } from './diagnostics-section';
import { LanguagePicker } from './language-picker';
import { SwitchingSection } from './switching-section';
import { TimeZonePicker } from './time-zone-picker';
import { WatchingSection } from './watching-section';
import './settings.css';

/**
 * Desk settings (language, time zone shown, switching and shortcuts, polling and notifications),
 * carrying the desk's setup to another workstation, what this installation is and a support
 * bundle for when it misbehaves; errors from loading or saving settings appear on top.
 */
export function SettingsView() {
  const t = useT();
  const error = useSettingsState((state) => state.error);
  const dismissError = useSettingsState((state) => state.dismissError);
  return (
    <section className="view">
      <h1 className="view__title">{t('view.settings')}</h1>
      <ErrorAlert error={error} onDismiss={dismissError} />
      <LanguagePicker />
      <TimeZonePicker />
      <SwitchingSection />
      <WatchingSection />
      <DeskSetupSection />
      <AboutSection />
      <DiagnosticsSection />
    </section>
  );
}
