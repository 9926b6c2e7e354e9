import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentsOf } from '../../../electron/cli/commands/setup-commands';
import { CliError } from '../../../electron/cli/exit-codes';
import type { DeskSetupPreview } from '../../../shared/domain/desk-setup';
import { memoryDesk } from '../support/cli-desk';
import { en } from '../support/cli-grammar';

// `lcr setup export|import` over the real services, the settings file and keychain in memory: the
// file goes out by profile name and comes back in on the profile chosen, only once confirmed, and
// a refused file or a declined import changes nothing.

const match = { domain: 'live.example.com', app: 'live', stream: 'match1' };
const studio = { domain: 'live.example.com', app: 'live', stream: 'studio' };
const matchKey = 'live.example.com/live/match1';
const rehearsal = 'Rehearsal · Alibaba Cloud';

/** The first desk: two pins and a shortcut on the rehearsal profile's board, and a changed setting. */
const firstDesk = () =>
  memoryDesk({
    preferences: { takeMode: 'single' },
    boardPins: { 'rehearsal-aliyun': [match, studio] },
    shortcutBindings: { 'rehearsal-aliyun': { [matchKey]: 'Control+Alt+1' } },
  });

/** The next desk: fresh, with one Alibaba Cloud profile of its own, "Show desk"; answers its id. */
async function nextDesk() {
  const desk = memoryDesk();
  const added = await desk.run(['profiles', 'add', '--provider', 'aliyun', '--name', 'Show desk', '--access-key-id', 'LTAI5tAbCdEfGh9P6', '--secret-stdin'], { input: 'Unit-Secret-Value-7f3a\n' });
  const id = /id ([0-9a-f-]{36})/.exec(added.out)?.[1];
  if (!id) throw new Error(added.err);
  return { ...desk, id };
}

let folder: string;
let setupFile: string;
let setupText: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'lcr-setup-unit-'));
  const exported = await firstDesk().run(['setup', 'export', '--out', '-']);
  expect(exported).toMatchObject({ code: 0, err: '' });
  setupText = exported.out;
  setupFile = path.join(folder, 'desk.json');
  await writeFile(setupFile, setupText);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('lcr setup export', () => {
  it('writes the board by its profile\'s name and the settings, with --out - to stdout and nothing else', () => {
    const file = JSON.parse(setupText);
    expect(file).toMatchObject({ format: 'live-control-room/desk-setup', settings: { takeMode: 'single' } });
    expect(file.boards).toEqual([{ profileName: rehearsal, pins: [match, studio], shortcuts: { [matchKey]: 'Control+Alt+1' } }]);
    expect(setupText).not.toContain('rehearsal-aliyun');
  });

  it('writes into a folder under the file\'s own name, says where, and never overwrites it', async () => {
    const desk = firstDesk();
    const written = await desk.run(['setup', 'export', '--out', folder]);
    expect(written.code).toBe(0);
    const target = written.out.trim();
    expect(path.dirname(target)).toBe(folder);
    expect(path.basename(target)).toMatch(/^desk-setup-.+-\d{4}-\d{2}-\d{2}\.json$/);
    expect(written.err).toBe(`Desk setup written to ${target}. It holds the settings, pins and shortcuts — no profile, key id or secret. On the next desk: lcr setup import FILE\n`);
    expect(JSON.parse(await readFile(target, 'utf8')).boards).toEqual(JSON.parse(setupText).boards);
    const again = await desk.run(['setup', 'export', '--out', target, '--lang', 'zh-CN']);
    expect(again).toEqual({ code: 1, out: '', err: `lcr: ${target} 已存在，因此未写入任何内容。请为 --out 指定其他文件或文件夹。\n` });
  });
});

