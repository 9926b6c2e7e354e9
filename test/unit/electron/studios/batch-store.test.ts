import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/log';
import { batchFolder, createBatchStore, keptBatches } from '../../../../electron/studios/batch-store';
import type { StudioBatch } from '../../../../shared/domain/studio-desk';

// The bulk copies' files in the data folder, one per batch: written whole and renamed into place,
// so each is valid after every save and a failed write leaves the old one; the newest batches
// kept, never the one being saved dropped; an unreadable file skipped, and said so in the log.

function dataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'lcr-batch-store-'));
}

function store(dir: string) {
  const logs: string[] = [];
  return { store: createBatchStore(dir, createLogger('studios', (line) => logs.push(line))), logs };
}

/** The batch id (a UUID, as the service makes them) of the batch made at `minute`. */
const idOf = (minute: number) => `00000000-0000-4000-8000-${String(minute).padStart(12, '0')}`;

/** A batch made at minute `minute` of the evening, of `count` copies. */
function batch(minute: number, status: StudioBatch['status'] = 'finished', count = 3): StudioBatch {
  return {
    id: idOf(minute),
    profileId: 'aliyun-test',
    sourceStudioId: 'source-studio',
    pattern: 'Match {n}',
    createdAt: new Date(Date.UTC(2026, 10, 22, 20, minute)).toISOString(),
    status,
    stoppedBy: null,
    items: Array.from({ length: count }, (_, index) => ({
      n: index + 1,
      name: `Match ${index + 1}`,
      clientToken: `token-${minute}-${index + 1}`,
      state: status === 'finished' ? ('done' as const) : ('pending' as const),
      studioId: status === 'finished' ? `studio-${minute}-${index + 1}` : null,
      error: null,
    })),
  };
}

const fileName = (minute: number) => `${idOf(minute)}.json`;
const onDisk = (dir: string, minute: number): unknown => JSON.parse(readFileSync(path.join(batchFolder(dir), fileName(minute)), 'utf8'));

describe('the batch store', () => {
  it('leaves a whole, valid file after every save, and no temporary file', () => {
    const dir = dataDir();
    const { store: batches } = store(dir);
    let current = batch(1, 'running', 4);
    for (let n = 1; n <= 4; n += 1) {
      current = { ...current, items: current.items.map((item) => (item.n === n ? { ...item, state: 'sending' } : item)) };
      batches.save(current);
      expect(onDisk(dir, 1)).toEqual({ v: 1, batch: current });
      expect(readdirSync(batchFolder(dir))).toEqual([fileName(1)]);
    }
    expect(batches.get(current.id)).toEqual(current);
  });

  it('keeps the old file whole when a save cannot be written', () => {
    const dir = dataDir();
    const { store: batches } = store(dir);
    const kept = batch(1, 'running');
    batches.save(kept);
    // Where the temporary file would go, a folder: the write fails before anything is renamed.
    mkdirSync(path.join(batchFolder(dir), `${fileName(1)}.${process.pid}.tmp`));
    expect(() => batches.save({ ...kept, status: 'finished' })).toThrow();
    expect(onDisk(dir, 1)).toEqual({ v: 1, batch: kept });
  });

  it(`keeps the newest ${keptBatches} batches, newest first`, () => {
    const dir = dataDir();
    const { store: batches } = store(dir);
    const minutes = Array.from({ length: keptBatches + 5 }, (_, i) => i + 1);
    // Saved out of order (the app and `lcr` interleave), the newest last: kept by when they were made.
    const older = minutes.slice(0, -1).sort((a, b) => ((a * 7) % 24) - ((b * 7) % 24));
    for (const minute of [...older, minutes.length]) batches.save(batch(minute));
    expect(batches.list().map((kept) => kept.id)).toEqual(minutes.slice(5).reverse().map(idOf));
  });

  it('never drops the batch it is saving, nor one still running, to keep the newest', () => {
    const dir = dataDir();
    const { store: batches } = store(dir);
    // An old batch resumed while the folder already holds the newest ones: its progress must stay on disk.
    const resumed = batch(0, 'running');
    batches.save(resumed);
    for (let minute = 1; minute <= keptBatches; minute += 1) batches.save(batch(minute));
    expect(batches.get(resumed.id)).toEqual(resumed);
    const progressed = { ...resumed, items: resumed.items.map((item) => (item.n === 1 ? { ...item, state: 'sending' as const } : item)) };
    batches.save(progressed);
    expect(batches.get(resumed.id)).toEqual(progressed);
    expect(batches.list()).toHaveLength(keptBatches);
    // Once it has ended, it is an old batch like any other: the next newer one pushes it out.
    const ended = { ...progressed, status: 'cancelled' as const };
    batches.save(ended);
    expect(batches.get(resumed.id)).toEqual(ended);
    batches.save(batch(keptBatches + 1));
    expect(batches.get(resumed.id)).toBeNull();
    expect(batches.list()).toHaveLength(keptBatches);
  });

  it('reads every batch afresh, so a batch another process saved is seen', () => {
    const dir = dataDir();
    const app = store(dir).store;
    const cli = store(dir).store;
    app.save(batch(1));
    cli.save(batch(2, 'running'));
    expect(app.list().map((kept) => [kept.id, kept.status])).toEqual([
      [idOf(2), 'running'],
      [idOf(1), 'finished'],
    ]);
    expect(app.get(idOf(2))).toEqual(batch(2, 'running'));
    expect(app.get(idOf(3))).toBeNull();
    // Only ids the service makes name a batch: never a path outside the folder.
    expect(app.get('../settings')).toBeNull();
    expect(() => app.save({ ...batch(4), id: '../settings' })).toThrow();
  });

  it('reads a missing file as no batches, quietly', () => {
    const { store: batches, logs } = store(dataDir());
    expect(batches.list()).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('skips an unreadable batch file, says so in the log, and replaces it on the next save', () => {
    for (const content of ['{"v":1,"batch":{"id":', JSON.stringify({ v: 2, batch: batch(1) }), JSON.stringify({ v: 1, batch: { id: 'half' } })]) {
      const dir = dataDir();
      const { store: batches, logs } = store(dir);
      batches.save(batch(2));
      writeFileSync(path.join(batchFolder(dir), fileName(1)), content);
      expect(batches.list().map((kept) => kept.id)).toEqual([idOf(2)]);
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(/ warn \[studios\] studio batch .* unreadable, skipped: /);
      batches.save(batch(1));
      expect(onDisk(dir, 1)).toEqual({ v: 1, batch: batch(1) });
    }
  });
});
