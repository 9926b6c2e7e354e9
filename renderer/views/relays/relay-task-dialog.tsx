import { useState } from 'react';
import type { RelayGroup, RelayTask } from '../../../shared/domain/relays';
import { FormField } from '../../components/form-field';
import { useT } from '../../i18n/use-t';
import { useRelaysState } from '../../state/stores-context';
import { useDeskZone } from '../../time/desk-zone';
import { useFormIssues } from './relay-form-issues';
import { RelayFormFrame } from './relay-form-frame';
import { createTaskRequestOf, newTaskForm, taskFormIssues, taskFormOf, updateTaskRequestOf, type TaskForm } from './relay-task-form';
import { TaskSourceFields } from './relay-task-source-fields';
import { TaskTargetFields } from './relay-task-target-fields';

/** What the task dialog is for: a new task in `group` (`task` null), or editing `task`. */
export interface RelayTaskDialogProps {
  group: RelayGroup;
  task: RelayTask | null;
  onClose(): void;
}

/**
 * Creates a task in a group, or edits one: source, destination, window and callback, each
 * checked as typed by the rules main applies again, nothing sent while a problem remains. The
 * task always carries its group's name, which Volcengine sub-accounts must send. The dialog
 * closes once main found the task, as sent, in a re-read; a refusal stays here with the form.
 */
export function RelayTaskDialog({ group, task, onClose }: RelayTaskDialogProps) {
  const t = useT();
  const zone = useDeskZone();
  const createTask = useRelaysState((state) => state.createTask);
  const updateTask = useRelaysState((state) => state.updateTask);
  const [form, setForm] = useState<TaskForm>(() => (task ? taskFormOf(task, zone) : newTaskForm(new Date(), zone)));
  const local = taskFormIssues(form);
  const issues = useFormIssues(local);
  const change = (next: Partial<TaskForm>, fields: string[]) => {
    setForm((current) => ({ ...current, ...next }));
    issues.edited(fields);
  };
  return (
    <RelayFormFrame
      className="relay-task-dialog"
      title={task ? t('relays.editTask.title', { name: task.title || task.id }) : t('relays.createTask.title', { group: group.name })}
      lead={t('relays.task.groupNote', { group: group.name })}
      submitLabel={task ? t('relays.editTask.submit') : t('relays.createTask.submit')}
      pendingText={t('relays.task.pending')}
      issues={issues}
      valid={Object.keys(local).length === 0}
      send={() => (task ? updateTask(updateTaskRequestOf(form, group.name, task.id)) : createTask(createTaskRequestOf(form, group.name)))}
      onClose={onClose}
      fields={(locked) => {
        const fieldProps = { form, issues: issues.shown, locked, onChange: change };
        return (
          <>
            <FormField
              label={t('relays.field.title')}
              hint={t('relays.field.titleHint')}
              issue={issues.shown.title}
              control={(props) => (
                <input {...props} className="input" autoComplete="off" spellCheck={false} readOnly={locked} value={form.title} onChange={(event) => change({ title: event.target.value }, ['title'])} />
              )}
            />
            <TaskSourceFields {...fieldProps} />
            <TaskTargetFields {...fieldProps} />
          </>
        );
      }}
    />
  );
}
