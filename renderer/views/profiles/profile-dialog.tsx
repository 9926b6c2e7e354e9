import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProfileView } from '../../../shared/domain/profile';
import type { FieldIssues } from '../../../shared/errors/field-issue';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../i18n/use-t';
import { useProfilesState, useStores } from '../../state/stores-context';
import { useDeskZone } from '../../time/desk-zone';
import {
  emptyProfileForm,
  formIssues,
  formToChanges,
  formToDraft,
  profileFormFor,
  secretFields,
  shownIssues,
  type ProfileFormValues,
} from './profile-form-model';
import { ProfileFormFields } from './profile-form-fields';
import { profileDisplayName } from './profile-labels';

/** The first control of the form marked invalid, to take focus after a refused save. */
function firstInvalid(form: HTMLFormElement | null): HTMLElement | null {
  return form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
}

/**
 * Creates a profile (`profile` null) or edits one. Problems show per field as the operator types,
 * by the rules main applies again; nothing is sent while any remain. The AccessKey secret and STS
 * token exist only in this component's state: they are wiped as soon as the request resolves,
 * whatever its outcome, and vanish with the dialog.
 */
export function ProfileDialog({ profile, onClose }: { profile: ProfileView | null; onClose(): void }) {
  const t = useT();
  const zone = useDeskZone();
  const { profiles: store } = useStores();
  const action = profile ? 'update' : 'create';
  const confirmed = useProfilesState((state) => state.confirmed);
  const pending = useProfilesState((state) => (profile ? state.pending.update === profile.id : state.pending.create));
  const error = useProfilesState((state) => state.errors[action] ?? null);
  const dismissError = useProfilesState((state) => state.dismissError);
  const [values, setValues] = useState<ProfileFormValues>(() => (profile ? profileFormFor(profile, zone) : emptyProfileForm('aliyun', zone)));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [fromMain, setFromMain] = useState<FieldIssues>({});
  const [secretCleared, setSecretCleared] = useState(false);
  const [focusInvalid, setFocusInvalid] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();

  useEffect(() => {
    dismissError(action);
  }, [dismissError, action]);
  useEffect(() => {
    if (focusInvalid > 0) firstInvalid(formRef.current)?.focus();
  }, [focusInvalid]);

  const takenNames = (confirmed?.profiles ?? []).filter((other) => other.id !== profile?.id).map((other) => other.name);
  const issues = formIssues(values, profile, takenNames);
  const shown = shownIssues(issues, fromMain, touched, attempted);

  const change = <K extends keyof ProfileFormValues>(field: K, value: ProfileFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    const name = field === 'securityTokenExpiresLocal' ? 'securityTokenExpiresAt' : field;
    setTouched((current) => new Set(current).add(name));
    setFromMain((current) => Object.fromEntries(Object.entries(current).filter(([path]) => path.split('.').at(-1) !== name)));
    if (field === 'accessKeySecret') setSecretCleared(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setAttempted(true);
    if (Object.keys(issues).length > 0) {
      setFocusInvalid((count) => count + 1);
      return;
    }
    const hadSecret = values.accessKeySecret !== '';
    const ok = profile
      ? await store.getState().update(profile.id, formToChanges(values, profile))
      : await store.getState().create(formToDraft(values));
    if (ok) {
      onClose();
      return;
    }
    // The request resolved: its secrets are not kept, not even to retry with.
    setValues((current) => ({ ...current, ...Object.fromEntries(secretFields.map((field) => [field, ''])) }));
    setSecretCleared(hadSecret);
    setFromMain(store.getState().errors[action]?.fields ?? {});
    setFocusInvalid((count) => count + 1);
  };

  const title = profile ? t('profileForm.editTitle', { name: profileDisplayName(profile, t) }) : t('profileForm.createTitle');
  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose}>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} aria-busy={pending}>
        <header className="modal__header">
          <h2 id={titleId} className="modal__title">
            {title}
          </h2>
        </header>
        <div className="modal__body">
          <ErrorAlert error={error} onDismiss={() => dismissError(action)} />
          <ProfileFormFields
            values={values}
            issues={shown}
            profile={profile}
            secretCleared={secretCleared}
            onChange={change}
          />
        </div>
        <footer className="modal__footer">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={pending}>
            {pending ? t('profileForm.saving') : profile ? t('profileForm.save') : t('profileForm.create')}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