describe('lcr setup import', () => {
  it('previews, and without a terminal or --yes stops there (exit 3) having changed nothing', async () => {
    const desk = await nextDesk();
    const before = structuredClone(desk.store.document());
    const looked = await desk.run(['setup', 'import', setupFile, '--attach', ` ${rehearsal.toUpperCase()} = show DESK `]);
    expect(looked.code).toBe(3);
    expect(looked.out).toContain('Settings:\n  How a switch is made: Arm, then take → Single action\nBoards:\n');
    expect(looked.out).toContain(`  Board "${rehearsal}" goes to profile "Show desk":\n    Pinned after import (2): ${matchKey}, live.example.com/live/studio\n`);
    expect(looked.out).toContain(`    Shortcut Ctrl+Alt+1 for ${matchKey}\n`);
    expect(looked.err).toBe('lcr: Importing the desk setup needs confirmation and there is no terminal to ask on; nothing was changed. Pass --yes to import it as shown above.\n');
    const declined = await desk.run(['setup', 'import', setupFile], { terminal: true, input: '\n' });
    expect(declined).toMatchObject({ code: 3, err: 'Import this desk setup? [y/N] lcr: Nothing was changed.\n' });
    expect(desk.store.document()).toEqual(before);
  });

  it('refuses an unknown board or profile naming the choices (exit 1), and a value without = (exit 2), changing nothing', async () => {
    const desk = await nextDesk();
    const before = structuredClone(desk.store.document());
    expect(await desk.run(['setup', 'import', setupFile, '--attach', 'Evening show=Show desk', '--yes'])).toEqual({
      code: 1,
      out: '',
      err: `lcr: The file has no board "Evening show", so nothing was changed. Its boards: "${rehearsal}".\n`,
    });
    expect(await desk.run(['setup', 'import', setupFile, '--attach', `${rehearsal}=Night desk`, '--yes'])).toEqual({
      code: 1,
      out: '',
      err: `lcr: This desk has no Alibaba Cloud profile "Night desk" for board "${rehearsal}", so nothing was changed. Its Alibaba Cloud profiles: "${rehearsal}", "Show desk".\n`,
    });
    expect(await desk.run(['setup', 'import', setupFile, '--attach', 'Show desk', '--yes'])).toMatchObject({ code: 2, out: '' });
    expect(await desk.run(['setup', 'import', setupFile, '--attach', `${rehearsal}=`, '--attach', `${rehearsal}=Show desk`, '--yes'])).toMatchObject({ code: 2 });
    expect(desk.store.document()).toEqual(before);
  });

  it('refuses a file that is not a desk setup with the service\'s own words (exit 1), and one it cannot read', async () => {
    const desk = await nextDesk();
    const before = structuredClone(desk.store.document());
    const notJson = path.join(folder, 'not-json.json');
    await writeFile(notJson, 'format: desk-setup');
    expect(await desk.run(['setup', 'import', notJson, '--yes'])).toEqual({
      code: 1,
      out: '',
      err: 'lcr: This file is not a desk setup file: it is not JSON (it may be damaged or of another kind). Nothing was changed.\n',
    });
    const newer = JSON.stringify({ ...JSON.parse(setupText), version: 2 });
    expect((await desk.run(['setup', 'import', '-', '--yes', '--lang', 'zh-CN'], { input: newer })).err).toBe(
      'lcr: 此工作台设置文件由更新版本的 Live Control Room 写入（格式 2；本版本读取 1）。请先更新本工作台再导入。未做任何更改。\n',
    );
    const missing = path.join(folder, 'missing.json');
    expect(await desk.run(['setup', 'import', missing, '--yes'])).toEqual({ code: 1, out: '', err: `lcr: The desk setup file ${missing} could not be read (ENOENT), so nothing was changed.\n` });
    expect((await desk.run(['setup', 'import', '-', '--yes'], { input: `${' '.repeat(1024 * 1024)}{}` })).err).toContain('larger than 1 MiB');
    expect(desk.store.document()).toEqual(before);
  });

  it('imports on a terminal once confirmed, onto the profile chosen, and then has nothing left to change', async () => {
    const desk = await nextDesk();
    const confirmed = await desk.run(['setup', 'import', setupFile, '--attach', `${rehearsal}=Show desk`], { terminal: true, input: 'y\n' });
    expect(confirmed.code, confirmed.err).toBe(0);
    expect(confirmed.err).toBe('Import this desk setup? [y/N] ');
    expect(confirmed.out).toMatch(/\nEach board replaces the pins .*\nImported from .+: 1 setting\(s\) changed, 1 board\(s\) set up\.\n$/);
    expect(desk.store.document()).toMatchObject({
      preferences: { takeMode: 'single' },
      boardPins: { [desk.id]: [match, studio] },
      shortcutBindings: { [desk.id]: { [matchKey]: 'Control+Alt+1' } },
    });
    const again = await desk.run(['setup', 'import', setupFile, '--attach', `${rehearsal}=Show desk`]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Its pins and shortcuts are already the same here\.\n\nImporting this file changes nothing on this desk\.\n$/);
  });

  it('imports from standard input at once with --yes, printing what it did', async () => {
    const desk = await nextDesk();
    // Without --attach the board goes to the profile of the same name here: the built-in rehearsal one.
    const imported = await desk.run(['setup', 'import', '-', '--yes'], { input: setupText });
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain(`  Board "${rehearsal}" goes to profile "${rehearsal}":\n    Pinned after import (2)`);
    expect(imported.out).not.toContain('Each board replaces');
    expect(imported.out).toMatch(/\nImported from .+: 1 setting\(s\) changed, 1 board\(s\) set up\.\n$/);
    expect(desk.store.document()).toMatchObject({ boardPins: { 'rehearsal-aliyun': [match, studio] } });
  });
});

