import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Studio } from '../../../shared/domain/studios';
import { errorMessage } from '../../../shared/i18n/translate';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { useLocale, useT } from '../../i18n/use-t';
import { useProfilesState, useStudiosState } from '../../state/stores-context';
import { useNow } from '../profiles/use-now';
import { BulkCopyPanel } from './bulk-copy-panel';
import { CopyStudioDialog, CreateStudioDialog } from './creation-dialogs';
import { defaultSort, filterStudios, isFiltered, noFilters, sortStudios, tagChoices, toggleSort, type StudioFilters, type StudioSort } from './studio-filter';
import { ConfigureStudioDialog, DeleteStudioDialog } from './studio-change-dialogs';
import { ageSeconds, localTime } from './studio-labels';
import { StudioFiltersBar, StudiosTable, type RowAction } from './studios-table';
import './studios.css';

// The Studios view: header with the list's age and actions, the offline notice, the bulk copy
// panel, the filters and the list, and the dialog or confirmation of the action chosen.

/** How often the list's age is worked out again: it is shown to the minute. */
const ageRefreshMs = 5000;

/** The dialog or confirmation open over the list, if any. */
type Opened = { action: RowAction; studio: Studio } | { action: 'create' };

/**
 * Production studios of the active Alibaba profile: every studio the cloud lists (all pages),
 * filtered and sorted in the page, with the list's age. If the last listing failed, the last
 * confirmed list stays with its age and why, and nothing can be changed until the cloud answers —
 * the failover board's offline rule. Start and stop are confirmed first (arm, then take: the
 * confirmation is the take), delete also asks for the studio's name, and every change shows only
 * once main re-read it from the cloud.
 */
export function StudiosView() {
  const t = useT();
  const locale = useLocale();
  const now = useNow(ageRefreshMs);
  const staleId = useId();
  const ageId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = useStudiosState((state) => state.view);
  const refreshing = useStudiosState((state) => state.refreshing);
  const pending = useStudiosState((state) => state.pending);
  const error = useStudiosState((state) => state.error);
  const open = useStudiosState((state) => state.open);
  const refresh = useStudiosState((state) => state.refresh);
  const startStudio = useStudiosState((state) => state.startStudio);
  const stopStudio = useStudiosState((state) => state.stopStudio);
  const dismissError = useStudiosState((state) => state.dismissError);
  const activeProfile = useProfilesState((state) => state.confirmed?.active.aliyun);
  const [filters, setFilters] = useState<StudioFilters>(noFilters);
  const [sort, setSort] = useState<StudioSort>(defaultSort);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [bulk, setBulk] = useState(false);

  // Opening the screen, or another active profile: that profile's list, listed if it never was.
  useEffect(() => {
    if (activeProfile !== undefined) void open(activeProfile);
  }, [activeProfile, open]);

  const studios = useMemo(() => view?.studios ?? [], [view]);
  // Sorted once per list or order; each keystroke only filters the sorted list, which keeps its order.
  const sorted = useMemo(() => sortStudios(studios, sort), [studios, sort]);
  const rows = useMemo(() => filterStudios(sorted, filters), [sorted, filters]);
  const tags = useMemo(() => tagChoices(studios), [studios]);
  const age = ageSeconds(view?.listedAt ?? null, now);
  const stale = view?.readError ?? null;
  // Changes are off while the list is not confirmed; the text that says why describes each control.
  const disabledBy = stale !== null ? staleId : view === null ? ageId : null;
  // Busy until the first listing settled, so nothing reads a half-loaded screen as the list.
  const busy = refreshing || view === null || (view.listedAt === null && view.readError === null);

  const ageText = () => {
    if (age === null || !view?.listedAt) return refreshing ? t('studios.listing') : t('studios.notListed');
    const time = localTime(view.listedAt);
    return age < 60 ? t('studios.listedJustNow', { time }) : t('studios.listedMinutes', { time, minutes: Math.floor(age / 60) });
  };

  return (
    <section className="view view--full studios" aria-busy={busy}>
      <div className="view__header">
        <h1 ref={headingRef} className="view__title" tabIndex={-1}>
          {t('view.studios')}
        </h1>
        <div className="view__actions">
          <button type="button" className="button" aria-disabled={refreshing || undefined} onClick={() => void refresh()}>
            {refreshing ? t('studios.refreshing') : t('studios.refresh')}
          </button>
          <button type="button" className="button" aria-expanded={bulk} onClick={() => setBulk(!bulk)}>
            {t('studios.bulkCopy')}
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={disabledBy !== null || undefined}
            aria-describedby={disabledBy ?? undefined}
            onClick={() => disabledBy === null && setOpened({ action: 'create' })}
          >
            {t('studios.newStudio')}
          </button>
        </div>
      </div>
      <p className="view__lead">{t('view.studios.summary')}</p>
      <p id={ageId} className="studios__age">
        {ageText()}
      </p>
      {stale && (
        <div id={staleId} className="studios__stale" role="status">
          <p>{age === null ? t('studios.stale.never') : t('studios.stale')}</p>
          <p>{errorMessage(locale, stale)}</p>
        </div>
      )}
      <ErrorAlert error={error} onDismiss={dismissError} />
      {bulk && <BulkCopyPanel studios={studios} disabledBy={disabledBy} onClose={() => setBulk(false)} />}
      <StudioFiltersBar filters={filters} tags={tags} shown={rows.length} total={studios.length} onChange={setFilters} />
      <StudiosTable
        studios={rows}
        sort={sort}
        onSort={(key) => setSort(toggleSort(sort, key))}
        pending={pending}
        disabledBy={disabledBy}
        onAction={(action, studio) => setOpened({ action, studio })}
      />
      {view?.listedAt && rows.length === 0 && <p className="muted">{isFiltered(filters) ? t('studios.noMatch') : t('studios.empty')}</p>}
      {opened?.action === 'create' && <CreateStudioDialog onClose={() => setOpened(null)} />}
      {opened?.action === 'copy' && <CopyStudioDialog source={opened.studio} onClose={() => setOpened(null)} />}
      {opened?.action === 'configure' && <ConfigureStudioDialog studio={opened.studio} onClose={() => setOpened(null)} />}
      {opened?.action === 'delete' && <DeleteStudioDialog studio={opened.studio} fallbackFocus={headingRef} onClose={() => setOpened(null)} />}
      {(opened?.action === 'start' || opened?.action === 'stop') && (
        <ConfirmDialog
          title={t(opened.action === 'start' ? 'studios.start.title' : 'studios.stop.title', { name: opened.studio.name })}
          body={t(opened.action === 'start' ? 'studios.start.body' : 'studios.stop.body')}
          confirmLabel={t(opened.action === 'start' ? 'studios.start.confirm' : 'studios.stop.confirm')}
          cancelLabel={t('dialog.cancel')}
          onConfirm={() => (opened.action === 'start' ? startStudio(opened.studio.id) : stopStudio(opened.studio.id))}
          onClose={() => setOpened(null)}
        />
      )}
    </section>
  );
}
