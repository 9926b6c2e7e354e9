import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';

// The app and `lcr` append to the same journal at the same time: several processes, each
// appending many entries as fast as it can, must leave every line whole.
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const childScript = path.join(import.meta.dirname, 'append-entries.ts');

function runWriter(file: string, who: string, count: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, file, who, String(count)], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('exit', resolve);
  });
}

describe('journal with concurrent writers', () => {
  it('keeps every line whole when four processes append at once', async () => {
    const file = journalPath(await mkdtemp(path.join(os.tmpdir(), 'lcr-journal-race-')));
    const codes = await Promise.all(['w1', 'w2', 'w3', 'w4'].map((who) => runWriter(file, who, 150)));
    expect(codes).toEqual([0, 0, 0, 0]);
    const contents = await readJournal(file);
    expect(contents.corrupt).toEqual([]);
    expect(contents.tornTail).toBe(false);
    expect(contents.entries).toHaveLength(600);
    expect(new Set(contents.entries.map((e) => e.id)).size).toBe(600);
  });
});
