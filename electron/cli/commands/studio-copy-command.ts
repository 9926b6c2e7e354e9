import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { maxBatchCopies, type StudioBatch } from '../../../shared/domain/studio-desk';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import { CliError, ExitCode, usageError } from '../exit-codes';
import { readInteger } from '../option-numbers';
import type { ParsedArgs } from '../parse-command-line';
import { batchCounts, batchExitCode, batchOutcome, batchProgress, batchTable, studioLabel } from '../studio-tables';
import { printable } from '../text-table';
import { writeJson, type CommandContext, type CommandRunner } from './command-context';
import { checkRequest, sendChange } from './studio-calls';

// `lcr studios copy`: one copy, a bulk copy by a name pattern, or a bulk copy resumed. A bulk copy
// runs in this process (the services are in-process), so the command follows it — by reading the
// batches the service keeps — until it is over, and only then may lcr exit.

/** How a bulk copy is followed; tests shorten the waits. */
export interface FollowTiming {
  /** Between two looks at the batch. */
  pollMs: number;
  /** A batch that has not changed at all for this long is given up on (exit 4: look, then resume). */
  stallMs: number;
}

const defaultTiming: FollowTiming = { pollMs: 250, stallMs: 10 * 60_000 };

/** The batch as the service keeps it now. */
async function storedBatch(ctx: CommandContext, id: string): Promise<StudioBatch> {
  const batch = (await ctx.call('studios.batches', {})).find((kept) => kept.id === id);
  if (!batch) throw new AppErrorException(appError('studio.batchNotFound', { id }));
  return batch;
}

const sameState = (a: StudioBatch, b: StudioBatch | null) => b !== null && a.status === b.status && JSON.stringify(a.items) === JSON.stringify(b.items);

/** Starts or resumes a batch and answers its id; the service stores it running before answering. */
type Launch = () => Promise<string>;

/** Looks at the batch every `pollMs` until it settles, showing the progress on a terminal. */
async function untilSettled(ctx: CommandContext, id: string, json: boolean, timing: FollowTiming): Promise<StudioBatch> {
  let batch: StudioBatch | null = null;
  let changedAt = ctx.now().getTime();
  for (;;) {
    await sleep(timing.pollMs);
    const next = await storedBatch(ctx, id);
    if (!sameState(next, batch)) changedAt = ctx.now().getTime();
    batch = next;
    if (batch.status !== 'running') return batch;
    if (!json) ctx.io.progress(batchProgress(batch, ctx.t));
    if (ctx.now().getTime() - changedAt > timing.stallMs) {
      throw new CliError('cli.batchStalled', 'cli.error.batchStalled', { id, minutes: Math.round(timing.stallMs / 60_000) }, ExitCode.outcomeUnknown);
    }
  }
}

/**
 * Sets a bulk copy going and follows it to its end: the progress on a terminal's stderr, then the
 * table of copies (or the batch as JSON) and one sentence per way it ended. Ctrl-C — from the
 * moment the batch is asked for — cancels it: no further copy is sent, and the command still
 * waits for the copies in flight, then says how to resume (exit 130).
 */
async function followBatch(ctx: CommandContext, launch: Launch, json: boolean, timing: FollowTiming): Promise<ExitCode> {
  let interrupted = false;
  let id: string | undefined;
  let cancelling: Promise<unknown> | undefined;
  const cancel = () => {
    if (interrupted && id !== undefined) cancelling ??= ctx.call('studios.batchCancel', { id }).catch(() => undefined);
  };
  const release = ctx.onInterrupt(() => {
    if (!json && !interrupted) {
      ctx.io.progress('');
      ctx.io.err(`${ctx.t('cli.batch.cancelling')}\n`);
    }
    interrupted = true;
    cancel();
  });
  try {
    id = await launch();
    cancel();
    const batch = await untilSettled(ctx, id, json, timing);
    await cancelling;
    ctx.io.progress('');
    // A Ctrl-C that came as the batch ended on its own cancelled nothing: it ends as it ended.
    const cancelled = interrupted && batch.status === 'cancelled';
    const code = batchExitCode(batch, cancelled);
    if (json) writeJson(ctx, batch);
    else {
      ctx.io.out(batchTable(batch, ctx.t));
      for (const line of batchOutcome(batch, ctx.t, cancelled)) ctx.io.err(`${code === ExitCode.ok ? '' : 'lcr: '}${line}\n`);
    }
    return code;
  } finally {
    release();
  }
}

