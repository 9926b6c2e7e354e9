import type { ProfileView } from '../../../shared/domain/profile';
import { Provider } from '../../../shared/domain/provider';
import type { FieldIssues } from '../../../shared/errors/field-issue';
import { FormField } from '../../components/form-field';
import { useT } from '../../i18n/use-t';
import { defaultRegion, type ProfileFormValues } from './profile-form-model';
import { terms } from './profile-labels';
import { TokenFields } from './token-fields';

/** What the form's fields need from the dialog. */
export interface ProfileFormFieldsProps {
  values: ProfileFormValues;
  issues: FieldIssues;
  /** The profile being edited; null when creating. */
  profile: ProfileView | null;
  /** True when a failed save wiped the secret the operator had typed. */
  secretCleared: boolean;
  onChange<K extends keyof ProfileFormValues>(field: K, value: ProfileFormValues[K]): void;
}

const secretInput = { autoComplete: 'off', spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' } as const;

/** A field label that is a console term, kept as the console spells it in every language. */
const Term = ({ children }: { children: string }) => <span translate="no">{children}</span>;

/**
 * The profile's fields. Secrets are password inputs that are never filled from stored values: on
 * edit both the AccessKey ID and the secret start empty, and empty means "keep what is stored".
 */
export function ProfileFormFields({ values, issues, profile, secretCleared, onChange }: ProfileFormFieldsProps) {
  const t = useT();
  const editing = profile !== null;
  const aliyun = values.provider === 'aliyun';
  const secretHint = secretCleared
    ? t('profileForm.secretCleared')
    : editing
      ? t('profileForm.secretKeepHint')
      : t('profileForm.secretHint');

  return (
    <div className="form-grid">
      {!editing && (
        <FormField
          label={t('profileForm.provider')}
          control={(props) => (
            <select
              {...props}
              className="input"
              value={values.provider}
              onChange={(event) => {
                const provider = Provider.parse(event.target.value);
                onChange('provider', provider);
                onChange('region', defaultRegion(provider));
              }}
            >
              {Provider.options.map((provider) => (
                <option key={provider} value={provider}>
                  {t(`provider.${provider}`)}
                </option>
              ))}
            </select>
          )}
        />
      )}
      <FormField
        label={t('profileForm.name')}
        issue={issues.name}
        control={(props) => (
          <input {...props} className="input" value={values.name} onChange={(event) => onChange('name', event.target.value)} />
        )}
      />
      <FormField
        label={<Term>{terms.accessKeyId}</Term>}
        issue={issues.accessKeyId}
        hint={editing ? t('profileForm.accessKeyIdKeepHint') : undefined}
        control={(props) => (
          <input
            {...props}
            {...secretInput}
            className="input input--mono"
            value={values.accessKeyId}
            placeholder={profile?.accessKeyIdMasked}
            onChange={(event) => onChange('accessKeyId', event.target.value)}
          />
        )}
      />
      <FormField
        label={<Term>{terms.accessKeySecret}</Term>}
        issue={issues.accessKeySecret}
        hint={secretHint}
        control={(props) => (
          <input
            {...props}
            {...secretInput}
            type="password"
            className="input input--mono"
            value={values.accessKeySecret}
            onChange={(event) => onChange('accessKeySecret', event.target.value)}
          />
        )}
      />
      <FormField
        label={t('profileForm.region')}
        issue={issues.region}
        hint={aliyun ? t('profileForm.regionHint') : t('profileForm.regionFixedHint', { region: values.region })}
        control={(props) => (
          <input
            {...props}
            className="input input--mono"
            value={values.region}
            readOnly={!aliyun}
            placeholder={defaultRegion(values.provider)}
            onChange={(event) => onChange('region', event.target.value)}
          />
        )}
      />
      {aliyun && (
        <FormField
          label={t('profileForm.signatureVersion')}
          hint={t('profileForm.signatureHint')}
          control={(props) => (
            <select
              {...props}
              className="input"
              value={values.signatureVersion}
              onChange={(event) => onChange('signatureVersion', event.target.value === 'v1' ? 'v1' : 'v3')}
            >
              <option value="v3">{t('profileForm.signatureV3')}</option>
              <option value="v1">{t('profileForm.signatureV1')}</option>
            </select>
          )}
        />
      )}
      <FormField
        className="form-grid__wide"
        label={t('profileForm.endpoint')}
        issue={issues.endpoint}
        hint={t('profileForm.endpointHint')}
        control={(props) => (
          <input
            {...props}
            type="url"
            className="input input--mono"
            value={values.endpoint}
            spellCheck={false}
            onChange={(event) => onChange('endpoint', event.target.value)}
          />
        )}
      />
      <TokenFields values={values} issues={issues} profile={profile} onChange={onChange} />
      <FormField
        className="form-grid__wide"
        label={t('profileForm.notes')}
        issue={issues.notes}
        control={(props) => (
          <textarea {...props} className="input" value={values.notes} onChange={(event) => onChange('notes', event.target.value)} />
        )}
      />
    </div>
  );
}
