import { ExitCode } from '../exit-codes';
import { outTarget, writeNewFile } from '../out-file';
import type { CommandRunner } from './command-context';

/**
 * `lcr diagnostics`: the same support bundle as the app's Diagnostics button — versions, settings,
 * profiles, connection state, the newest journal entries and recent logs, with every secret and
 * key id removed — written as one JSON file, and where it is said on standard output.
 */
export const diagnosticsCommand: CommandRunner = async (ctx, args) => {
  const bundle = await ctx.call('diagnostics.bundle', {});
  const target = await outTarget(args.string('out'), bundle.fileName);
  await writeNewFile(target, bundle.text, { exists: 'cli.diagnostics.exists', notWritten: 'cli.diagnostics.notWritten' });
  ctx.io.out(`${target}\n`);
  ctx.io.err(`${ctx.t('cli.diagnostics.written', { path: target })}\n`);
  return ExitCode.ok;
};
