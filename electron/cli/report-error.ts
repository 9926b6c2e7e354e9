import { toAppError, type ErrorParams } from '../../shared/errors/app-error';
import type { FieldIssue } from '../../shared/errors/field-issue';
import { en, type MessageKey } from '../../shared/i18n/en';
import { CliError } from './exit-codes';
import type { Translate } from './help-text';
import { printable } from './text-table';

/** A failure as `--json` reports it: stable English code, parameters and per-field issues. */
export interface Failure {
  code: string;
  params: ErrorParams;
  fields?: Record<string, FieldIssue>;
  hint?: string;
}

/** Narrows a computed key to one the catalogues have. */
function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Whatever a command threw, as a Failure; anything unforeseen becomes `internal`. */
export function failureOf(thrown: unknown): Failure {
  if (thrown instanceof CliError) return { code: thrown.code, params: thrown.params };
  const error = toAppError(thrown);
  return { code: error.code, params: error.params, fields: error.fields, hint: error.hint };
}

/** The words for a failure: the CLI's own message, or the catalogue's sentence for the error code. */
export function failureMessage(thrown: unknown, t: Translate): string {
  if (thrown instanceof CliError) return t(thrown.key, thrown.params);
  const { code, params } = failureOf(thrown);
  const key = `error.${code}`;
  return isMessageKey(key) ? t(key, params) : code;
}

/** `name (--name): Required.` for each refused field, labelled with the option that sets it. */
export function fieldLines(fields: Record<string, FieldIssue> | undefined, t: Translate): string[] {
  return Object.entries(fields ?? {}).map(([field, issue]) => {
    const labelKey = `cli.field.${field}`;
    const messageKey = `validation.${issue.code}`;
    const label = isMessageKey(labelKey) ? t(labelKey) : field;
    return `${label}: ${isMessageKey(messageKey) ? t(messageKey, issue.params) : issue.code}`;
  });
}

/**
 * A failure as a person reads it on stderr: the sentence, each refused field indented beneath it,
 * and with `--verbose` the untranslated detail (a keychain library's message, never a secret).
 */
export function failureText(thrown: unknown, t: Translate, verbose: boolean): string {
  const failure = failureOf(thrown);
  const lines = [`lcr: ${failureMessage(thrown, t)}`, ...fieldLines(failure.fields, t).map((line) => `  ${line}`)];
  if (verbose && failure.hint) lines.push(`  ${t('cli.detail', { hint: failure.hint })}`);
  return `${lines.map(printable).join('\n')}\n`;
}

/** The machine-readable part of a failure: code, parameters and field issues, no free text. */
export function failureData(thrown: unknown): Omit<Failure, 'hint'> {
  const { code, params, fields } = failureOf(thrown);
  return fields ? { code, params, fields } : { code, params };
}

/** A failure as `--json` prints it: `{"error":{"code","params","fields"}}`. */
export function failureJson(thrown: unknown): string {
  return `${JSON.stringify({ error: failureData(thrown) })}\n`;
}
