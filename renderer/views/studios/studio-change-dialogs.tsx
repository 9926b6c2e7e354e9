import { useEffect, useId, useState, type FormEvent, type RefObject } from 'react';
import { StudioConfig, type Studio } from '../../../shared/domain/studios';
import type { AppError } from '../../../shared/errors/app-error';
import type { FieldIssue } from '../../../shared/errors/field-issue';
import type { MessageKey } from '../../../shared/i18n/en';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { FormField } from '../../components/form-field';
import { ModalDialog } from '../../components/modal-dialog';
import { NoticeDialog } from '../../components/notice-dialog';
import { useT } from '../../i18n/use-t';
import { useStudiosState } from '../../state/stores-context';
import { studioNameIssue } from './creation-dialogs';

// The dialogs that change a studio that exists: its name and output domain, and deleting it.

/** An output domain's problem, by the rule SetCasterConfig is checked with; empty is fine (it clears it). */
export function domainIssue(domain: string): FieldIssue | undefined {
  const value = domain.trim();
  return value === '' || StudioConfig.shape.domainName.safeParse(value).success ? undefined : { code: 'invalid', params: {} };
}

/** The two settings the dialog edits, as loaded and as the operator changed them. */
interface Settings {
  name: string;
  domain: string;
}

/**
 * A studio's name and output domain. It reads the studio's whole configuration first and main
 * writes every other setting back exactly as read (SetCasterConfig replaces the configuration), so
 * changing the domain never clears the transcoding, recording or delay. Saved means re-read.
 */
export function ConfigureStudioDialog({ studio, onClose }: { studio: Studio; onClose(): void }) {
  const t = useT();
  const titleId = useId();
  const readConfig = useStudiosState((state) => state.readConfig);
  const configure = useStudiosState((state) => state.configure);
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const [values, setValues] = useState<Settings>({ name: studio.name, domain: '' });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    void readConfig(studio.id).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setFailure(result.error);
        return;
      }
      const read = { name: result.value.name ?? studio.name, domain: result.value.domainName ?? '' };
      setLoaded(read);
      setValues(read);
    });
    return () => {
      current = false;
    };
  }, [readConfig, studio.id, studio.name]);

  const nameIssue = studioNameIssue(values.name);
  const domainProblem = domainIssue(values.domain);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!loaded || saving || nameIssue || domainProblem) return;
    setSaving(true);
    setFailure(null);
    const name = values.name.trim();
    const domainName = values.domain.trim();
    const result = await configure({
      studioId: studio.id,
      ...(name === loaded.name ? {} : { name }),
      ...(domainName === loaded.domain ? {} : { domainName }),
    });
    setSaving(false);
    if (result.ok) onClose();
    else setFailure(result.error);
  };

  const locked = loaded === null || saving;
  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={locked}>
        <header className="modal__header">
          <h2 id={titleId} className="modal__title">
            {t('studios.configure.title', { name: studio.name })}
          </h2>
        </header>
        <div className="modal__body studio-form">
          {loaded === null && failure === null && (
            <p className="muted" role="status">
              {t('studios.configure.loading')}
            </p>
          )}
          <FormField
            label={t('studios.field.name')}
            issue={nameIssue}
            control={(props) => (
              <input {...props} className="input" autoComplete="off" readOnly={locked} value={values.name} onChange={(event) => setValues({ ...values, name: event.target.value })} />
            )}
          />
          <FormField
            label={t('studios.field.domain')}
            hint={t('studios.field.domainHint')}
            issue={domainProblem}
            control={(props) => (
              <input
                {...props}
                className="input input--mono"
                autoComplete="off"
                spellCheck={false}
                readOnly={locked}
                value={values.domain}
                onChange={(event) => setValues({ ...values, domain: event.target.value })}
              />
            )}
          />
          <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />
        </div>
        <footer className="modal__footer">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={locked}>
            {saving ? t('studios.configure.saving') : t('studios.configure.save')}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}

/** Why a studio cannot be deleted as listed, or null when it can (main checks again before deleting). */
export function deleteRefusal(studio: Studio): MessageKey | null {
  if (studio.status === 'running') return 'studios.delete.running';
  if (studio.chargeType === 'prePaid') return 'studios.delete.prePaid';
  return null;
}

/** A delete that cannot go ahead: what to do first, and nothing to press but Close. */
function RefusedDelete({ studio, reason, onClose }: { studio: Studio; reason: MessageKey; onClose(): void }) {
  const t = useT();
  return (
    <NoticeDialog title={t('studios.delete.title', { name: studio.name })} onClose={onClose}>
      <p className="modal__lead">{t(reason, { name: studio.name })}</p>
    </NoticeDialog>
  );
}

/**
 * Deleting a studio, on the one confirmation path: a running studio is told to stop first and a
 * subscription one that it cannot be deleted, with no Delete to press; otherwise the confirmation
 * opens on Cancel and Delete waits until the studio's name is typed exactly. The list drops the
 * studio only once a listing no longer shows it.
 */
export function DeleteStudioDialog({ studio, fallbackFocus, onClose }: { studio: Studio; fallbackFocus: RefObject<HTMLElement | null>; onClose(): void }) {
  const t = useT();
  const deleteStudio = useStudiosState((state) => state.deleteStudio);
  const refusal = deleteRefusal(studio);
  if (refusal) return <RefusedDelete studio={studio} reason={refusal} onClose={onClose} />;
  return (
    <ConfirmDialog
      title={t('studios.delete.title', { name: studio.name })}
      body={t('studios.delete.body', { name: studio.name })}
      confirmLabel={t('studios.delete.confirm')}
      cancelLabel={t('dialog.cancel')}
      typed={{ label: t('studios.delete.typeName', { name: studio.name }), expected: studio.name }}
      onConfirm={(typed) => deleteStudio(studio.id, typed)}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
