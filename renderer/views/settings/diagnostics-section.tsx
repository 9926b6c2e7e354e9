import { ErrorAlert } from '../../components/error-alert';
import { savedWords, type SavedMessages } from '../../downloads/saved-words';
import { useT } from '../../i18n/use-t';
import { useDiagnosticsState, useStores } from '../../state/stores-context';
import { SettingsSection } from './settings-section';

/** How Settings words where a support bundle went. */
export const bundleMessages: SavedMessages = {
  saved: 'diagnostics.saved',
  offered: 'diagnostics.offered',
  cancelled: 'diagnostics.cancelled',
};

/**
 * One button that writes a support bundle, what the bundle holds, and where it went: support gets
 * the desk's state in one file without the operator hunting for logs — and without a secret.
 */
export function DiagnosticsSection() {
  const t = useT();
  const stores = useStores();
  const saving = useDiagnosticsState((state) => state.saving);
  const saved = useDiagnosticsState((state) => state.saved);
  const error = useDiagnosticsState((state) => state.error);
  const { save, dismissError } = stores.diagnostics.getState();
  return (
    <SettingsSection heading={t('diagnostics.heading')} busy={saving}>
      <p className="settings-section__lead">{t('diagnostics.summary')}</p>
      <button type="button" className="button" aria-disabled={saving || undefined} onClick={() => void save()}>
        {saving ? t('diagnostics.writing') : t('diagnostics.write')}
      </button>
      <p className="settings-section__hint settings-section__outcome" role="status">
        {saved && savedWords(t, saved, bundleMessages)}
      </p>
      <ErrorAlert error={error} onDismiss={dismissError} />
    </SettingsSection>
  );
}
