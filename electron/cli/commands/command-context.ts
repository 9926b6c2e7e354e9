import type { CliIo } from '../cli-io';
import type { Call, CliCloud } from '../cli-services';
import type { ExitCode } from '../exit-codes';
import type { Translate } from '../help-text';
import type { ParsedArgs } from '../parse-command-line';

/** What every command gets: the streams, the catalogue in the chosen language, the services. */
export interface CommandContext {
  io: CliIo;
  t: Translate;
  call: Call;
  /** The cloud client, built with the services on first use. */
  cloud(): CliCloud;
  /** The process's environment, where `lcr call` finds credentials as the providers' tools do. */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Runs `listener` on Ctrl-C instead of the default exit, until the returned function is called;
   * a command that must finish cleanly (record a cancelled cloud call in the journal) uses it.
   */
  onInterrupt(listener: () => void): () => void;
  /**
   * Runs `listener` on SIGINT or SIGTERM instead of the default exit, until the returned function
   * is called: how a command that runs until told to stop (`lcr rehearsal`) shuts down cleanly.
   */
  onStop(listener: () => void): () => void;
  now(): Date;
}

/** One command's behaviour; it returns its exit code or throws (an AppError, a CliError). */
export type CommandRunner = (ctx: CommandContext, args: ParsedArgs) => Promise<ExitCode>;

/** A JSON document on stdout, one per command, for `--json`. */
export function writeJson(ctx: CommandContext, value: unknown): void {
  ctx.io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Waits for a change that cannot be called back once sent (a contract call). Ctrl-C stops only
 * the waiting, failing with `interrupted()` — which says the change may already be with the cloud.
 */
export async function untilInterrupted<T>(ctx: CommandContext, change: Promise<T>, interrupted: () => Error): Promise<T> {
  let release: () => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    release = ctx.onInterrupt(() => reject(interrupted()));
  });
  try {
    return await Promise.race([change, stopped]);
  } finally {
    release();
  }
}
