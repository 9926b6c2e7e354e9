import { describe, expect, it } from 'vitest';
import { createBoardPins } from '../../../../electron/board/board-pins';
import { createEventBus } from '../../../../electron/events/event-bus';
import { createLogger } from '../../../../electron/log';
import { createSettingsService } from '../../../../electron/services/settings-service';
import { createDeskSetupService } from '../../../../electron/settings/desk-setup-service';
import { createSettingsFile } from '../../../../electron/settings/settings-file';
import { createShortcutBindings } from '../../../../electron/shortcuts/shortcut-bindings';
import { changesNothing, type AttachableProfile } from '../../../../shared/domain/desk-setup';
import { defaultSettings } from '../../../../shared/domain/settings';
import { memoryStore } from '../../support/memory-settings';

const match = { domain: 'live.example.com', app: 'live', stream: 'match1' };
const studio = { domain: 'live.example.com', app: 'live', stream: 'studio' };
const keyOf = ({ domain, app, stream }: typeof match) => `${domain}/${app}/${stream}`;

/** A desk with its own settings file, profiles and a record of the boards an import replaced. */
function desk(profiles: AttachableProfile[], initial?: unknown) {
  const store = memoryStore(initial);
  const file = createSettingsFile(store, () => '/data/aside.json', createLogger('settings', () => undefined));
  const settings = createSettingsService(file, createEventBus());
  const pins = createBoardPins(file);
  const bindings = createShortcutBindings(file);
  const service = createDeskSetupService({
    file,
    settings,
    profiles: () => profiles,
    activeId: () => profiles[0]?.id ?? '',
    importBoard: (profileId, boardPins, boardBindings) => {
      pins.replace(profileId, boardPins);
      bindings.replace(profileId, boardBindings);
    },
    host: 'desk-1',
    appVersion: '0.1.0',
    now: () => new Date('2026-11-23T08:00:00.000Z'),
  });
  return { store, settings, pins, bindings, service };
}

/** The first desk: a show profile with two pins and a shortcut, and changed settings. */
function firstDesk() {
  const first = desk([
    { id: 'p-show', name: 'Evening show' },
    { id: 'p-rehearsal', name: 'Rehearsal' },
  ]);
  first.settings.update({ language: 'zh-CN', takeMode: 'single', pollingSeconds: 5, notifications: { standby: false }, timeZone: 'UTC' });
  first.pins.pin('p-show', match);
  first.pins.pin('p-show', studio);
  first.bindings.set('p-show', keyOf(match), 'Control+Alt+1');
  // A binding left from a tile unpinned since is not carried.
  first.bindings.set('p-show', 'live.example.com/live/gone', 'Control+Alt+9');
  return first;
}

