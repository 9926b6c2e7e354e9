import { useRef, useState } from 'react';
import type { ProfileView } from '../../../shared/domain/profile';
import { Provider } from '../../../shared/domain/provider';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { useProfilesState } from '../../state/stores-context';
import { DeleteProfileDialog } from './delete-profile-dialog';
import { ImportDialog } from './import-dialog';
import { ProfileDialog } from './profile-dialog';
import { ProfilesTable } from './profiles-table';
import { useNow } from '../../time/use-now';
import './profiles.css';

/** Which dialog is open over the view, if any. */
type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; profile: ProfileView }
  | { kind: 'delete'; profile: ProfileView }
  | { kind: 'import' }
  | null;

/**
 * The credential profiles of this desk, one table per cloud, with adding, importing, editing and
 * deleting. Only what main confirmed is listed; dialogs show their own pending state and errors.
 */
export function ProfilesView() {
  const t = useT();
  const now = useNow();
  const confirmed = useProfilesState((state) => state.confirmed);
  const status = useProfilesState((state) => state.status);
  const loadError = useProfilesState((state) => state.errors.load ?? null);
  const load = useProfilesState((state) => state.load);
  const dismissError = useProfilesState((state) => state.dismissError);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = () => setDialog(null);

  return (
    <section className="view view--wide">
      <div className="view__header">
        <h1 className="view__title" ref={headingRef} tabIndex={-1}>
          {t('view.profiles')}
        </h1>
        <div className="view__actions">
          <button type="button" className="button" disabled={!confirmed} onClick={() => setDialog({ kind: 'import' })}>
            {t('profiles.import')}
          </button>
          <button type="button" className="button button--primary" disabled={!confirmed} onClick={() => setDialog({ kind: 'create' })}>
            {t('profiles.add')}
          </button>
        </div>
      </div>
      <p className="view__lead">{t('view.profiles.summary')}</p>
      <ErrorAlert error={loadError} onDismiss={() => dismissError('load')} />
      {status === 'loading' && <p className="muted">{t('profiles.loading')}</p>}
      {status === 'failed' && (
        <button type="button" className="button" onClick={() => void load()}>
          {t('profiles.retry')}
        </button>
      )}
      {confirmed &&
        Provider.options.map((provider) => (
          <ProfilesTable
            key={provider}
            provider={provider}
            profiles={confirmed.profiles.filter((profile) => profile.provider === provider)}
            activeId={confirmed.active[provider]}
            now={now}
            edit={(profile) => setDialog({ kind: 'edit', profile })}
            remove={(profile) => setDialog({ kind: 'delete', profile })}
          />
        ))}
      {dialog?.kind === 'create' && <ProfileDialog profile={null} onClose={close} />}
      {dialog?.kind === 'edit' && <ProfileDialog profile={dialog.profile} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteProfileDialog profile={dialog.profile} fallbackFocus={headingRef} onClose={close} />}
      {dialog?.kind === 'import' && <ImportDialog onClose={close} />}
    </section>
  );
}
