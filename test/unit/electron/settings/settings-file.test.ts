import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../../electron/log';
import { openSettingsFile } from '../../../../electron/settings/open-settings-file';
import { createSettingsFile, type Section } from '../../../../electron/settings/settings-file';
import { createConfSettingsStore } from '../../../../electron/settings/settings-store-conf';
import { memoryStore } from '../../support/memory-settings';

const quiet = createLogger('settings', () => undefined);
const counter: Section<number> = { key: 'counter', schema: z.number().int(), fallback: 0 };
const names: Section<string[]> = { key: 'names', schema: z.array(z.string()), fallback: [] };

describe('settings file sections', () => {
  it('reads the fallback for an absent section and writes one section without touching the others', () => {
    const store = memoryStore({ names: ['a'], future: { kept: true } });
    const file = createSettingsFile(store, vi.fn(), quiet);
    expect(file.read(counter)).toBe(0);
    expect(file.update(counter, (n) => n + 1)).toBe(1);
    expect(store.document()).toEqual({ names: ['a'], future: { kept: true }, counter: 1 });
  });

  it('copies the file aside once, raises a notice, and uses the fallback for an invalid section', () => {
    const store = memoryStore({ counter: 'many', names: ['a'] });
    const backup = vi.fn(() => '/data/settings.corrupt-x.json');
    const file = createSettingsFile(store, backup, quiet);
    expect(file.read(counter)).toBe(0);
    expect(file.read(counter)).toBe(0);
    expect(file.read(names)).toEqual(['a']);
    expect(backup).toHaveBeenCalledOnce();
    expect(file.notices()).toEqual([
      expect.objectContaining({ code: 'settings.corrupt', params: { backup: '/data/settings.corrupt-x.json' }, hint: 'counter' }),
    ]);
  });

  it('refuses to store a value outside the section schema', () => {
    const file = createSettingsFile(memoryStore(), vi.fn(), quiet);
    expect(() => file.update(counter, () => 1.5)).toThrow();
  });
});

describe('opening the settings file', () => {
  it('moves a file that is not JSON aside, reports where, and starts on defaults', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lcr-corrupt-'));
    await writeFile(path.join(dir, 'settings.json'), '{"preferences": {"language": "zh-CN"');
    const file = openSettingsFile(dir, createConfSettingsStore, quiet, () => new Date('2026-11-22T20:00:00Z'));
    const aside = path.join(dir, 'settings.corrupt-2026-11-22T20-00-00.000Z.json');
    expect(file.notices()).toEqual([expect.objectContaining({ code: 'settings.corrupt', params: { backup: aside } })]);
    expect(await readFile(aside, 'utf8')).toBe('{"preferences": {"language": "zh-CN"');
    expect(file.read(counter)).toBe(0);
    file.update(counter, () => 3);
    expect((await readdir(dir)).sort()).toEqual(['settings.corrupt-2026-11-22T20-00-00.000Z.json', 'settings.json']);
  });

  it('keeps a copy of a file whose section is invalid before it is ever overwritten', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lcr-invalid-'));
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ counter: 'many' }));
    const file = openSettingsFile(dir, createConfSettingsStore, quiet, () => new Date('2026-11-22T20:00:00Z'));
    expect(file.read(counter)).toBe(0);
    file.update(counter, () => 1);
    const copy = path.join(dir, 'settings.corrupt-2026-11-22T20-00-00.000Z.json');
    expect(JSON.parse(await readFile(copy, 'utf8'))).toEqual({ counter: 'many' });
    expect(JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'))).toEqual({ counter: 1 });
  });
});
