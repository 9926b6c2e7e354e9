import { useEffect, useMemo, useRef, useState } from 'react';
import type { Studio } from '../../../shared/domain/studios';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { GatedButton, ListingStatus, RefreshButton, useListingGate, type Listing, type ListingWords } from '../../components/listing-status';
import { useT } from '../../i18n/use-t';
import { useProfilesState, useStudiosState } from '../../state/stores-context';
import { BulkCopyPanel } from './bulk-copy-panel';
import { CopyStudioDialog, CreateStudioDialog } from './creation-dialogs';
import { defaultSort, filterStudios, isFiltered, noFilters, sortStudios, tagChoices, toggleSort, type StudioFilters, type StudioSort } from './studio-filter';
import { ConfigureStudioDialog, DeleteStudioDialog } from './studio-change-dialogs';
import { StudioFiltersBar, StudiosTable, type RowAction } from './studios-table';
import './studios.css';

// The Studios view: header with the list's age and actions, the offline notice, the bulk copy
// panel, the filters and the list, and the dialog or confirmation of the action chosen.

/** What the studios screen calls its list in the listing status. */
const listingWords: ListingWords = { listing: 'studios.listing', never: 'studios.stale.never' };

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
  const listing: Listing = { loaded: view !== null, listedAt: view?.listedAt ?? null, readError: view?.readError ?? null, refreshing };
  const gate = useListingGate(listing);
  const { disabledBy, busy } = gate;

  return (
    <section className="view view--full studios" aria-busy={busy}>
      <div className="view__header">
        <h1 ref={headingRef} className="view__title" tabIndex={-1}>
          {t('view.studios')}
        </h1>
        <div className="view__actions">
          <RefreshButton refreshing={refreshing} onRefresh={() => void refresh()} />
          <button type="button" className="button" aria-expanded={bulk} onClick={() => setBulk(!bulk)}>
            {t('studios.bulkCopy')}
          </button>
          <GatedButton gate={gate} primary onPress={() => setOpened({ action: 'create' })}>
            {t('studios.newStudio')}
          </GatedButton>
        </div>
      </div>
      <p className="view__lead">{t('view.studios.summary')}</p>
      <ListingStatus listing={listing} gate={gate} words={listingWords} />
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
