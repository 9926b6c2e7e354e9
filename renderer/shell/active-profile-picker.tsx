import type { Provider } from '../../shared/domain/provider';
import { useT } from '../i18n/use-t';
import { useProfilesState } from '../state/stores-context';
import { profileDisplayName } from '../views/profiles/profile-labels';

/**
 * The profile a cloud's calls are signed with, chosen right in the status bar where the operator
 * looks before acting. It shows the choice as pending until main confirmed it, and marks a
 * rehearsal profile so nobody believes they are on air when they are drilling.
 */
export function ActiveProfilePicker({ provider }: { provider: Provider }) {
  const t = useT();
  const confirmed = useProfilesState((state) => state.confirmed);
  const failed = useProfilesState((state) => state.status === 'failed');
  const pendingId = useProfilesState((state) => state.pending.setActive[provider]);
  const setActive = useProfilesState((state) => state.setActive);
  if (!confirmed) {
    return (
      <span className="status-bar__value status-bar__value--muted">
        {failed ? t('status.profilesUnavailable') : t('status.profilesLoading')}
      </span>
    );
  }
  const profiles = confirmed.profiles.filter((profile) => profile.provider === provider);
  const selected = pendingId ?? confirmed.active[provider];
  const rehearsal = profiles.find((profile) => profile.id === selected)?.builtIn === true;
  return (
    <>
      <select
        className="status-select"
        aria-label={t('status.activeProfile', { provider: t(`provider.${provider}`) })}
        value={selected}
        disabled={pendingId !== undefined}
        aria-busy={pendingId !== undefined}
        onChange={(event) => void setActive(provider, event.target.value)}
      >
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profileDisplayName(profile, t)}
          </option>
        ))}
      </select>
      {rehearsal && <span className="badge badge--rehearsal">{t('status.rehearsal')}</span>}
    </>
  );
}
