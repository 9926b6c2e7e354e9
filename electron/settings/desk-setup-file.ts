import { DeskSetupFile, deskSetupFormat, deskSetupMaxBytes, deskSetupVersion, type ExportedBoard } from '../../shared/domain/desk-setup';
import type { Settings } from '../../shared/domain/settings';
import { AppErrorException, appError } from '../../shared/errors/app-error';

/** What an export is made of: the desk's settings and its boards, already named by profile. */
export interface DeskSetupParts {
  settings: Settings;
  boards: ExportedBoard[];
  host: string;
  appVersion: string;
  now: Date;
}

/** The file's text: indented JSON, so an ops engineer can read and diff it. */
export function writeDeskSetup(parts: DeskSetupParts): string {
  const file: DeskSetupFile = {
    format: deskSetupFormat,
    version: deskSetupVersion,
    exportedAt: parts.now.toISOString(),
    from: { host: parts.host, appVersion: parts.appVersion },
    settings: parts.settings,
    boards: parts.boards,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The file name an export is offered under: the host and the day, so files from several desks stay apart. */
export function deskSetupFileName(host: string, now: Date): string {
  const safeHost = host.replace(/[^A-Za-z0-9._-]+/g, '-') || 'desk';
  return `desk-setup-${safeHost}-${now.toISOString().slice(0, 10)}.json`;
}

const refuse = (code: 'deskSetup.tooLarge' | 'deskSetup.notJson' | 'deskSetup.notDeskSetup' | 'deskSetup.newerVersion' | 'deskSetup.invalid', params: Record<string, string | number> = {}, hint?: string) =>
  new AppErrorException(appError(code, params, hint === undefined ? {} : { hint }));

/**
 * Reads a setup file, refusing — with a typed error that says which — a file too large to be
 * one, one that is not JSON, JSON that is not a desk setup, one written by a newer version, or
 * one whose content is damaged (the first problem's place in the file as the hint). Nothing is
 * read half-way: it is all of the file or an error.
 */
export function readDeskSetup(text: string): DeskSetupFile {
  if (Buffer.byteLength(text, 'utf8') > deskSetupMaxBytes) throw refuse('deskSetup.tooLarge', { limit: `${deskSetupMaxBytes / 1024 / 1024} MiB` });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (thrown) {
    throw refuse('deskSetup.notJson', {}, thrown instanceof Error ? thrown.message : String(thrown));
  }
  const head = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (head.format !== deskSetupFormat) throw refuse('deskSetup.notDeskSetup');
  if (typeof head.version === 'number' && head.version > deskSetupVersion) throw refuse('deskSetup.newerVersion', { version: head.version, supported: deskSetupVersion });
  const parsed = DeskSetupFile.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue ? issue.path.join('.') || '(top)' : '(top)';
    throw refuse('deskSetup.invalid', { where }, issue?.message);
  }
  return parsed.data;
}
