import { z } from 'zod';
import type { Section, SettingsFile } from '../settings/settings-file';

/** Whether this desk only watches (settings file, section `boardLock`). */
export const boardLockSection: Section<boolean> = { key: 'boardLock', schema: z.boolean(), fallback: false };

/** The board's lock as stored. */
export interface BoardLock {
  read(): boolean;
  write(locked: boolean): void;
}

/**
 * The lock lives in the data folder, not in the window: a desk set up to watch stays watching
 * after a restart, and `lcr switch` on that desk is refused like a click.
 */
export function createBoardLock(file: SettingsFile): BoardLock {
  return {
    read: () => file.read(boardLockSection),
    write: (locked) => void file.update(boardLockSection, () => locked),
  };
}
