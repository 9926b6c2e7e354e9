import { useId, useMemo, useState, type FormEvent } from 'react';
import type { StudioBatch } from '../../../shared/domain/studio-desk';
import type { Studio } from '../../../shared/domain/studios';
import type { AppError } from '../../../shared/errors/app-error';
import { errorMessage } from '../../../shared/i18n/translate';
import { ErrorAlert } from '../../components/error-alert';
import { ErrorText } from '../../components/error-text';
import { FormField } from '../../components/form-field';
import { useLocale, useT } from '../../i18n/use-t';
import { useStudiosState } from '../../state/stores-context';
import { newestBatch } from '../../state/studios-store';
import { batchCounts, bulkCopyIssues, bulkCopyRequest, itemLabel, itemLabelKeys, previewNames, type BulkCopyValues } from './bulk-copy-model';
import { sortStudios } from './studio-filter';
import './bulk-copy.css';

// The bulk copy panel: the form that starts a bulk copy, and the progress of the newest one with
// each copy's result, Cancel and Resume.

/** What the progress shows, and whether changes are off (the list is not confirmed). */
interface BatchProgressProps {
  batch: StudioBatch;
  /** When changes are off, the id of the text that says why: Resume waits for the cloud. */
  disabledBy: string | null;
}

/**
 * One bulk copy as main reports it: a progress bar of copies settled (made or refused) of all,
 * the batch's state in a sentence, and every copy with its state and its new studio's id or the
 * reason it failed. A batch stopped by something that would meet every copy alike (the studio
 * quota) says so once, and its unsent copies read "not sent". Cancel stops sending while it runs;
 * Resume sends the rest — each copy with its own token, so none is ever made twice.
 */