/** `--count N --pattern P [--first N]`: a new batch, each copy's name and token kept before it is sent. */
async function startBatch(ctx: CommandContext, args: ParsedArgs, sourceStudioId: string, timing: FollowTiming): Promise<ExitCode> {
  const count = readInteger(args, 'count', { min: 1, max: maxBatchCopies });
  const firstNumber = readInteger(args, 'first', { min: 0, max: 1_000_000 });
  const pattern = args.string('pattern');
  if (count === undefined || pattern === undefined) throw usageError('cli.usage.countWithPattern');
  const request = checkRequest('studios.batchStart', { sourceStudioId, pattern, count, ...(firstNumber === undefined ? {} : { firstNumber }) });
  const json = args.flag('json');
  const run = async () => {
    const batch = await ctx.call('studios.batchStart', request);
    if (!json) ctx.io.err(`${printable(ctx.t('cli.batch.started', { id: batch.id, count, source: sourceStudioId, pattern }))}\n`);
    return batch.id;
  };
  return followBatch(ctx, run, json, timing);
}

/**
 * `--resume BATCH-ID`: runs a cancelled, stopped or interrupted batch on with the names and tokens
 * it was made with; copies it cannot settle are looked for by token before anything is sent again.
 * A batch with nothing left (every copy made or failed) is shown as it stands.
 */
async function resumeBatch(ctx: CommandContext, id: string, json: boolean, timing: FollowTiming): Promise<ExitCode> {
  const before = await storedBatch(ctx, id);
  const { total, left, unknown } = batchCounts(before);
  if (before.status !== 'running' && left + unknown === 0) {
    if (json) writeJson(ctx, before);
    else {
      ctx.io.out(batchTable(before, ctx.t));
      ctx.io.err(`${printable(ctx.t('cli.batch.nothingLeft', { id }))}\n`);
    }
    return batchExitCode(before, false);
  }
  const run = async () => {
    await ctx.call('studios.batchResume', { id });
    if (!json) ctx.io.err(`${printable(ctx.t('cli.batch.resumed', { id, left: left + unknown, count: total }))}\n`);
    return id;
  };
  return followBatch(ctx, run, json, timing);
}

/**
 * `lcr studios copy <studio-id> --name NAME | --count N --pattern P [--first N] | --resume ID`.
 * One copy carries one token made for this run (a run is one operator action), so a retry after
 * a lost answer never makes a second studio; it is printed once the cloud lists it.
 */
export function studiosCopyCommand(timing: FollowTiming = defaultTiming): CommandRunner {
  return async (ctx, args) => {
    const [sourceStudioId] = args.positionals;
    const resume = args.string('resume');
    const json = args.flag('json');
    if (resume !== undefined) {
      if (sourceStudioId !== undefined) throw usageError('cli.usage.resumeNoStudio');
      return resumeBatch(ctx, resume, json, timing);
    }
    if (sourceStudioId === undefined) throw usageError('cli.usage.missingArgument', { argument: 'studio-id' });
    if (['count', 'pattern', 'first'].some((option) => args.string(option) !== undefined)) return startBatch(ctx, args, sourceStudioId, timing);
    const name = args.string('name');
    if (name === undefined) throw usageError('cli.usage.copyHow');
    const request = checkRequest('studios.copy', { sourceStudioId, name, clientToken: randomUUID() });
    const studio = await sendChange(ctx, { action: 'copy', studioId: sourceStudioId }, () => ctx.call('studios.copy', request));
    if (json) writeJson(ctx, studio);
    else ctx.io.out(`${printable(ctx.t('cli.studios.copied', { source: sourceStudioId, studio: studioLabel(studio) }))}\n`);
    return ExitCode.ok;
  };
}
