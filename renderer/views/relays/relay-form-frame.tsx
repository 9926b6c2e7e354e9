import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { IpcResult } from '../../../shared/contract/result';
import type { AppError } from '../../../shared/errors/app-error';
import { FormDialog } from '../../components/form-dialog';
import type { FormIssues } from './relay-form-issues';

// The one frame of the relay screen's form dialogs: checked as typed, nothing sent while a problem
// remains, and closed only once main found the change in a re-read.

/** What a relay dialog puts in the frame. */
export interface RelayFormFrameProps {
  title: string;
  lead: string;
  submitLabel: string;
  pendingText: string;
  issues: FormIssues;
  /** Whether the form as it stands may be sent. */
  valid: boolean;
  send(): Promise<IpcResult<unknown>>;
  /** The form's fields; `locked` while the request is in flight. */
  fields(locked: boolean): ReactNode;
  onClose(): void;
  /** The dialog's own class, for a wider layout. */
  className?: string;
}

/**
 * The frame of a relay dialog (a group, its tags, a task): on send with problems, every problem
 * shows and the first one takes focus, and nothing goes to main; otherwise the request goes, the fields lock until main
 * answers, and a refusal (a name that exists, a field main found wrong) is shown here with the
 * form kept as typed, so the operator can change it and send again.
 */
export function RelayFormFrame({ title, lead, submitLabel, pendingText, issues, valid, send, fields, onClose, className }: RelayFormFrameProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [refused, setRefused] = useState(0);

  useEffect(() => {
    if (refused > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    issues.attempt();
    if (!valid) {
      setRefused((count) => count + 1);
      return;
    }
    setSending(true);
    setFailure(null);
    const result = await send();
    if (result.ok) {
      onClose();
      return;
    }
    setSending(false);
    setFailure(result.error);
    issues.refusedBy(result.error);
  };

  return (
    <FormDialog
      title={title}
      lead={lead}
      submitLabel={submitLabel}
      pendingText={pendingText}
      sending={sending}
      failure={failure}
      onDismissFailure={() => setFailure(null)}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
      bodyClassName="relay-form"
      formRef={formRef}
      {...(className ? { className } : {})}
    >
      {fields(sending)}
    </FormDialog>
  );
}
