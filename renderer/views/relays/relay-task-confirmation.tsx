import type { RefObject } from 'react';
import type { RelayTask } from '../../../shared/domain/relays';
import type { MessageKey } from '../../../shared/i18n/en';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useT } from '../../i18n/use-t';
import { useRelaysState } from '../../state/stores-context';

/** The on-air or destructive changes to a task, each confirmed before it is sent. */
export type TaskChange = 'stop' | 'continue' | 'delete';

const wording: Record<TaskChange, { title: MessageKey; body: MessageKey; confirm: MessageKey }> = {
  stop: { title: 'relays.stop.title', body: 'relays.stop.body', confirm: 'relays.stop.confirm' },
  continue: { title: 'relays.continue.title', body: 'relays.continue.body', confirm: 'relays.continue.confirm' },
  delete: { title: 'relays.deleteTask.title', body: 'relays.deleteTask.body', confirm: 'relays.deleteTask.confirm' },
};

/**
 * Stopping, continuing or deleting a task, on the one confirmation path: it opens on Cancel,
 * says what the change does on air (stopping or deleting stops the relay pushing), and the row
 * shows the request pending until main answers with the task as re-read.
 */
export function TaskConfirmation({ change, task, fallbackFocus, onClose }: { change: TaskChange; task: RelayTask; fallbackFocus: RefObject<HTMLElement | null>; onClose(): void }) {
  const t = useT();
  const stopTask = useRelaysState((state) => state.stopTask);
  const continueTask = useRelaysState((state) => state.continueTask);
  const deleteTask = useRelaysState((state) => state.deleteTask);
  const words = wording[change];
  const name = task.title || task.id;
  const destination = task.destination ?? t('relays.destination.none');
  const send = { stop: stopTask, continue: continueTask, delete: deleteTask }[change];
  return (
    <ConfirmDialog
      title={t(words.title, { name })}
      body={t(words.body, { destination })}
      confirmLabel={t(words.confirm)}
      cancelLabel={t('dialog.cancel')}
      onConfirm={() => send(task)}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
