import { useId, useRef } from 'react';
import { changesNothing, type AttachableProfile, type BoardChange } from '../../../shared/domain/desk-setup';
import { boardChangeWords, settingChangeWords } from '../../../shared/format/desk-setup-words';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { useAcceleratorLabel } from '../../i18n/accelerator-label';
import { useT } from '../../i18n/use-t';
import { useDeskSetupState, useStores } from '../../state/stores-context';
import { useDeskZone } from '../../time/desk-zone';
import { formatLocal, formatUtc } from '../../time/local-datetime';

/** What importing one board does: where it goes (chosen here), then its pins and shortcuts after. */
function BoardPreview({ board, profiles, busy, onAttach }: { board: BoardChange; profiles: AttachableProfile[]; busy: boolean; onAttach(profileId: string | null): void }) {
  const t = useT();
  const label = useAcceleratorLabel();
  const id = useId();
  return (
    <li className="desk-setup__board">
      <label htmlFor={id}>{t('deskSetup.preview.goesTo', { name: board.profileName })}</label>
      <select id={id} className="input" value={board.attachTo ?? ''} disabled={busy} onChange={(event) => onAttach(event.target.value || null)}>
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
        <option value="">{t('deskSetup.preview.leaveOut')}</option>
      </select>
      {board.attachTo === null ? (
        <p className="settings-section__hint">{t('deskSetup.preview.leftOut')}</p>
      ) : (
        <ul className="desk-setup__changes">
          {boardChangeWords(t, board, label).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The preview of an import: where the file came from, every setting that changes, and each board
 * with the profile it goes to and what changes on it. Cancel is the default; Import is offered
 * only when something would change, and a refusal keeps the dialog open with nothing changed.
 */
export function DeskSetupDialog() {
  const t = useT();
  const zone = useDeskZone();
  const stores = useStores();
  const pending = useDeskSetupState((state) => state.pending);
  const busy = useDeskSetupState((state) => state.busy);
  const error = useDeskSetupState((state) => state.error);
  const { attach, apply, cancel, dismissError } = stores.deskSetup.getState();
  const titleId = useId();
  const leadId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  if (!pending) return null;
  const { preview } = pending;
  const nothing = changesNothing(preview);
  return (
    <ModalDialog labelledBy={titleId} describedBy={leadId} initialFocus={cancelRef} onCancel={cancel} className="modal--wide">
      <header className="modal__header">
        <h2 id={titleId} className="modal__title">
          {t('deskSetup.preview.title')}
        </h2>
      </header>
      <div className="modal__body desk-setup" aria-busy={busy}>
        <p id={leadId} className="modal__lead">
          {t('deskSetup.preview.lead', { fileName: pending.fileName, host: preview.from.host, version: preview.from.appVersion, time: `${formatLocal(preview.from.exportedAt, zone) ?? ''} (UTC ${formatUtc(preview.from.exportedAt) ?? ''})` })}
        </p>
        <h3 className="settings-section__subheading">{t('deskSetup.preview.settings')}</h3>
        {preview.settings.length === 0 ? (
          <p className="settings-section__hint">{t('deskSetup.preview.noSettings')}</p>
        ) : (
          <ul className="desk-setup__changes" aria-label={t('deskSetup.preview.settings')}>
            {preview.settings.map((change) => (
              <li key={change.field}>{settingChangeWords(t, change)}</li>
            ))}
          </ul>
        )}
        <h3 className="settings-section__subheading">{t('deskSetup.preview.boards')}</h3>
        {preview.boards.length === 0 ? (
          <p className="settings-section__hint">{t('deskSetup.preview.noBoards')}</p>
        ) : (
          <ul className="desk-setup__boards">
            {preview.boards.map((board) => (
              <BoardPreview key={board.index} board={board} profiles={preview.profiles} busy={busy} onAttach={(profileId) => void attach(board.index, profileId)} />
            ))}
          </ul>
        )}
        <p className="settings-section__hint" role="status">
          {nothing ? t('deskSetup.preview.nothing') : t('deskSetup.preview.replaces')}
        </p>
        <ErrorAlert error={error} onDismiss={dismissError} />
      </div>
      <footer className="modal__footer">
        <button ref={cancelRef} type="button" className="button" onClick={cancel}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={nothing} aria-disabled={busy || undefined} onClick={() => void apply()}>
          {busy ? t('deskSetup.preview.applying') : t('deskSetup.preview.apply')}
        </button>
      </footer>
    </ModalDialog>
  );
}
