import { useState } from 'react';
import type { AppError } from '../../../shared/errors/app-error';
import type { FieldIssues } from '../../../shared/errors/field-issue';

// Which of a relay form's problems are on screen: the form checks every rule as the operator
// types, but a field says what is wrong only once it was edited (or a send was attempted), and
// main's own findings stay until the field they name is edited again.

/**
 * The problems to show: the form's own for fields the operator has touched (all of them after a
 * send was attempted), then main's (the caller drops each as its field is edited). Fields are
 * named as the shared validators name them (`name`, `tags.0.key`, `sources.1`).
 */
export function shownIssues(local: FieldIssues, touched: ReadonlySet<string>, attempted: boolean, fromMain: FieldIssues = {}): FieldIssues {
  const shown: FieldIssues = {};
  for (const [field, issue] of Object.entries(local)) if (attempted || touched.has(field)) shown[field] = issue;
  return { ...shown, ...fromMain };
}

/** Main's findings less those about `fields`, which the operator has just edited. */
export function withoutFields(fromMain: FieldIssues, fields: readonly string[]): FieldIssues {
  return Object.fromEntries(Object.entries(fromMain).filter(([field]) => !fields.includes(field)));
}

/** A form's problems as the dialog tracks them: what is shown, and the events that change it. */
export interface FormIssues {
  /** The problems on screen now, by field. */
  shown: FieldIssues;
  /** The operator edited these fields: their own problems show from now on, main's go. */
  edited(fields: readonly string[]): void;
  /** A send was attempted: every problem shows. */
  attempt(): void;
  /** Main refused the request; its field findings show until their fields are edited. */
  refusedBy(error: AppError): void;
}

/** The problem tracking of one relay form over its current problems `local`. */
export function useFormIssues(local: FieldIssues): FormIssues {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [fromMain, setFromMain] = useState<FieldIssues>({});
  return {
    shown: shownIssues(local, touched, attempted, fromMain),
    edited(fields) {
      setTouched((current) => new Set([...current, ...fields]));
      setFromMain((current) => withoutFields(current, fields));
    },
    attempt: () => setAttempted(true),
    refusedBy: (error) => setFromMain(error.fields ?? {}),
  };
}
