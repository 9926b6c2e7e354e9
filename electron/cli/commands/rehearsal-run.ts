import { createLogger } from '../../log';
import type { RehearsalCloud, RehearsalOptions } from '../../rehearsal/rehearsal-cloud';
import { CliError, ExitCode } from '../exit-codes';
import { readInteger } from '../option-numbers';
import type { CommandContext, CommandRunner } from './command-context';

/** Starts a rehearsal cloud; `lcr` passes the real one, tests a stand-in. */
export type StartCloud = (options: RehearsalOptions) => Promise<RehearsalCloud>;

/**
 * The real cloud, loaded only when asked for: every other command starts without loading the
 * simulated providers and their worlds.
 */
const startFromModule: StartCloud = async (options) => (await import('../../rehearsal/rehearsal-cloud')).startRehearsalCloud(options);

/** The highest base port: the cloud takes it and the next two. */
const highestBasePort = 65_533;

/** A Node error code (`EADDRINUSE`) and port, on the error or on what it wraps. */
function listenErrorOf(thrown: unknown): { code?: unknown; port?: unknown } | undefined {
  for (let error = thrown; error instanceof Error; error = error.cause) {
    if ('code' in error) return error;
  }
  return undefined;
}

/** Why the cloud did not start, in the operator's language: a port in use says which. */
function startFailure(thrown: unknown, basePort: number): CliError {
  const error = listenErrorOf(thrown);
  if (error?.code === 'EADDRINUSE') {
    const port = typeof error.port === 'number' ? error.port : basePort;
    return new CliError('cli.rehearsalPortInUse', 'cli.error.portInUse', { port }, ExitCode.failed);
  }
  const reason = thrown instanceof Error ? thrown.message : String(thrown);
  return new CliError('cli.rehearsalNotStarted', 'cli.error.rehearsalNotStarted', { reason }, ExitCode.failed);
}

/** Resolves on the first SIGINT or SIGTERM; a second one finds the default handlers again. */
function stopSignal(ctx: CommandContext): { stopped: Promise<void>; release(): void } {
  let resolve!: () => void;
  const stopped = new Promise<void>((settle) => (resolve = settle));
  const release = ctx.onStop(() => {
    release();
    resolve();
  });
  return { stopped, release };
}

/**
 * `lcr rehearsal [--port N] [--seed N] [--quota N]`: the rehearsal cloud in the foreground. Once
 * both provider endpoints and the control endpoint listen, stdout gets exactly one line, the
 * RehearsalInfo as JSON, for scripts and tests to parse; from then on everything (the cloud's log,
 * the notices) goes to stderr. SIGINT or SIGTERM closes the cloud and exits 0: stopping it is how
 * a rehearsal ends, not a failure.
 */
export function rehearsalRun(start: StartCloud = startFromModule): CommandRunner {
  return async (ctx, args) => {
    const port = readInteger(args, 'port', { min: 0, max: highestBasePort }) ?? 0;
    const seed = readInteger(args, 'seed', { min: 0, max: 0xffff_ffff });
    const quota = readInteger(args, 'quota', { min: 0, max: 10_000 });
    const log = createLogger('rehearsal', (line) => ctx.io.err(`${line}\n`));
    const { stopped, release } = stopSignal(ctx);
    try {
      let cloud: RehearsalCloud;
      try {
        cloud = await start({ port, log, ...(seed === undefined ? {} : { seed }), ...(quota === undefined ? {} : { quota }) });
      } catch (thrown) {
        throw startFailure(thrown, port);
      }
      const { info } = cloud;
      ctx.io.out(`${JSON.stringify(info)}\n`);
      ctx.io.err(`${ctx.t('cli.rehearsal.listening', { aliyun: info.aliyun.endpoint, volcengine: info.volcengine.endpoint, control: info.control })}\n`);
      await stopped;
      await cloud.close();
      ctx.io.err(`${ctx.t('cli.rehearsal.stopped')}\n`);
      return ExitCode.ok;
    } finally {
      release();
    }
  };
}
