import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StudioBatch } from '../../shared/domain/studio-desk';
import type { Logger } from '../log';

/** How many finished batches are kept for the screen and for `lcr`, newest first. */
export const keptBatches = 20;

const BatchFile = z.object({ v: z.literal(1), batches: z.array(StudioBatch) });

/** The bulk copies of this data folder, as they stood at their last change. */
export interface BatchStore {
  list(): StudioBatch[];
  get(id: string): StudioBatch | null;
  /** Keeps a batch as it now stands, durably, before the caller sends anything more. */
  save(batch: StudioBatch): void;
}

/**
 * Batches in `studio-batches.json` in the data folder, written whole to a temporary file, synced
 * and renamed over the old one, so a crash leaves either the old or the new file — never half a
 * batch, and never a copy sent whose token was not on disk first. An unreadable file is logged
 * and read as no batches: the studios themselves carry their tokens, so nothing is duplicated.
 */
export function createBatchStore(dataDir: string, log: Logger): BatchStore {
  const file = path.join(dataDir, 'studio-batches.json');
  // Read afresh each time: the app and `lcr` may both run batches on this data folder.
  const load = (): StudioBatch[] => {
    try {
      return BatchFile.parse(JSON.parse(readFileSync(file, 'utf8'))).batches;
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'ENOENT') log.warn(`studio batches unreadable, starting empty: ${String(thrown)}`);
      return [];
    }
  };
  const write = (all: StudioBatch[]) => {
    const temporary = `${file}.${process.pid}.tmp`;
    const handle = openSync(temporary, 'w');
    try {
      writeSync(handle, JSON.stringify({ v: 1, batches: all }));
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, file);
  };
  return {
    list: load,
    get: (id) => load().find((batch) => batch.id === id) ?? null,
    save(batch) {
      const others = load().filter((kept) => kept.id !== batch.id);
      write([batch, ...others].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, keptBatches));
    },
  };
}
