import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StudioBatch } from '../../shared/domain/studio-desk';
import type { Logger } from '../log';

/**
 * How many batches are kept for the screen and for `lcr`, newest first. Only ended ones are ever
 * dropped: a running batch, and the one being saved, stay whatever their age.
 */
export const keptBatches = 20;

/** The folder of a data folder's bulk copies, one file per batch. */
export function batchFolder(dataDir: string): string {
  return path.join(dataDir, 'studio-batches');
}

const BatchFile = z.object({ v: z.literal(1), batch: StudioBatch });
const batchId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The bulk copies of this data folder, as they stood at their last change. */
export interface BatchStore {
  list(): StudioBatch[];
  get(id: string): StudioBatch | null;
  /** Keeps a batch as it now stands, durably, before the caller sends anything more. */
  save(batch: StudioBatch): void;
}

/** Writes a file whole: a temporary file, synced, renamed into place, the folder synced. */
function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = openSync(temporary, 'w');
  try {
    writeSync(handle, text);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameSync(temporary, file);
  const folder = openSync(path.dirname(file), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

/**
 * Batches in `studio-batches/<id>.json` in the data folder. A save writes only its own batch,
 * whole (see {@link writeWhole}), so a crash leaves the old or the new state — never half a batch,
 * never a copy sent whose token was not on disk first — and a save costs the same however many
 * batches are kept. Files are read afresh each time: the app and `lcr` may both run batches here.
 * An unreadable file is logged and skipped: the studios themselves carry their tokens.
 */
export function createBatchStore(dataDir: string, log: Logger): BatchStore {
  const folder = batchFolder(dataDir);
  const fileOf = (id: string) => path.join(folder, `${id}.json`);
  const read = (file: string): StudioBatch | null => {
    try {
      return BatchFile.parse(JSON.parse(readFileSync(file, 'utf8'))).batch;
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'ENOENT') log.warn(`studio batch ${path.basename(file)} unreadable, skipped: ${String(thrown)}`);
      return null;
    }
  };
  const list = (): StudioBatch[] => {
    let names: string[];
    try {
      names = readdirSync(folder).filter((name) => name.endsWith('.json'));
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw thrown;
    }
    return names
      .map((name) => read(path.join(folder, name)))
      .filter((batch): batch is StudioBatch => batch !== null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  };
  /** A new batch makes room: the oldest ended ones beyond the kept number go. */
  const makeRoom = (saved: StudioBatch) => {
    const pinned = (kept: StudioBatch) => kept.id === saved.id || kept.status === 'running';
    const all = list();
    let room = keptBatches - all.filter(pinned).length;
    for (const kept of all) if (!pinned(kept) && room-- <= 0) rmSync(fileOf(kept.id), { force: true });
  };
  return {
    list,
    // Batch ids are UUIDs we made; anything else names no batch (and never a path outside the folder).
    get: (id) => (batchId.test(id) ? read(fileOf(id)) : null),
    save(batch) {
      if (!batchId.test(batch.id)) throw new Error(`not a batch id: ${batch.id}`);
      mkdirSync(folder, { recursive: true });
      const isNew = !existsSync(fileOf(batch.id));
      writeWhole(fileOf(batch.id), JSON.stringify({ v: 1, batch }));
      if (isNew) makeRoom(batch);
    },
  };
}
