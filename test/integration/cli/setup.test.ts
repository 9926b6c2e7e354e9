import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBoardPins } from '../../../electron/board/board-pins';
import { createEventBus } from '../../../electron/events/event-bus';
import { createLogger } from '../../../electron/log';
import { aliyunRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import { createSettingsService } from '../../../electron/services/settings-service';
import { openSettingsFile, settingsPath } from '../../../electron/settings/open-settings-file';
import { createConfSettingsStore } from '../../../electron/settings/settings-store-conf';
import { createShortcutBindings } from '../../../electron/shortcuts/shortcut-bindings';
import { DeskSetupFile } from '../../../shared/domain/desk-setup';
import { cliDesk } from './run-lcr';

// `lcr setup export|import` end to end, the real `lcr` on two data folders: desk A (a profile with
// pins, a shortcut and changed settings) exported, the file imported into a fresh desk B onto a
// profile named there, and B exported again to show it now has A's setup. A file refused, or an
// import nobody confirmed, changes nothing; the file holds no key id and no secret.
type Desk = Awaited<ReturnType<typeof cliDesk>>;
const [accountA, accountB] = aliyunRehearsalAccounts;
const match = { domain: 'live.example.com', app: 'live', stream: 'match1' };
const studio = { domain: 'live.example.com', app: 'live', stream: 'studio' };
const matchKey = 'live.example.com/live/match1';

/** Stores an Alibaba Cloud profile with `lcr profiles add`, the secret on standard input; answers its id. */
async function addProfile(desk: Desk, name: string, account: typeof accountA): Promise<string> {
  const added = await desk.run(['profiles', 'add', '--provider', 'aliyun', '--name', name, '--access-key-id', account.accessKeyId, '--secret-stdin'], { input: `${account.secret}\n` });
  const id = /id ([0-9a-f-]{36})/.exec(added.stdout)?.[1];
  if (added.code !== 0 || !id) throw new Error(added.stderr);
  return id;
}

let a: Desk;
let b: Desk;
let profileA: string;
let setupFile: string;

beforeAll(async () => {
  [a, b] = await Promise.all([cliDesk(), cliDesk()]);
  [profileA] = await Promise.all([addProfile(a, 'Evening show', accountA), addProfile(b, 'Show desk', accountB)]);
  // Desk A's board and settings, set through the app's own modules as its screens set them (no
  // `lcr` command pins a stream or changes a setting).
  const file = openSettingsFile(a.dataDir, createConfSettingsStore, createLogger('settings', () => undefined));
  createSettingsService(file, createEventBus()).update({ takeMode: 'single', pollingSeconds: 5, notifications: { standby: false } });
  const pins = createBoardPins(file);
  pins.pin(profileA, match);
  pins.pin(profileA, studio);
  createShortcutBindings(file).set(profileA, matchKey, 'Control+Alt+1');
});

describe('lcr setup', () => {
  it('exports desk A by profile name, with no key id or secret, and never over an existing file', async () => {
    const written = await a.run(['setup', 'export', '--out', a.dataDir]);
    expect(written, written.stderr).toMatchObject({ code: 0 });
    setupFile = written.stdout.trim();
    expect(path.dirname(setupFile)).toBe(a.dataDir);
    expect(written.stderr).toContain(`Desk setup written to ${setupFile}.`);
    const text = await readFile(setupFile, 'utf8');
    for (const secretish of [accountA.accessKeyId, accountA.accessKeyId.slice(-6), accountA.secret, profileA]) expect(text).not.toContain(secretish);
    const file = DeskSetupFile.parse(JSON.parse(text));
    expect(file.boards).toEqual([{ profileName: 'Evening show', pins: [match, studio], shortcuts: { [matchKey]: 'Control+Alt+1' } }]);
    expect(file.settings).toMatchObject({ takeMode: 'single', pollingSeconds: 5, notifications: { standby: false } });
    expect(await a.run(['setup', 'export', '--out', setupFile])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `lcr: ${setupFile} already exists, so nothing was written. Give --out another file or a folder.\n`,
    });
  });

  it('changes nothing on desk B for a refused file, or an import nobody confirmed (no terminal, no --yes)', async () => {
    const settingsFile = settingsPath(b.dataDir);
    const before = await readFile(settingsFile, 'utf8');
    const damaged = path.join(b.dataDir, 'damaged.json');
    await writeFile(damaged, (await readFile(setupFile, 'utf8')).replace('"Control+Alt+1"', '"Control+Alt"'));
    expect(await b.run(['setup', 'import', damaged, '--yes'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'lcr: This desk setup file is damaged at “boards.0.shortcuts.live.example.com/live/match1”, so none of it was imported. Export it again from the other desk.\n',
    });
    const unconfirmed = await b.run(['setup', 'import', setupFile, '--attach', 'evening show=Show desk']);
    expect(unconfirmed.code).toBe(3);
    expect(unconfirmed.stdout).toContain('  How a switch is made: Arm, then take → Single action\n');
    expect(unconfirmed.stdout).toContain(`  Board "Evening show" goes to profile "Show desk":\n    Pinned after import (2): ${matchKey}, live.example.com/live/studio\n`);
    expect(unconfirmed.stderr).toContain('there is no terminal to ask on; nothing was changed. Pass --yes');
    expect(await readFile(settingsFile, 'utf8')).toBe(before);
  });

  it('imports onto the profile named with --yes, after which desk B exports desk A\'s setup', async () => {
    const imported = await b.run(['setup', 'import', setupFile, '--attach', 'Evening show=Show desk', '--yes']);
    expect(imported, imported.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(/\nImported from .+: 3 setting\(s\) changed, 1 board\(s\) set up\.\n$/);
    const exported = await b.run(['setup', 'export', '--out', '-']);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const [fromA, fromB] = [DeskSetupFile.parse(JSON.parse(await readFile(setupFile, 'utf8'))), DeskSetupFile.parse(JSON.parse(exported.stdout))];
    expect(fromB.boards).toEqual(fromA.boards.map((board) => ({ ...board, profileName: 'Show desk' })));
    expect(fromB.settings).toEqual(fromA.settings);
    expect(exported.stdout).not.toContain(accountB.accessKeyId);
  });
});
