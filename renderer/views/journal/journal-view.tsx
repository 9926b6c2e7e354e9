import { useCallback, useEffect, useState } from 'react';
import type { JournalFilter } from '../../../shared/domain/journal-query';
import { ErrorAlert } from '../../components/error-alert';
import { savedWords, type SavedMessages } from '../../downloads/saved-words';
import { useT } from '../../i18n/use-t';
import { lineAt } from '../../state/journal-window';
import { useJournalState, useStores } from '../../state/stores-context';
import { isFiltered, JournalFilters } from './journal-filters';
import { JournalTable } from './journal-table';
import './journal.css';

// The Journal view: who did what, when — the filter bar, the export buttons with where the last
// export went, and the windowed table of matching lines, newest first and live.

/** How the journal words where an export went. */
export const exportMessages: SavedMessages = {
  saved: 'journal.export.saved',
  offered: 'journal.export.offered',
  cancelled: 'journal.export.cancelled',
};

/**
 * Copies text to the clipboard; answers whether it worked. A page without clipboard access (the
 * harness, a denied permission) answers false instead of throwing, and the screen says so.
 */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | null = navigator.clipboard ?? null): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The activity journal: every mutating call, switch and observed change of this desk (app and
 * `lcr`), filtered by main and read a window at a time. New entries appear at the top as main
 * sees them written; a damaged line is listed where it is, with its file and line number.
 */
export function JournalView() {
  const t = useT();
  const stores = useStores();
  const filter = useJournalState((state) => state.filter);
  const total = useJournalState((state) => state.total);
  const pages = useJournalState((state) => state.pages);
  const status = useJournalState((state) => state.status);
  const facets = useJournalState((state) => state.facets);
  const exporting = useJournalState((state) => state.exporting);
  const saved = useJournalState((state) => state.saved);
  const error = useJournalState((state) => state.error);
  const [copied, setCopied] = useState('');

  const { setFilter, ensure, save, dismissError, open } = stores.journal.getState();
  const onChange = useCallback((next: JournalFilter) => setFilter(next), [setFilter]);

  // Opening the screen reads the window at the top again (entries may have come while it was
  // closed); the first opening is the journal's first read, shown as loading until it is in.
  useEffect(() => {
    void open();
  }, [open]);

  const onCopy = async (requestId: string) => {
    const done = await copyText(requestId);
    setCopied(t(done ? 'journal.screen.copied' : 'journal.screen.copyFailed', { id: requestId }));
  };

  return (
    <section className="view view--full journal" aria-busy={status === 'loading' && total === null}>
      <div className="view__header">
        <h1 className="view__title" tabIndex={-1}>
          {t('view.journal')}
        </h1>
        <div className="view__actions">
          <button type="button" className="button" aria-disabled={exporting !== null || undefined} onClick={() => void save('csv')}>
            {exporting === 'csv' ? t('journal.export.busy') : t('journal.export.csv')}
          </button>
          <button type="button" className="button" aria-disabled={exporting !== null || undefined} onClick={() => void save('json')}>
            {exporting === 'json' ? t('journal.export.busy') : t('journal.export.json')}
          </button>
        </div>
      </div>
      <p className="view__lead">{t('view.journal.summary')}</p>
      <ErrorAlert error={error} onDismiss={dismissError} />
      <p className="journal__export-state" role="status">
        {saved && savedWords(t, saved, exportMessages)}
      </p>
      <JournalFilters filter={filter} facets={facets} onChange={onChange} />
      <div className="journal__summary">
        <p className="journal__count">{total === null ? t('journal.screen.loading') : t('journal.screen.count', { total })}</p>
        <p className="muted">{t('journal.screen.newestFirst')}</p>
      </div>
      <JournalTable total={total ?? 0} lineAt={(index) => lineAt(pages, index)} ensure={ensure} onCopy={(requestId) => void onCopy(requestId)} />
      {total === 0 && <p className="muted">{isFiltered(filter) ? t('journal.screen.noMatch') : t('journal.screen.empty')}</p>}
      <p className="journal__copied" role="status">
        {copied}
      </p>
    </section>
  );
}
