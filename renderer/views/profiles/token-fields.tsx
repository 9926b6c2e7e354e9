import type { ProfileView } from '../../../shared/domain/profile';
import type { FieldIssues } from '../../../shared/errors/field-issue';
import { FormField } from '../../components/form-field';
import { useT } from '../../i18n/use-t';
import { formatUtc, localInputToIso } from '../../time/local-datetime';
import type { ProfileFormFieldsProps } from './profile-form-fields';

/**
 * The optional STS token and its expiry. The expiry is entered in the operator's own time zone
 * and stored as UTC, which is shown beside it: STS responses and consoles print expiries in UTC.
 * On edit a stored token is never shown; it can be kept, replaced or removed.
 */
export function TokenFields({
  values,
  issues,
  profile,
  onChange,
}: Pick<ProfileFormFieldsProps, 'values' | 'onChange'> & { issues: FieldIssues; profile: ProfileView | null }) {
  const t = useT();
  const stored = profile?.securityToken != null;
  const utc = formatUtc(localInputToIso(values.securityTokenExpiresLocal, values.zone));
  return (
    <>
      <FormField
        label={t('profileForm.securityToken')}
        issue={issues.securityToken}
        hint={stored ? t('profileForm.securityTokenKeepHint') : t('profileForm.securityTokenHint')}
        control={(props) => (
          <input
            {...props}
            type="password"
            className="input input--mono"
            autoComplete="off"
            spellCheck={false}
            value={values.securityToken}
            disabled={values.removeSecurityToken}
            onChange={(event) => onChange('securityToken', event.target.value)}
          />
        )}
      />
      <FormField
        label={t('profileForm.securityTokenExpiresAt')}
        issue={issues.securityTokenExpiresAt}
        hint={t('profileForm.expiryHint', { zone: values.zone })}
        control={(props) => (
          <span className="expiry">
            <input
              {...props}
              type="datetime-local"
              className="input"
              value={values.securityTokenExpiresLocal}
              disabled={values.removeSecurityToken}
              onChange={(event) => onChange('securityTokenExpiresLocal', event.target.value)}
            />
            {utc && <output className="expiry__utc">{t('profileForm.expiryUtc', { time: utc })}</output>}
          </span>
        )}
      />
      {stored && (
        <label className="check form-grid__wide">
          <input
            type="checkbox"
            checked={values.removeSecurityToken}
            onChange={(event) => onChange('removeSecurityToken', event.target.checked)}
          />
          <span>{t('profileForm.removeSecurityToken')}</span>
        </label>
      )}
    </>
  );
}
