import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError, ExitCode } from '../exit-codes';
import type { CommandRunner } from './command-context';

/** Where `--out` puts the bundle: into a folder under its own name, or at the path given; the current folder by default. */
async function targetOf(out: string | undefined, fileName: string): Promise<string> {
  if (!out) return path.resolve(fileName);
  const isFolder = await stat(out).then(
    (found) => found.isDirectory(),
    () => false,
  );
  return isFolder ? path.resolve(out, fileName) : path.resolve(out);
}

/**
 * `lcr diagnostics`: the same support bundle as the app's Diagnostics button — versions, settings,
 * profiles, connection state, the newest journal entries and recent logs, with every secret and
 * key id removed — written as one JSON file, and where it is said on standard output.
 */
export const diagnosticsCommand: CommandRunner = async (ctx, args) => {
  const bundle = await ctx.call('diagnostics.bundle', {});
  const target = await targetOf(args.string('out'), bundle.fileName);
  await writeFile(target, bundle.text, { encoding: 'utf8', flag: 'wx' }).catch((thrown: NodeJS.ErrnoException) => {
    if (thrown.code === 'EEXIST') throw new CliError('cli.fileExists', 'cli.diagnostics.exists', { path: target }, ExitCode.failed);
    throw new CliError('cli.fileNotWritten', 'cli.diagnostics.notWritten', { path: target, reason: thrown.code ?? thrown.message }, ExitCode.failed);
  });
  ctx.io.out(`${target}\n`);
  ctx.io.err(`${ctx.t('cli.diagnostics.written', { path: target })}\n`);
  return ExitCode.ok;
};
