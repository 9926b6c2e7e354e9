import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { changesNothing, deskSetupMaxBytes, type BoardAttachments, type DeskSetupPreview } from '../../../shared/domain/desk-setup';
import { sameName } from '../../../shared/domain/profile-validation';
import { acceleratorLabel } from '../../../shared/format/accelerator-label';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import { CliError, ExitCode, usageError } from '../exit-codes';
import type { Translate } from '../help-text';
import { outTarget, writeNewFile } from '../out-file';
import { askYesNo } from '../prompts';
import { importedText, setupPreviewText, type SetupTextStyle } from '../setup-text';
import { localStamp } from '../time-arguments';
import type { CommandContext, CommandRunner } from './command-context';

// `lcr setup export|import`: the desk setup file through the same contract calls as Settings ›
// Set up another desk (`deskSetup.export`, `deskSetup.preview`, `deskSetup.apply`), so the file,
// its checks and what an import does are the app's own.

/** `-` for `--out` and for the file to import: standard output, standard input. */
const stdio = '-';

/**
 * `lcr setup export [--out PATH|-]`: this desk's setup file, written where `--out` says (never over
 * an existing file) with its path on stdout and a sentence on stderr; with `--out -` the file
 * itself on stdout and nothing else, for a pipe.
 */
export const setupExportCommand: CommandRunner = async (ctx, args) => {
  const file = await ctx.call('deskSetup.export', {});
  const out = args.string('out');
  if (out === stdio) {
    ctx.io.out(file.text);
    return ExitCode.ok;
  }
  const target = await outTarget(out, file.fileName);
  await writeNewFile(target, file.text, { exists: 'cli.setup.exists', notWritten: 'cli.setup.notWritten' });
  ctx.io.out(`${target}\n`);
  ctx.io.err(`${ctx.t('cli.setup.written', { path: target })}\n`);
  return ExitCode.ok;
};

/** A file larger than a setup file can be, refused as the service refuses it, without reading it all. */
const tooLarge = () => new AppErrorException(appError('deskSetup.tooLarge', { limit: `${deskSetupMaxBytes / 1024 / 1024} MiB` }));

/** Up to `limit` bytes of standard input (more would not be a setup file, so the rest is not read). */
async function readInput(input: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    size += bytes.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks);
}

/** Up to `limit` bytes of a file. */
async function readFileUpTo(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, size, limit - size, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size >= limit) break;
    }
    return buffer.subarray(0, size);
  } finally {
    await handle.close();
  }
}

/** The setup file's text, from a path or standard input; one that cannot be read is said so (exit 1). */
async function readSetupFile(ctx: CommandContext, file: string): Promise<string> {
  const limit = deskSetupMaxBytes + 1;
  const where = file === stdio ? file : path.resolve(file);
  const bytes = await (file === stdio ? readInput(ctx.io.stdin, limit) : readFileUpTo(where, limit)).catch((thrown: NodeJS.ErrnoException) => {
    throw new CliError('cli.fileNotRead', 'cli.setup.notRead', { path: where, reason: thrown.code ?? thrown.message }, ExitCode.failed);
  });
  if (bytes.length > deskSetupMaxBytes) throw tooLarge();
  return bytes.toString('utf8');
}

/** Names for a message listing the choices: `"Evening show", "Rehearsal"`, or none. */
const choices = (t: Translate, names: readonly string[]) => (names.length === 0 ? t('cli.setup.none') : names.map((name) => `"${name}"`).join(', '));

/**
 * Where each board of the file goes: as main proposed, except the boards named with `--attach`
 * ("BOARD=PROFILE", split at the first `=`; "BOARD=" leaves the board out). A profile chosen
 * there is taken from any board it was only proposed for, which is then left out: what the
 * operator typed wins over a guess. An unknown board or profile is refused naming the choices.
 */
export function attachmentsOf(t: Translate, values: readonly string[], proposed: DeskSetupPreview): BoardAttachments {
  const attach = proposed.boards.map((board) => board.attachTo);
  const chosen = new Set<number>();
  for (const value of values) {
    const at = value.indexOf('=');
    if (at < 0) throw usageError('cli.setup.attachForm', { value });
    const [boardName, profileName] = [value.slice(0, at).trim(), value.slice(at + 1).trim()];
    const named = proposed.boards.filter((board) => sameName(board.profileName, boardName));
    const board = named.find((candidate) => !chosen.has(candidate.index));
    if (named.length === 0 || !board) {
      if (named[0]) throw usageError('cli.setup.attachTwice', { board: named[0].profileName });
      throw new CliError('cli.setupUnknownBoard', 'cli.setup.unknownBoard', { board: boardName, boards: choices(t, proposed.boards.map((b) => b.profileName)) }, ExitCode.failed);
    }
    chosen.add(board.index);
    if (profileName === '') {
      attach[board.index] = null;
      continue;
    }
    const profile = proposed.profiles.find((candidate) => sameName(candidate.name, profileName));
    if (!profile) {
      const params = { profile: profileName, board: board.profileName, profiles: choices(t, proposed.profiles.map((p) => p.name)) };
      throw new CliError('cli.setupUnknownProfile', 'cli.setup.unknownProfile', params, ExitCode.failed);
    }
    attach[board.index] = profile.id;
  }
  const typed = new Set([...chosen].map((index) => attach[index]));
  return attach.map((id, index) => (!chosen.has(index) && id !== null && typed.has(id) ? null : id));
}

/** How this desk prints key combinations (its platform, as `app.info` says) and instants (this terminal's zone). */
async function textStyle(ctx: CommandContext): Promise<SetupTextStyle> {
  const mac = (await ctx.call('app.info', {})).platform === 'darwin';
  return { label: (accelerator) => acceleratorLabel(accelerator, mac), stamp: localStamp };
}

/**
 * `lcr setup import FILE|- [--attach "BOARD=PROFILE"]... [--yes]`: reads the file, prints what
 * importing it changes on this desk (a file that is not a setup file is refused with the
 * service's own error, exit 1, nothing changed), then imports it — after asking on a terminal
 * (default No), or at once with `--yes`, printing what it did. Without a terminal and without
 * `--yes` it stops after the preview (exit 3): a look before a script commits.
 */
export const setupImportCommand: CommandRunner = async (ctx, args) => {
  const text = await readSetupFile(ctx, args.positionals[0] ?? '');
  const proposed = await ctx.call('deskSetup.preview', { text });
  const attach = attachmentsOf(ctx.t, args.list('attach'), proposed);
  const request = { text, attach };
  const preview = await ctx.call('deskSetup.preview', request);
  const style = await textStyle(ctx);
  if (changesNothing(preview)) {
    ctx.io.out(setupPreviewText(ctx.t, preview, style));
    return ExitCode.ok;
  }
  if (args.flag('yes')) {
    const done = await ctx.call('deskSetup.apply', request);
    ctx.io.out(`${setupPreviewText(ctx.t, done, style, true)}${importedText(ctx.t, done)}\n`);
    return ExitCode.ok;
  }
  ctx.io.out(setupPreviewText(ctx.t, preview, style));
  if (!ctx.io.interactive) throw new CliError('cli.confirmationRequired', 'cli.setup.confirmationRequired', {}, ExitCode.notConfirmed);
  if (!(await askYesNo(ctx.io, ctx.t('cli.setup.confirm')))) throw new CliError('cli.declined', 'cli.setup.declined', {}, ExitCode.notConfirmed);
  const done = await ctx.call('deskSetup.apply', request);
  ctx.io.out(`${importedText(ctx.t, done)}\n`);
  return ExitCode.ok;
};
