import { useEffect, useState, type RefObject } from 'react';
import type { IpcResult } from '../../../shared/contract/result';
import type { RelayGroup, RelayTask } from '../../../shared/domain/relays';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorText } from '../../components/error-text';
import { NoticeDialog } from '../../components/notice-dialog';
import { useT } from '../../i18n/use-t';
import { useRelaysState } from '../../state/stores-context';

/** What the delete dialog does while open. */
export interface DeleteGroupDialogProps {
  group: RelayGroup;
  /** Where focus goes once the group is gone (the row's button with it). */
  fallbackFocus: RefObject<HTMLElement | null>;
  /** Shows the group's tasks, for a delete refused because it has some. */
  onShowTasks(): void;
  onClose(): void;
}

/**
 * Deleting a group: its tasks are listed first. While it has any, the delete is refused here —
 * saying how many and offering to show them — since the cloud deletes no group that still holds
 * tasks; otherwise the confirmation opens on Cancel and Delete waits until the group's name is
 * typed exactly, which main checks again (and refuses, with the count, if a task appeared since).
 */
export function DeleteGroupDialog({ group, fallbackFocus, onShowTasks, onClose }: DeleteGroupDialogProps) {
  const t = useT();
  const listGroup = useRelaysState((state) => state.listGroup);
  const deleteGroup = useRelaysState((state) => state.deleteGroup);
  const [listed, setListed] = useState<IpcResult<RelayTask[]> | null>(null);
  const title = t('relays.deleteGroup.title', { name: group.name });

  useEffect(() => {
    let current = true;
    void listGroup(group.name).then((result) => current && setListed(result));
    return () => {
      current = false;
    };
  }, [listGroup, group.name]);

  if (listed === null) {
    return (
      <NoticeDialog title={title} onClose={onClose}>
        <p className="modal__lead" role="status">
          {t('relays.deleteGroup.checking')}
        </p>
      </NoticeDialog>
    );
  }
  if (!listed.ok) {
    return (
      <NoticeDialog title={title} onClose={onClose}>
        <p className="modal__lead">{t('relays.deleteGroup.uncheckable')}</p>
        <ErrorText error={listed.error} block="error-alert" />
      </NoticeDialog>
    );
  }
  if (listed.value.length > 0) {
    const showTasks = () => {
      onShowTasks();
      onClose();
    };
    return (
      <NoticeDialog
        title={title}
        onClose={onClose}
        actions={
          <button type="button" className="button" onClick={showTasks}>
            {t('relays.deleteGroup.showTasks')}
          </button>
        }
      >
        <p className="modal__lead">{t('relays.deleteGroup.hasTasks', { name: group.name, count: listed.value.length })}</p>
      </NoticeDialog>
    );
  }
  return (
    <ConfirmDialog
      title={title}
      body={t('relays.deleteGroup.body', { name: group.name })}
      confirmLabel={t('relays.deleteGroup.confirm')}
      cancelLabel={t('dialog.cancel')}
      typed={{ label: t('relays.deleteGroup.typeName', { name: group.name }), expected: group.name }}
      onConfirm={(typed) => deleteGroup(group.name, typed)}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
