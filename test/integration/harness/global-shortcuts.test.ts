import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../../electron/journal/journal-file';
import type { BoardState } from '../../../shared/domain/board';
import type { DeskNotice } from '../../../shared/domain/desk-notice';
import type { ShortcutsState } from '../../../shared/domain/shortcuts';
import { connectHarness, type HarnessClient } from './harness-client';

// A global shortcut end to end through the harness: bound on a pinned tile, pressed on the
// harness's stand-in OS (which holds Control+Alt+9 for "another program"), failing the tile over
// through the switch desk; the switch is confirmed, notified as a toast and journaled as the
// shortcut's; a press on a locked desk is refused out loud.
const studio = 'live.rehearsal.example/live/studio-b';
const main = 'live.rehearsal.example/live/main';
let client: HarnessClient;

/** Waits until `check` gives a value (not undefined), or fails after about five seconds. */
async function eventually<T>(check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('gave up waiting');
}

const onAir = (state: BoardState, key: string) =>
  state.tiles.find((tile) => `${tile.pin.domain}/${tile.pin.app}/${tile.pin.stream}` === key)?.stream?.upstreams.find((upstream) => upstream.master)?.sequence;
const press = async (accelerator: string) => JSON.parse(await client.post('/harness/press-shortcut', { accelerator })) as { pressed: boolean };

beforeAll(async () => {
  client = await connectHarness({ env: { LCR_HARNESS_TAKEN_SHORTCUTS: 'Control+Alt+9' } });
  for (const stream of ['studio-b', 'main']) await client.ipc('board.pin', { domain: 'live.rehearsal.example', app: 'live', stream });
});
afterAll(() => client.harness.stop());

describe('global shortcuts through the harness', () => {
  it('fails a tile over on a press, confirmed, notified and journaled as the shortcut\'s; reports the keys the OS refused', async () => {
    const listening = client.listen();
    const before = await eventually(async () => onAir(await client.ipc<BoardState>('board.state'), studio));
    expect(await client.ipc<ShortcutsState>('shortcuts.bind', { key: studio, accelerator: 'ctrl+alt+1' })).toMatchObject({ shortcuts: [{ key: studio, accelerator: 'Control+Alt+1', state: 'active' }] });
    const refused = await client.ipc<ShortcutsState>('shortcuts.bind', { key: main, accelerator: 'Control+Alt+9' });
    expect(refused.shortcuts.find((status) => status.key === main)).toMatchObject({ state: 'refused' });

    expect(await press('Control+Alt+1')).toEqual({ pressed: true });
    const after = await eventually(async () => {
      const sequence = onAir(await client.ipc<BoardState>('board.state'), studio);
      return sequence !== before ? sequence : undefined;
    });
    const notices = await eventually(() => {
      const shown = listening.events.filter((event) => event.name === 'notice.shown').map((event) => event.payload as DeskNotice);
      return shown.some((notice) => notice.title.startsWith('Switched')) ? shown : undefined;
    });
    expect(notices.map((notice) => notice.title)).toEqual(['Shortcut Ctrl+Alt+9 does not work', `Switched ${studio}`]);
    const entries = await eventually(async () => {
      const { entries: all } = await readJournal(path.join(client.harness.dataDir, 'journal.jsonl'));
      return all.some((entry) => entry.kind === 'switch') ? all : undefined;
    });
    expect(entries.filter((entry) => entry.kind === 'switch')).toMatchObject([{ target: studio, from: before, to: after, via: 'shortcut', outcome: 'ok', origin: 'harness' }]);
    expect(entries.filter((entry) => entry.kind === 'call').map((entry) => entry.kind === 'call' && entry.action)).toEqual(['SetLiveDomainMultiStreamMaster']);
    listening.stop();
  });

  it('says why a press on a locked desk switched nothing', async () => {
    const listening = client.listen();
    const state = await client.ipc<BoardState>('board.setLocked', { locked: true });
    const before = onAir(state, studio);
    // Past the repeat guard: a new press, not the held key of the previous test.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await press('Control+Alt+1')).toEqual({ pressed: true });
    const refusal = await eventually(() => listening.events.find((event) => event.name === 'notice.shown')?.payload as DeskNotice | undefined);
    expect(refusal).toMatchObject({ tone: 'alert', title: `Shortcut Ctrl+Alt+1 did not switch ${studio}` });
    expect(refusal.body).toContain('locked');
    expect(onAir(await client.ipc<BoardState>('board.state'), studio)).toBe(before);
    expect(await press('Control+Alt+2')).toEqual({ pressed: false });
    listening.stop();
  });
});
