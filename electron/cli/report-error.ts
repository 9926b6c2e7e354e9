import type { Provider } from '../../shared/domain/provider';
import { toAppError, type ErrorParams } from '../../shared/errors/app-error';
import type { FieldIssue } from '../../shared/errors/field-issue';
import { en, type MessageKey } from '../../shared/i18n/en';
import { CliError, CommandFailure } from './exit-codes';
import type { Translate } from './help-text';
import { printable } from './text-table';

/** Where a failed cloud call failed, from its AppError: what a support ticket and a retry need. */
export interface CloudFailure {
  provider: Provider;
  action: string | null;
  requestId: string | null;
  retryable: boolean;
}

/** A failure as `--json` reports it: stable English code, parameters and per-field issues. */
export interface Failure {
  code: string;
  params: ErrorParams;
  fields?: Record<string, FieldIssue>;
  hint?: string;
  /** Set for the errors of cloud calls (those that name a provider). */
  cloud?: CloudFailure;
}

/** Narrows a computed key to one the catalogues have. */
function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Whatever a command threw, as a Failure; anything unforeseen becomes `internal`. */
export function failureOf(thrown: unknown): Failure {
  if (thrown instanceof CliError) return { code: thrown.code, params: thrown.params, ...(thrown.fields ? { fields: thrown.fields } : {}) };
  const error = toAppError(thrown);
  const failure: Failure = { code: error.code, params: error.params, fields: error.fields, hint: error.hint };
  if (error.provider) failure.cloud = { provider: error.provider, action: error.action, requestId: error.requestId ?? null, retryable: error.retryable };
  return failure;
}

/** The words for a failure: the CLI's own message, or the catalogue's sentence for the error code. */
export function failureMessage(thrown: unknown, t: Translate): string {
  if (thrown instanceof CliError) return t(thrown.key, thrown.params);
  const { code, params } = failureOf(thrown);
  const key = `error.${code}`;
  return isMessageKey(key) ? t(key, params) : code;
}

/**
 * A field's label: its own (`cli.field.name`), else, for one item of a list, the list's with the
 * item's number counted from 1 (`tags.0.key` → `cli.field.tags.n.key` with n = 1, "key of tag 1
 * (--tag)"), else the field's path as it is.
 */
function fieldLabel(field: string, t: Translate): string {
  const own = `cli.field.${field}`;
  if (isMessageKey(own)) return t(own);
  const index = /\.(\d+)(?=\.|$)/.exec(field);
  const listed = `cli.field.${field.replace(/\.\d+(?=\.|$)/, '.n')}`;
  return index && isMessageKey(listed) ? t(listed, { n: Number(index[1]) + 1 }) : field;
}

/** `name (--name): Required.` for each refused field, labelled with the option that sets it. */
export function fieldLines(fields: Record<string, FieldIssue> | undefined, t: Translate): string[] {
  return Object.entries(fields ?? {}).map(([field, issue]) => {
    const messageKey = `validation.${issue.code}`;
    return `${fieldLabel(field, t)}: ${isMessageKey(messageKey) ? t(messageKey, issue.params) : issue.code}`;
  });
}

/**
 * A failure as a person reads it on stderr: the sentence, each refused field indented beneath it,
 * and with `--verbose` the untranslated detail (a keychain library's message, never a secret). A
 * cloud call's failure always shows the detail — the provider's own explanation, redacted, which
 * the cloud messages point to — and the request id to quote to support; an outcome the cloud never
 * confirmed adds a line of its own: `lcr call` neither retries nor re-reads for the operator, and
 * a switch no re-read could confirm (`lcr switch`, exit 4) must be looked at before it is sent again.
 * A command's own follow-up (CommandFailure) replaces the generic line of `lcr call`.
 */
export function failureText(thrown: unknown, t: Translate, verbose: boolean): string {
  const failure = failureOf(thrown);
  const lines = [`lcr: ${failureMessage(thrown, t)}`];
  const followUp = thrown instanceof CommandFailure ? thrown.followUp : undefined;
  if (followUp) lines.push(`lcr: ${t(followUp.key, followUp.params)}`);
  else if (failure.code === 'cloud.outcomeUnknown') lines.push(`lcr: ${t('cli.call.outcomeUnknown')}`);
  if (failure.code === 'stream.switchUnconfirmed') lines.push(`lcr: ${t('cli.switch.outcomeUnknown', failure.params)}`);
  lines.push(...fieldLines(failure.fields, t).map((line) => `  ${line}`));
  if (failure.hint && (verbose || failure.cloud)) lines.push(`  ${t('cli.detail', { hint: failure.hint })}`);
  if (failure.cloud?.requestId) lines.push(`  ${t('cli.requestId', { requestId: failure.cloud.requestId })}`);
  return `${lines.map(printable).join('\n')}\n`;
}

/** A cloud call's failure for `--json`: every key always present, null where unknown. */
type CloudFailureData = Pick<Failure, 'code' | 'params'> & CloudFailure & { hint: string | null };

/**
 * The machine-readable part of a failure: code, parameters and field issues, no free text — except
 * that a cloud call's failure adds where it failed, its request id, whether it may be retried, and
 * the provider's redacted explanation (`hint`), which is the provider's text, not ours.
 */
export function failureData(thrown: unknown): Omit<Failure, 'hint' | 'cloud'> | CloudFailureData {
  const { code, params, fields, hint, cloud } = failureOf(thrown);
  if (cloud) return { code, params, ...cloud, hint: hint ?? null };
  return fields ? { code, params, fields } : { code, params };
}

/**
 * A failure as `--json` prints it: `{"error":{"code","params","fields"}}`, or for a cloud call
 * `{"error":{"code","params","provider","action","requestId","retryable","hint"}}`.
 */
export function failureJson(thrown: unknown): string {
  return `${JSON.stringify({ error: failureData(thrown) })}\n`;
}
