import { useEffect, useRef, useState } from 'react';
import type { RelayGroup, RelayTask } from '../../../shared/domain/relays';
import { ErrorAlert } from '../../components/error-alert';
import { GatedButton, ListingStatus, RefreshButton, useListingGate, type Listing, type ListingWords } from '../../components/listing-status';
import { useT } from '../../i18n/use-t';
import { useProfilesState, useRelaysState } from '../../state/stores-context';
import { DeleteGroupDialog } from './delete-group-dialog';
import { CreateGroupDialog, EditTagsDialog } from './relay-group-dialogs';
import { RelayGroupsTable, type GroupAction } from './relay-groups-table';
import { RelayTaskDialog } from './relay-task-dialog';
import { TaskConfirmation, type TaskChange } from './relay-task-confirmation';
import { RelayTasksPanel, type TaskAction } from './relay-tasks-panel';
import './relays.css';

// The relay groups view: header with the list's age and actions, the offline notice, the groups,
// the selected group's tasks, and the dialog or confirmation of the action chosen.

/** What the relay screen calls its list in the listing status. */
const listingWords: ListingWords = { listing: 'relays.listing', never: 'relays.stale.never' };

/** The dialog or confirmation open over the view, if any. */
type Opened =
  | { action: 'createGroup' }
  | { action: 'editTags' | 'deleteGroup'; group: RelayGroup }
  | { action: 'createTask'; group: RelayGroup }
  | { action: 'editTask'; group: RelayGroup; task: RelayTask }
  | { action: TaskChange; task: RelayTask };

/**
 * Pull-to-push relay groups of the active Volcengine profile: every group the cloud lists, with
 * its project, tags and tasks counted by status, and the selected group's tasks, listed again as
 * it opens. If the last listing failed, the last confirmed list stays with its age and why, and
 * nothing can be changed until the cloud answers — the failover board's offline rule. Stop,
 * continue and delete are confirmed first, deleting a group also asks for its name, and every
 * change shows only once main re-read it from the cloud.
 */
export function RelaysView() {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = useRelaysState((state) => state.view);
  const refreshing = useRelaysState((state) => state.refreshing);
  const error = useRelaysState((state) => state.error);
  const open = useRelaysState((state) => state.open);
  const refresh = useRelaysState((state) => state.refresh);
  const listGroup = useRelaysState((state) => state.listGroup);
  const dismissError = useRelaysState((state) => state.dismissError);
  const activeProfile = useProfilesState((state) => state.confirmed?.active.volcengine);
  const [selectedName, setSelectedName] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);

  // Opening the screen, or another active profile: that profile's groups, listed if they never were.
  useEffect(() => {
    if (activeProfile !== undefined) void open(activeProfile);
  }, [activeProfile, open]);

  const groups = view?.groups ?? [];
  const selected = groups.find((group) => group.name === selectedName) ?? null;
  const listing: Listing = { loaded: view !== null, listedAt: view?.listedAt ?? null, readError: view?.readError ?? null, refreshing };
  const gate = useListingGate(listing);
  const { disabledBy, busy } = gate;

  const select = (group: RelayGroup) => {
    setSelectedName(group.name);
    void listGroup(group.name);
  };
  const onGroupAction = (action: GroupAction, group: RelayGroup) => {
    if (action === 'open') select(group);
    else setOpened({ action, group });
  };
  const onTaskAction = (action: TaskAction, task: RelayTask) => {
    if (!selected) return;
    if (action === 'edit') setOpened({ action: 'editTask', group: selected, task });
    else setOpened({ action, task });
  };

  const close = () => setOpened(null);

  return (
    <section className="view relays" aria-busy={busy}>
      <div className="view__header">
        <h1 ref={headingRef} className="view__title" tabIndex={-1}>
          {t('view.relays')}
        </h1>
        <div className="view__actions">
          <RefreshButton refreshing={refreshing} onRefresh={() => void refresh()} />
          <GatedButton gate={gate} primary onPress={() => setOpened({ action: 'createGroup' })}>
            {t('relays.newGroup')}
          </GatedButton>
        </div>
      </div>
      <p className="view__lead">{t('view.relays.summary')}</p>
      <ListingStatus listing={listing} gate={gate} words={listingWords} />
      <ErrorAlert error={error} onDismiss={dismissError} />
      <RelayGroupsTable groups={groups} tasks={view?.tasks ?? []} selected={selected?.name ?? null} disabledBy={disabledBy} onAction={onGroupAction} />
      {view?.listedAt && groups.length === 0 && <p className="muted">{t('relays.empty')}</p>}
      {selected ? (
        <RelayTasksPanel
          group={selected}
          disabledBy={disabledBy}
          onCreate={() => setOpened({ action: 'createTask', group: selected })}
          onAction={onTaskAction}
        />
      ) : (
        groups.length > 0 && <p className="relays__hint muted">{t('relays.chooseGroup')}</p>
      )}
      {opened?.action === 'createGroup' && <CreateGroupDialog onClose={close} />}
      {opened?.action === 'editTags' && <EditTagsDialog group={opened.group} onClose={close} />}
      {opened?.action === 'deleteGroup' && (
        <DeleteGroupDialog group={opened.group} fallbackFocus={headingRef} onShowTasks={() => select(opened.group)} onClose={close} />
      )}
      {opened?.action === 'createTask' && <RelayTaskDialog group={opened.group} task={null} onClose={close} />}
      {opened?.action === 'editTask' && <RelayTaskDialog group={opened.group} task={opened.task} onClose={close} />}
      {(opened?.action === 'stop' || opened?.action === 'continue' || opened?.action === 'delete') && (
        <TaskConfirmation change={opened.action} task={opened.task} fallbackFocus={headingRef} onClose={close} />
      )}
    </section>
  );
}
