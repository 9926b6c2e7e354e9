import { useRef, type ChangeEvent } from 'react';
import { deskSetupMaxBytes } from '../../../shared/domain/desk-setup';
import { appError } from '../../../shared/errors/app-error';
import { ErrorAlert } from '../../components/error-alert';
import { savedWords, type SavedMessages } from '../../downloads/saved-words';
import { useT } from '../../i18n/use-t';
import { useDeskSetupState, useStores } from '../../state/stores-context';
import { DeskSetupDialog } from './desk-setup-dialog';
import { SettingsSection } from './settings-section';

/** How Settings words where an exported desk setup went. */
const setupMessages: SavedMessages = { saved: 'deskSetup.saved', offered: 'deskSetup.offered', cancelled: 'deskSetup.cancelled' };

/**
 * Settings › Set up another desk: export this desk's settings, pins and shortcuts as a file, or
 * import one — a chosen file is read here and previewed by main before anything changes. What an
 * export or import did is said under the buttons; a refused file says why, and nothing changed.
 */
export function DeskSetupSection() {
  const t = useT();
  const stores = useStores();
  const saving = useDeskSetupState((state) => state.saving);
  const saved = useDeskSetupState((state) => state.saved);
  const imported = useDeskSetupState((state) => state.imported);
  const pending = useDeskSetupState((state) => state.pending);
  const busy = useDeskSetupState((state) => state.busy);
  const error = useDeskSetupState((state) => state.error);
  const { save, open, dismissError } = stores.deskSetup.getState();
  const input = useRef<HTMLInputElement>(null);

  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // A file far too large is refused before it is read into the page or sent to main.
    if (file.size > deskSetupMaxBytes) {
      stores.deskSetup.setState({ error: appError('deskSetup.tooLarge', { limit: `${deskSetupMaxBytes / 1024 / 1024} MiB` }), pending: null });
      return;
    }
    await open(file.name, await file.text());
  };

  return (
    <SettingsSection heading={t('deskSetup.heading')} busy={saving || (busy && !pending)}>
      <p className="settings-section__lead">{t('deskSetup.summary')}</p>
      <div className="settings-actions">
        <button type="button" className="button" aria-disabled={saving || undefined} onClick={() => void save()}>
          {saving ? t('deskSetup.exporting') : t('deskSetup.export')}
        </button>
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => input.current?.click()}>
          {t('deskSetup.import')}
        </button>
        <input ref={input} type="file" accept=".json,application/json" hidden aria-label={t('deskSetup.fileLabel')} onChange={(event) => void chosen(event)} />
      </div>
      <p className="settings-section__hint settings-section__outcome" role="status">
        {saved && savedWords(t, saved, setupMessages)}
        {imported && t('deskSetup.imported', { host: imported.from.host, settings: imported.settings.length, boards: imported.boards.filter((board) => board.attachTo !== null).length })}
      </p>
      {!pending && <ErrorAlert error={error} onDismiss={dismissError} />}
      {pending && <DeskSetupDialog />}
    </SettingsSection>
  );
}