function BatchProgress({ batch, disabledBy }: BatchProgressProps) {
  const t = useT();
  const locale = useLocale();
  const countsId = useId();
  const cancelBatch = useStudiosState((state) => state.cancelBatch);
  const resumeBatch = useStudiosState((state) => state.resumeBatch);
  const { done, failed, total } = batchCounts(batch);
  const running = batch.status === 'running';
  const unsettled = total - done - failed;
  return (
    <div className="batch">
      <div className="batch__summary">
        <progress className="batch__bar" aria-label={t('studios.batch.progressLabel')} aria-describedby={countsId} max={total} value={done + failed} />
        <span id={countsId} className="batch__counts">
          {t('studios.batch.progress', { settled: done + failed, total, done, failed })}
        </span>
        {running && (
          <button type="button" className="button" onClick={() => void cancelBatch(batch.id)}>
            {t('studios.batch.cancel')}
          </button>
        )}
        {!running && unsettled > 0 && (
          <button
            type="button"
            className="button button--primary"
            aria-disabled={disabledBy !== null || undefined}
            aria-describedby={disabledBy ?? undefined}
            onClick={() => disabledBy === null && void resumeBatch(batch.id)}
          >
            {t('studios.batch.resume')}
          </button>
        )}
      </div>
      <p className="batch__state" role="status">
        {running && t('studios.batch.running', { pattern: batch.pattern })}
        {batch.status === 'finished' && t(unsettled > 0 ? 'studios.batch.finishedUnsettled' : 'studios.batch.finished', { done, failed, unsettled })}
        {batch.status === 'cancelled' && t('studios.batch.cancelled', { done, unsettled })}
      </p>
      {batch.status === 'stopped' && batch.stoppedBy && (
        <div className="batch__stopped" role="alert">
          <p className="batch__stopped-title">{t('studios.batch.stopped', { done, unsettled })}</p>
          <ErrorText error={batch.stoppedBy} block="batch-stop" />
        </div>
      )}
      <ol className="batch__items" aria-label={t('studios.batch.items')}>
        {batch.items.map((item) => {
          const label = itemLabel(item.state, batch.status);
          return (
            <li key={item.n} className={`batch__item batch__item--${label}`}>
              <span className="batch__item-name" translate="no">
                {item.name}
              </span>
              <span className="batch__item-state">{t(itemLabelKeys[label])}</span>
              {item.studioId && (
                <span className="batch__item-detail" translate="no">
                  {item.studioId}
                </span>
              )}
              {item.error && item.state !== 'done' && <span className="batch__item-detail batch__item-detail--error">{errorMessage(locale, item.error)}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** What the panel copies from, and whether changes are off. */
export interface BulkCopyPanelProps {
  studios: readonly Studio[];
  /** When changes are off, the id of the text that says why. */
  disabledBy: string | null;
  onClose(): void;
}

/**
 * Bulk copy: N copies of one studio named by a pattern (`Match {n}`, `赛事 {n}`), with the names
 * previewed as they are typed, then the progress of the newest bulk copy. Main makes every copy's
 * token before sending any and paces the copies within the cloud's rate limit; this panel only
 * asks and shows. One bulk copy runs at a time from here.
 */
export function BulkCopyPanel({ studios, disabledBy, onClose }: BulkCopyPanelProps) {
  const t = useT();
  const titleId = useId();
  const batch = useStudiosState((state) => newestBatch(state.batches, state.view?.profileId));
  const startBatch = useStudiosState((state) => state.startBatch);
  const [values, setValues] = useState<BulkCopyValues>(() => ({ sourceStudioId: '', pattern: t('studios.batch.defaultPattern'), count: '10', firstNumber: '1' }));
  const [attempted, setAttempted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<keyof BulkCopyValues>>(new Set());
  const [failure, setFailure] = useState<AppError | null>(null);
  const [sending, setSending] = useState(false);
  const sources = useMemo(() => sortStudios(studios, { key: 'name', direction: 'ascending' }), [studios]);
  const issues = bulkCopyIssues(values);
  const shownIssue = (field: keyof BulkCopyValues) => (attempted || touched.has(field) ? issues[field] : undefined);
  const preview = previewNames(values);
  const running = batch?.status === 'running';
  const off = disabledBy !== null || running || sending;

  const change = (field: keyof BulkCopyValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (off || Object.keys(issues).length > 0) return;
    setSending(true);
    setFailure(null);
    const result = await startBatch(bulkCopyRequest(values));
    setSending(false);
    if (!result.ok) setFailure(result.error);
  };

  return (
    <section className="bulk-copy" aria-labelledby={titleId}>
      <header className="bulk-copy__header">
        <h2 id={titleId} className="bulk-copy__title">
          {t('studios.batch.title')}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </header>
      <form className="bulk-copy__form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField
          className="bulk-copy__source"
          label={t('studios.batch.source')}
          issue={shownIssue('sourceStudioId')}
          control={(props) => (
            <select {...props} className="input" value={values.sourceStudioId} onChange={(event) => change('sourceStudioId', event.target.value)}>
              <option value="">{t('studios.batch.chooseSource')}</option>
              {sources.map((studio) => (
                <option key={studio.id} value={studio.id} translate="no">
                  {studio.name}
                </option>
              ))}
            </select>
          )}
        />
        <FormField
          label={t('studios.batch.pattern')}
          hint={t('studios.batch.patternHint')}
          issue={shownIssue('pattern')}
          control={(props) => <input {...props} className="input" autoComplete="off" value={values.pattern} onChange={(event) => change('pattern', event.target.value)} />}
        />
        <FormField
          label={t('studios.batch.count')}
          issue={shownIssue('count')}
          control={(props) => <input {...props} className="input" inputMode="numeric" autoComplete="off" value={values.count} onChange={(event) => change('count', event.target.value)} />}
        />
        <FormField
          label={t('studios.batch.firstNumber')}
          issue={shownIssue('firstNumber')}
          control={(props) => <input {...props} className="input" inputMode="numeric" autoComplete="off" value={values.firstNumber} onChange={(event) => change('firstNumber', event.target.value)} />}
        />
        <p className="bulk-copy__preview" aria-live="polite">
          {t('studios.batch.preview')}{' '}
          <span translate="no">
            {preview.first.join(', ')}
            {preview.last !== null && ` … ${preview.last}`}
          </span>
        </p>
        <button type="submit" className="button button--primary" aria-disabled={off || undefined} aria-describedby={disabledBy ?? undefined}>
          {sending ? t('studios.batch.starting') : t('studios.batch.start')}
        </button>
      </form>
      <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />
      {batch && <BatchProgress batch={batch} disabledBy={disabledBy} />}
    </section>
  );
}
