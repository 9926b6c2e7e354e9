import { useEffect, useId, useState } from 'react';
import { ImportSource } from '../../../shared/domain/profile';
import type { AppError } from '../../../shared/errors/app-error';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../i18n/use-t';
import { useProfilesState, useStores } from '../../state/stores-context';
import { ImportCandidates } from './import-candidates';
import { chosenPicks, importNameIssues, initialChoices, type CandidateChoices } from './import-model';
import { useNow } from '../../time/use-now';

/**
 * Imports credentials the operator already uses with the cloud CLIs or environment variables:
 * tick where to look, preview what was found (masked, never a secret), pick and name, import.
 * Secrets go from the source straight into the keychain inside main; none reaches this page.
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const now = useNow();
  const { profiles: store } = useStores();
  const preview = useProfilesState((state) => state.preview);
  const failures = useProfilesState((state) => state.importFailures);
  const previewing = useProfilesState((state) => state.pending.importPreview);
  const applying = useProfilesState((state) => state.pending.importApply);
  const error = useProfilesState((state) => state.errors.importPreview ?? state.errors.importApply ?? null);
  const confirmed = useProfilesState((state) => state.confirmed);
  const [sources, setSources] = useState<ReadonlySet<ImportSource>>(new Set(ImportSource.options));
  const [choices, setChoices] = useState<CandidateChoices>({});
  const [imported, setImported] = useState<ReadonlySet<string>>(new Set());
  const titleId = useId();
  const leadId = useId();

  useEffect(() => {
    store.getState().clearImport();
    return () => store.getState().clearImport();
  }, [store]);

  const candidates = preview?.candidates ?? [];
  const existingNames = (confirmed?.profiles ?? []).map((profile) => profile.name);
  const nameIssues = importNameIssues(candidates, choices, existingNames);
  const picks = chosenPicks(candidates, choices);
  const failed: Record<string, AppError> = Object.fromEntries(failures.map((failure) => [failure.candidateId, failure.error]));

  const runPreview = async () => {
    if (previewing || sources.size === 0) return;
    if (await store.getState().importPreview(ImportSource.options.filter((source) => sources.has(source)))) {
      setChoices(initialChoices(store.getState().preview?.candidates ?? []));
      setImported(new Set());
    }
  };

  const runImport = async () => {
    if (applying || picks.length === 0 || Object.keys(nameIssues).length > 0) return;
    if (await store.getState().importApply(picks)) {
      onClose();
      return;
    }
    // Some picks failed: the others are in now, so they are unticked and marked as imported.
    const failedIds = new Set(store.getState().importFailures.map((failure) => failure.candidateId));
    if (failedIds.size === 0) return;
    const done = picks.map((pick) => pick.candidateId).filter((id) => !failedIds.has(id));
    setImported((current) => new Set([...current, ...done]));
    setChoices((current) => ({ ...current, ...Object.fromEntries(done.map((id) => [id, { picked: false, name: current[id]?.name ?? '' }])) }));
  };

  const dismissErrors = () => {
    store.getState().dismissError('importPreview');
    store.getState().dismissError('importApply');
  };

  const toggleSource = (source: ImportSource, on: boolean) =>
    setSources((current) => {
      const next = new Set(current);
      if (on) next.add(source);
      else next.delete(source);
      return next;
    });

  return (
    <ModalDialog labelledBy={titleId} describedBy={leadId} className="modal--wide" onCancel={onClose}>
      <header className="modal__header">
        <h2 id={titleId} className="modal__title">
          {t('import.title')}
        </h2>
      </header>
      <div className="modal__body">
        <p id={leadId} className="modal__lead">
          {t('import.lead')}
        </p>
        <fieldset className="import-sources">
          <legend className="field__label">{t('import.sources')}</legend>
          {ImportSource.options.map((source) => (
            <label key={source} className="check">
              <input type="checkbox" checked={sources.has(source)} onChange={(event) => toggleSource(source, event.target.checked)} />
              <span>{t(`import.source.${source}`)}</span>
            </label>
          ))}
          <button type="button" className="button" aria-disabled={previewing || sources.size === 0} onClick={() => void runPreview()}>
            {previewing ? t('import.previewing') : t('import.preview')}
          </button>
        </fieldset>
        <ErrorAlert error={error} onDismiss={dismissErrors} />
        {preview && (
          <ImportCandidates
            preview={preview}
            choices={choices}
            nameIssues={nameIssues}
            failures={failed}
            imported={imported}
            now={now}
            onChoice={(id, choice) => setChoices((current) => ({ ...current, [id]: choice }))}
          />
        )}
      </div>
      <footer className="modal__footer">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={applying || picks.length === 0 || Object.keys(nameIssues).length > 0}
          onClick={() => void runImport()}
        >
          {applying ? t('import.importing') : t('import.apply', { count: picks.length })}
        </button>
      </footer>
    </ModalDialog>
  );
}
