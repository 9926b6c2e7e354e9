import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MessageKey } from '../../shared/i18n/en';
import { CliError, ExitCode } from './exit-codes';

// Where a command that writes one file (`lcr diagnostics`, `lcr setup export`) puts it, and the
// writing itself: never over a file that is already there.

/** Where `--out` puts a file: into a folder under its own name, or at the path given; the current folder by default. */
export async function outTarget(out: string | undefined, fileName: string): Promise<string> {
  if (!out) return path.resolve(fileName);
  const isFolder = await stat(out).then(
    (found) => found.isDirectory(),
    () => false,
  );
  return isFolder ? path.resolve(out, fileName) : path.resolve(out);
}

/** The command's sentences for a file that is already there (`{path}`) and one that could not be written (`{path}`, `{reason}`). */
export interface OutFileWords {
  exists: MessageKey;
  notWritten: MessageKey;
}

/** Writes a new file (UTF-8); one already at `target` is left alone and said so (exit 1), as is any other failure. */
export async function writeNewFile(target: string, text: string, words: OutFileWords): Promise<void> {
  await writeFile(target, text, { encoding: 'utf8', flag: 'wx' }).catch((thrown: NodeJS.ErrnoException) => {
    if (thrown.code === 'EEXIST') throw new CliError('cli.fileExists', words.exists, { path: target }, ExitCode.failed);
    throw new CliError('cli.fileNotWritten', words.notWritten, { path: target, reason: thrown.code ?? thrown.message }, ExitCode.failed);
  });
}
