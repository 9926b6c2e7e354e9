import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { appError, type AppError } from '../../shared/errors/app-error';
import type { Logger } from '../log';
import { createSettingsFile, type SettingsFile } from './settings-file';
import { settingsFileName, type SettingsStore } from './settings-store';

/** The settings file's path in a data folder. */
export function settingsPath(dataDir: string): string {
  return path.join(dataDir, `${settingsFileName}.json`);
}

function asideName(dataDir: string, now: Date): string {
  return path.join(dataDir, `${settingsFileName}.corrupt-${now.toISOString().replaceAll(':', '-')}.json`);
}

/**
 * Opens the data folder's settings. A file that is not JSON at all would make electron-store and
 * conf refuse to start, so it is first moved aside (renamed, never deleted) and reported; the
 * desk then starts on defaults and the operator is told where the old file went.
 */
export function openSettingsFile(
  dataDir: string,
  openStore: (dataDir: string) => SettingsStore,
  log: Logger,
  now: () => Date = () => new Date(),
): SettingsFile {
  const file = settingsPath(dataDir);
  const notices: AppError[] = [];
  if (existsSync(file)) {
    try {
      JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      const aside = asideName(dataDir, now());
      renameSync(file, aside);
      log.warn(`settings file was not JSON; moved to ${aside}`);
      notices.push(appError('settings.corrupt', { backup: aside }));
    }
  }
  const backup = () => {
    const aside = asideName(dataDir, now());
    copyFileSync(file, aside);
    return aside;
  };
  return createSettingsFile(openStore(dataDir), backup, log, notices);
}
