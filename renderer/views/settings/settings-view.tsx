import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { useSettingsState } from '../../state/stores-context';
import { AboutSection } from './about-section';
import { LanguagePicker } from './language-picker';
import { SwitchingSection } from './switching-section';
import './settings.css';

/**
 * Desk settings (language, switching and shortcuts) and what this installation is; errors from
 * loading or saving appear on top.
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
      <SwitchingSection />
      <AboutSection />
    </section>
  );
}
