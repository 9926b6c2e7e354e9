import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron save dialog's glue: the OS dialog is asked with the suggested name over the focused
// window, the file is written where the operator chose, and a cancel writes nothing.
const fake = vi.hoisted(() => ({
  answer: { canceled: false, filePath: '' } as { canceled: boolean; filePath?: string },
  asked: [] as unknown[][],
  window: { id: 1 } as object | null,
}));
vi.mock('electron', () => ({
  BrowserWindow: { getFocusedWindow: () => fake.window },
  dialog: {
    showSaveDialog: (...args: unknown[]) => {
      fake.asked.push(args);
      return Promise.resolve(fake.answer);
    },
  },
}));

const { electronSaveDialog } = await import('../../../../electron/files/save-dialog-electron');
const bus = { emit: () => undefined, listen: () => () => undefined } as never;
const file = { fileName: 'journal-20261123-2015.csv', mimeType: 'text/csv;charset=utf-8', text: '\uFEFFTime (UTC),What\r\n' };

beforeEach(() => {
  fake.asked.length = 0;
  fake.window = { id: 1 };
});

describe('the Electron save dialog', () => {
  it('asks over the focused window with the suggested name, writes the file there and says where', async () => {
    const target = path.join(await mkdtemp(path.join(os.tmpdir(), 'lcr-save-')), 'chosen.csv');
    fake.answer = { canceled: false, filePath: target };
    expect(await electronSaveDialog(bus).save(file)).toEqual({ kind: 'saved', path: target });
    expect(fake.asked).toEqual([[fake.window, { defaultPath: 'journal-20261123-2015.csv' }]]);
    expect(await readFile(target, 'utf8')).toBe(file.text);
  });

  it('writes nothing when the operator cancels, and asks without a window when none has focus', async () => {
    fake.window = null;
    fake.answer = { canceled: true };
    expect(await electronSaveDialog(bus).save(file)).toEqual({ kind: 'cancelled' });
    expect(fake.asked).toEqual([[{ defaultPath: 'journal-20261123-2015.csv' }]]);
  });
});