describe('carrying a desk\'s settings, pins and shortcuts to the next workstation', () => {
  it('exports settings and each board by profile name, without ids, keys or a stale shortcut', () => {
    const { fileName, text } = firstDesk().service.exported();
    expect(fileName).toBe('desk-setup-desk-1-2026-11-23.json');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'live-control-room/desk-setup', version: 1, from: { host: 'desk-1', appVersion: '0.1.0' }, settings: { language: 'zh-CN', pollingSeconds: 5 } });
    expect(file.boards).toEqual([{ profileName: 'Evening show', pins: [match, studio], shortcuts: { [keyOf(match)]: 'Control+Alt+1' } }]);
    expect(text).not.toContain('p-show');
  });

  it('shows what an import changes before changing anything, then reproduces pins and shortcuts on the profile chosen', () => {
    const { text } = firstDesk().service.exported();
    const next = desk([{ id: 'n-1', name: 'Rehearsal' }, { id: 'n-2', name: 'Backup account' }]);
    const before = structuredClone(next.store.document());

    const proposed = next.service.preview({ text });
    expect(proposed.boards).toMatchObject([{ profileName: 'Evening show', attachTo: 'n-1' }]);
    const preview = next.service.preview({ text, attach: ['n-2'] });
    expect(next.store.document()).toEqual(before);
    expect(preview.settings.map((change) => change.field)).toEqual(['language', 'takeMode', 'pollingSeconds', 'timeZone', 'notifications.standby']);
    expect(preview.boards).toEqual([
      { index: 0, profileName: 'Evening show', attachTo: 'n-2', pins: [keyOf(match), keyOf(studio)], added: [keyOf(match), keyOf(studio)], removed: [], reordered: false, shortcuts: [{ key: keyOf(match), from: null, to: 'Control+Alt+1' }] },
    ]);

    expect(next.service.apply({ text, attach: ['n-2'] })).toEqual(preview);
    expect(next.pins.list('n-2')).toEqual([match, studio]);
    expect(next.bindings.list('n-2')).toEqual({ [keyOf(match)]: 'Control+Alt+1' });
    expect(next.settings.get()).toMatchObject({ language: 'zh-CN', takeMode: 'single', pollingSeconds: 5, timeZone: 'UTC', notifications: { standby: false } });
    expect(changesNothing(next.service.preview({ text, attach: ['n-2'] }))).toBe(true);
  });

  it('replaces the pins of the profile it goes to, saying what goes and what changes order', () => {
    const { text } = firstDesk().service.exported();
    const next = desk([{ id: 'n-1', name: 'Evening show' }]);
    next.pins.pin('n-1', studio);
    next.pins.pin('n-1', { ...match, stream: 'old' });
    next.pins.pin('n-1', match);
    next.bindings.set('n-1', keyOf(studio), 'Control+Alt+2');
    const [board] = next.service.preview({ text }).boards;
    expect(board).toMatchObject({ attachTo: 'n-1', added: [], removed: ['live.example.com/live/old'], reordered: true });
    expect(board?.shortcuts).toEqual([
      { key: keyOf(match), from: null, to: 'Control+Alt+1' },
      { key: keyOf(studio), from: 'Control+Alt+2', to: null },
    ]);
  });

  it('leaves out a board going nowhere, and refuses a profile this desk lacks or one profile for two boards', () => {
    const two = desk([{ id: 'p-show', name: 'Evening show' }, { id: 'p-2', name: 'Second' }]);
    two.pins.pin('p-show', match);
    two.pins.pin('p-2', studio);
    const { text } = two.service.exported();
    const next = desk([{ id: 'n-1', name: 'Someone else' }], { preferences: { language: 'en' } });
    expect(next.service.preview({ text }).boards.map((board) => board.attachTo)).toEqual([null, null]);
    next.service.apply({ text });
    expect(next.pins.list('n-1')).toEqual([]);
    expect(() => next.service.preview({ text, attach: ['gone', null] })).toThrowError(expect.objectContaining({ error: expect.objectContaining({ code: 'deskSetup.unknownProfile' }) }));
    expect(() => next.service.apply({ text, attach: ['n-1', 'n-1'] })).toThrowError(expect.objectContaining({ error: expect.objectContaining({ code: 'deskSetup.profileTwice', params: { name: 'Someone else' } }) }));
    expect(next.pins.list('n-1')).toEqual([]);
  });

  it('refuses a file that is not one, is newer, or is damaged, by name, and changes nothing', () => {
    const { text } = firstDesk().service.exported();
    const next = desk([{ id: 'n-1', name: 'Evening show' }]);
    const before = structuredClone(next.store.document());
    const file = JSON.parse(text);
    const refusals = [
      ['{"format":', 'deskSetup.notJson'],
      [JSON.stringify({ profiles: [] }), 'deskSetup.notDeskSetup'],
      [JSON.stringify({ ...file, version: 2 }), 'deskSetup.newerVersion'],
      [JSON.stringify({ ...file, boards: [{ ...file.boards[0], shortcuts: { [keyOf(match)]: 'A' } }] }), 'deskSetup.invalid'],
      [JSON.stringify({ ...file, boards: [{ ...file.boards[0], pins: [match, match] }] }), 'deskSetup.invalid'],
      [' '.repeat(1024 * 1024 + 1), 'deskSetup.tooLarge'],
    ];
    for (const [bad, code] of refusals) {
      expect(() => next.service.apply({ text: bad ?? '' }), code).toThrowError(expect.objectContaining({ error: expect.objectContaining({ code }) }));
    }
    expect(next.store.document()).toEqual(before);
    expect(() => next.service.preview({ text: JSON.stringify({ ...file, settings: { ...file.settings, pollingSeconds: 0 } }) })).toThrowError(
      expect.objectContaining({ error: expect.objectContaining({ code: 'deskSetup.invalid', params: { where: 'settings.pollingSeconds' } }) }),
    );
  });

  it('reads a file saved with a byte-order mark, and a desk never changed imports as defaults', () => {
    const fresh = desk([{ id: 'p', name: 'P' }]);
    const { text } = fresh.service.exported();
    expect(JSON.parse(text)).toMatchObject({ settings: defaultSettings, boards: [] });
    expect(changesNothing(fresh.service.preview({ text: `\uFEFF${text}` }))).toBe(true);
  });
});
