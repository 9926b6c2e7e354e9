import { describe, expect, it } from 'vitest';
import type { DeskSetupPreview } from '../../../../shared/domain/desk-setup';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createDeskSetupStore } from '../../../../renderer/state/desk-setup-store';
import { fakeControlRoom } from '../fake-control-room';

// Settings › Set up another desk: the export's outcome, and an import previewed by main, re-previewed
// as the operator moves a board, applied as shown — or refused with nothing changed.

const preview = (attachTo: string | null): DeskSetupPreview => ({
  from: { host: 'desk-1', appVersion: '0.1.0', exportedAt: '2026-11-23T08:00:00.000Z' },
  settings: [{ field: 'takeMode', from: 'armThenTake', to: 'single' }],
  boards: [{ index: 0, profileName: 'Show', attachTo, pins: ['d/a/s'], added: attachTo ? ['d/a/s'] : [], removed: [], reordered: false, shortcuts: [] }],
  profiles: [{ id: 'p-1', name: 'Show' }, { id: 'p-2', name: 'Other' }],
});

function setup() {
  const fake = fakeControlRoom();
  fake.answer('deskSetup.preview', async (request) => {
    const { attach } = request as { attach?: (string | null)[] };
    return { ok: true, value: preview(attach ? (attach[0] ?? null) : 'p-1') };
  });
  return { fake, store: createDeskSetupStore(createControlRoomClient(fake.api)) };
}

const requests = (fake: ReturnType<typeof fakeControlRoom>, channel: string) => fake.calls.filter((call) => call.channel === channel).map((call) => call.request);

describe('desk setup store', () => {
  it('previews a chosen file where main proposes, previews again when a board is moved, and imports as shown', async () => {
    const { fake, store } = setup();
    await store.getState().open('desk.json', '{"format":…}');
    expect(store.getState().pending).toMatchObject({ fileName: 'desk.json', attach: ['p-1'] });
    await store.getState().attach(0, 'p-2');
    await store.getState().attach(0, null);
    expect(store.getState().pending?.attach).toEqual([null]);
    expect(requests(fake, 'deskSetup.preview')).toEqual([{ text: '{"format":…}' }, { text: '{"format":…}', attach: ['p-2'] }, { text: '{"format":…}', attach: [null] }]);

    fake.answer('deskSetup.apply', async () => ({ ok: true, value: preview(null) }));
    await store.getState().apply();
    expect(requests(fake, 'deskSetup.apply')).toEqual([{ text: '{"format":…}', attach: [null] }]);
    expect(store.getState()).toMatchObject({ pending: null, busy: false, imported: { from: { host: 'desk-1' } }, error: null });
  });

  it('keeps the preview open with the reason when the import is refused, and Cancel closes it', async () => {
    const { fake, store } = setup();
    await store.getState().open('desk.json', '{}');
    fake.answer('deskSetup.apply', async () => ({ ok: false, error: appError('deskSetup.unknownProfile') }));
    await store.getState().apply();
    expect(store.getState()).toMatchObject({ pending: { fileName: 'desk.json' }, imported: null, error: { code: 'deskSetup.unknownProfile' } });
    store.getState().cancel();
    expect(store.getState()).toMatchObject({ pending: null, error: null });
  });

  it('says why a file was refused without opening a preview', async () => {
    const { fake, store } = setup();
    fake.answer('deskSetup.preview', async () => ({ ok: false, error: appError('deskSetup.notJson') }));
    await store.getState().open('notes.txt', 'hello');
    expect(store.getState()).toMatchObject({ pending: null, error: { code: 'deskSetup.notJson' } });
  });

  it('says where an export went, once per press', async () => {
    const { fake, store } = setup();
    fake.answer('deskSetup.save', async () => ({ ok: true, value: { kind: 'offered', fileName: 'desk-setup-desk-1-2026-11-23.json' } }));
    await Promise.all([store.getState().save(), store.getState().save()]);
    expect(requests(fake, 'deskSetup.save')).toHaveLength(1);
    expect(store.getState().saved).toEqual({ kind: 'offered', fileName: 'desk-setup-desk-1-2026-11-23.json' });
  });
});