describe('where each board goes', () => {
  const board = (index: number, profileName: string, attachTo: string | null) => ({ index, profileName, attachTo, pins: [], added: [], removed: [], reordered: false, shortcuts: [] });
  const proposed: DeskSetupPreview = {
    from: { host: 'desk-1', appVersion: '0.1.0', exportedAt: '2026-11-23T08:00:00.000Z' },
    settings: [],
    profiles: [
      { id: 'p-rehearsal', name: 'Rehearsal' },
      { id: 'p-show', name: 'Show desk' },
    ],
    boards: [board(0, 'Rehearsal', 'p-rehearsal'), board(1, 'Evening show', null), board(2, 'Late show', null)],
  };

  it('keeps main\'s proposal for the boards not named, and a profile typed wins over one only proposed', () => {
    expect(attachmentsOf(en, [], proposed)).toEqual(['p-rehearsal', null, null]);
    expect(attachmentsOf(en, ['evening SHOW=show desk'], proposed)).toEqual(['p-rehearsal', 'p-show', null]);
    expect(attachmentsOf(en, ['Evening show=Rehearsal'], proposed)).toEqual([null, 'p-rehearsal', null]);
    expect(attachmentsOf(en, ['Rehearsal=', 'Late show = Show desk'], proposed)).toEqual([null, null, 'p-show']);
  });

  it('refuses an unknown board or profile as a failure naming the choices', () => {
    const refused = (values: string[]) => {
      try {
        attachmentsOf(en, values, proposed);
      } catch (thrown) {
        if (thrown instanceof CliError) return [thrown.exit, en(thrown.key, thrown.params)];
      }
      throw new Error('not refused');
    };
    expect(refused(['Morning=Show desk'])).toEqual([1, 'The file has no board "Morning", so nothing was changed. Its boards: "Rehearsal", "Evening show", "Late show".']);
    expect(refused(['Late show=Nobody'])).toEqual([1, 'This desk has no Alibaba Cloud profile "Nobody" for board "Late show", so nothing was changed. Its Alibaba Cloud profiles: "Rehearsal", "Show desk".']);
    expect(refused(['Late show:Show desk'])).toEqual([2, '--attach takes "BOARD=PROFILE", or "BOARD=" to leave a board out; "Late show:Show desk" has no =.']);
    expect(refused(['Late show=', 'late show=Show desk'])).toEqual([2, 'Board "Late show" is given twice with --attach. Give each board once.']);
  });
});
