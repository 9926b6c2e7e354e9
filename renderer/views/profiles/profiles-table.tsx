import { useId } from 'react';
import type { ProfileView } from '../../../shared/domain/profile';
import type { Provider } from '../../../shared/domain/provider';
import { useT, type Translate } from '../../i18n/use-t';
import { useProfilesState } from '../../state/stores-context';
import { ProfileName, profileDisplayName, terms } from './profile-labels';
import { TokenFlag } from './token-flag';

/** What the table asks its owner to open for a row. */
export interface RowActions {
  edit(profile: ProfileView): void;
  remove(profile: ProfileView): void;
}

interface RowProps extends RowActions {
  profile: ProfileView;
  active: boolean;
  now: Date;
  readOnlyReasonId: string;
  t: Translate;
}

function EndpointCell({ endpoint, t }: { endpoint: string | null; t: Translate }) {
  if (endpoint === null) return <span className="muted">{t('profiles.defaultEndpoint')}</span>;
  return (
    <span className="endpoint">
      <span className="badge badge--warning">{t('profiles.endpointBadge')}</span>
      <span className="endpoint__url" translate="no">
        {endpoint}
      </span>
    </span>
  );
}

function ProfileRow({ profile, active, now, readOnlyReasonId, t, edit, remove }: RowProps) {
  const setActive = useProfilesState((state) => state.setActive);
  const switching = useProfilesState((state) => state.pending.setActive[profile.provider] === profile.id);
  const name = profileDisplayName(profile, t);
  // Built-in profiles keep Edit and Delete focusable but inert, so the reason can be read.
  const readOnly = profile.builtIn
    ? { 'aria-disabled': true as const, 'aria-describedby': readOnlyReasonId, title: t('profiles.builtInReadOnly') }
    : {};
  return (
    <tr className={active ? 'profile-row profile-row--active' : 'profile-row'}>
      <th scope="row" className="profile-row__name">
        <span className="profile-row__title">
          <ProfileName profile={profile} t={t} />
          {active && <span className="badge badge--active">{t('profiles.activeBadge')}</span>}
          {profile.builtIn && <span className="badge badge--rehearsal">{t('profiles.builtInBadge')}</span>}
        </span>
        {profile.notes && (
          <span className="profile-row__notes" translate="no">
            {profile.notes}
          </span>
        )}
      </th>
      <td className="nowrap">
        <code className="key-id" translate="no">
          {profile.accessKeyIdMasked}
        </code>
      </td>
      <td className="nowrap" translate="no">
        {profile.region}
      </td>
      {profile.provider === 'aliyun' && <td translate="no">{profile.signatureVersion.toUpperCase()}</td>}
      <td>
        <EndpointCell endpoint={profile.endpoint} t={t} />
      </td>
      <td>
        <TokenFlag token={profile.securityToken} now={now} />
      </td>
      <td>
        <div className="profile-row__actions">
          <button
            type="button"
            className="button"
            disabled={active || switching}
            aria-label={t('profiles.useNamed', { name })}
            onClick={() => void setActive(profile.provider, profile.id)}
          >
            {switching ? t('profiles.switching') : t('profiles.use')}
          </button>
          <button type="button" className="button" aria-label={t('profiles.editNamed', { name })} {...readOnly} onClick={() => !profile.builtIn && edit(profile)}>
            {t('profiles.edit')}
          </button>
          <button
            type="button"
            className="button button--danger-quiet"
            aria-label={t('profiles.deleteNamed', { name })}
            {...readOnly}
            onClick={() => !profile.builtIn && remove(profile)}
          >
            {t('profiles.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}

/** What the table of one provider shows. */
export interface ProfilesTableProps extends RowActions {
  provider: Provider;
  profiles: ProfileView[];
  activeId: string;
  now: Date;
}

/**
 * One cloud's profiles: which one is active, what each would sign with (masked key, region,
 * signature version, endpoint) and whether its STS token is about to run out.
 */
export function ProfilesTable({ provider, profiles, activeId, now, edit, remove }: ProfilesTableProps) {
  const t = useT();
  const headingId = useId();
  const reasonId = useId();
  return (
    <section className="profiles-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="profiles-group__heading">
        {t(`provider.${provider}`)}
      </h2>
      <p id={reasonId} hidden>
        {t('profiles.builtInReadOnly')}
      </p>
      <div className="table-scroll">
        <table className="profiles-table">
          <thead>
            <tr>
              <th scope="col">{t('profiles.col.name')}</th>
              <th scope="col" translate="no">
                {terms.accessKeyId}
              </th>
              <th scope="col">{t('profiles.col.region')}</th>
              {provider === 'aliyun' && <th scope="col">{t('profiles.col.signature')}</th>}
              <th scope="col">{t('profiles.col.endpoint')}</th>
              <th scope="col">{t('profiles.col.token')}</th>
              <th scope="col">{t('profiles.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((profile) => (
              <ProfileRow
                key={profile.id}
                profile={profile}
                active={profile.id === activeId}
                now={now}
                readOnlyReasonId={reasonId}
                t={t}
                edit={edit}
                remove={remove}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
