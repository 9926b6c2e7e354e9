import { AppErrorException, toAppError, type AppError, type ErrorParams } from '../../shared/errors/app-error';
import type { FieldIssue } from '../../shared/errors/field-issue';
import type { MessageKey } from '../../shared/i18n/en';

/**
 * What `lcr` exits with, so scripts can tell "it failed" from "I called it wrong" from "it wanted a
 * confirmation" without parsing text. Documented in `lcr --help`; never renumber a shipped code.
 */
export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
  notConfirmed: 3,
  /** A change (a switch, a studio copy) was sent and nobody could confirm whether it happened: look before trying again. */
  outcomeUnknown: 4,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Every exit code in the order `--help` lists them. */
export const documentedExitCodes = [ExitCode.ok, ExitCode.failed, ExitCode.usage, ExitCode.notConfirmed, ExitCode.outcomeUnknown, ExitCode.interrupted] as const;

/**
 * A failure the command line itself detects (a usage mistake, a refused confirmation, a name that
 * matches no profile), with the exit code it means. It carries a catalogue key rather than text,
 * so it is reported in the operator's language like the services' errors, and a stable `code` for
 * `--json`.
 */
export class CliError extends Error {
  constructor(
    readonly code: string,
    readonly key: MessageKey,
    readonly params: ErrorParams,
    readonly exit: Exclude<ExitCode, 0>,
    /** Options refused one by one, reported beneath the message like the services' field issues. */
    readonly fields?: Record<string, FieldIssue>,
  ) {
    super(code);
    this.name = 'CliError';
  }
}

/** A line a command adds beneath a failure: what to do next, in `lcr`'s words (`lcr studios stop ID`). */
export interface FollowUp {
  key: MessageKey;
  params: ErrorParams;
}

/**
 * A service's failure as a command reports it: the same AppError — so its message, detail, request
 * id and `--json` are the services' own — with the exit code the command gives it and, if any, a
 * line saying what to do next. How `lcr studios` makes a change nobody could confirm exit 4, while
 * the same error from `lcr call` stays exit 1 as documented.
 */
export class CommandFailure extends AppErrorException {
  constructor(
    error: AppError,
    readonly exit: Exclude<ExitCode, 0>,
    readonly followUp?: FollowUp,
  ) {
    super(error);
    this.name = 'CommandFailure';
  }
}

/** A usage mistake (exit 2); `--help` of the command concerned is suggested beside it. */
export function usageError(key: MessageKey, params: ErrorParams = {}): CliError {
  return new CliError('cli.usage', key, params, ExitCode.usage);
}

/**
 * The exit code for anything a command threw: the CLI's own errors and CommandFailures carry
 * theirs; a cloud call cancelled means Ctrl-C (the only thing that cancels one in `lcr`); a switch
 * the desk could not confirm either way (`lcr switch`) is outcome unknown; every other error of the
 * services (validation, keychain, not found, a refused or unanswered call, a bug) means the
 * operation failed.
 */
export function exitCodeFor(thrown: unknown): ExitCode {
  if (thrown instanceof CliError || thrown instanceof CommandFailure) return thrown.exit;
  const { code } = toAppError(thrown);
  if (code === 'cloud.cancelled') return ExitCode.interrupted;
  return code === 'stream.switchUnconfirmed' ? ExitCode.outcomeUnknown : ExitCode.failed;
}
