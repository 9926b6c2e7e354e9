import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { ProfileView } from '../../../shared/domain/profile';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../i18n/use-t';
import { useProfilesState, useStores } from '../../state/stores-context';
import { profileDisplayName } from './profile-labels';

/** What the confirmation needs: the profile, and where focus goes once its row is gone. */
export interface DeleteProfileDialogProps {
  profile: ProfileView;
  fallbackFocus: RefObject<HTMLElement | null>;
  onClose(): void;
}

/**
 * The confirmation before a profile and its keychain secrets are deleted. It follows the house rule
 * for destructive actions: it opens on Cancel, Enter and Escape cancel, and only the red button,
 * which names the profile, deletes. It stays open until main confirmed, showing why if it failed.
 */
export function DeleteProfileDialog({ profile, fallbackFocus, onClose }: DeleteProfileDialogProps) {
  const t = useT();
  const { profiles: store } = useStores();
  const pending = useProfilesState((state) => state.pending.remove === profile.id);
  const error = useProfilesState((state) => state.errors.remove ?? null);
  const dismissError = useProfilesState((state) => state.dismissError);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const name = profileDisplayName(profile, t);

  useEffect(() => {
    dismissError('remove');
  }, [dismissError]);

  const confirm = async () => {
    if (pending) return;
    if (await store.getState().remove(profile.id)) onClose();
  };

  // Enter anywhere but on a button (which Enter activates itself) means the default: cancel.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <ModalDialog role="alertdialog" labelledBy={titleId} describedBy={bodyId} initialFocus={cancelRef} fallbackFocus={fallbackFocus} onCancel={onClose}>
      <div onKeyDown={onKeyDown} aria-busy={pending}>
        <header className="modal__header">
          <h2 id={titleId} className="modal__title">
            {t('deleteProfile.title', { name })}
          </h2>
        </header>
        <div className="modal__body">
          <p id={bodyId} className="modal__lead">
            {t('deleteProfile.body')}
          </p>
          <ErrorAlert error={error} onDismiss={() => dismissError('remove')} />
        </div>
        <footer className="modal__footer">
          <button ref={cancelRef} type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="button" className="button button--danger" aria-disabled={pending} onClick={() => void confirm()}>
            {pending ? t('deleteProfile.deleting') : t('deleteProfile.confirm', { name })}
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
