import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../../shared/domain/journal';
import type { JournalFacets } from '../../../../shared/domain/journal-facets';
import type { JournalFilter } from '../../../../shared/domain/journal-query';
import type { JournalLine } from '../../../../shared/domain/journal-view';
import { appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { createJournalStore } from '../../../../renderer/state/journal-store';
import { journalPageSize, keptPages, lineAt } from '../../../../renderer/state/journal-window';
import { fakeControlRoom } from '../fake-control-room';

// The journal slice against a fake main holding a journal of many lines: it reads only the
// windows the table asks for, drops answers for an old filter, reads again on appends, and saves.

/** A call entry numbered `n` (higher is newer). */
function entry(n: number, overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    v: 1,
    id: `e${n}`,
    time: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
    user: 'op',
    host: 'desk',
    origin: 'app',
    profileId: n % 2 === 0 ? 'p-even' : 'p-odd',
    profileName: n % 2 === 0 ? 'Even' : 'Odd',
    provider: 'volcengine',
    accessKeyIdMasked: 'AKLT****001',
    kind: 'call',
    action: n % 3 === 0 ? 'DeletePullToPushGroup' : 'CreatePullToPushGroup',
    target: `g${n}`,
    params: {},
    requestId: `r${n}`,
    outcome: 'ok',
    errorCode: null,
    latencyMs: 12,
    attempts: 1,
    ...overrides,
  } as JournalEntry;
}

const even = { id: 'p-even', name: 'Even', provider: 'volcengine', accessKeyIdMasked: 'AKLT****001' } as const;
const odd = { id: 'p-odd', name: 'Odd', provider: 'volcengine', accessKeyIdMasked: 'AKLT****001' } as const;
/** A profile only the oldest, rotated file holds: no window the screen reads has it. */
const archived = { id: 'p-archived', name: 'Archived', provider: 'aliyun', accessKeyIdMasked: 'LTAI****9P6' } as const;

/**
 * A fake main with `count` entries, newest first, answering `journal.page` windows of them and
 * `journal.facets` with what its whole journal holds (older files too).
 */
function setup(count: number) {
  const fake = fakeControlRoom();
  let lines: JournalLine[] = Array.from({ length: count }, (_, index) => ({ kind: 'entry', entry: entry(count - index) }));
  let facets: JournalFacets = { profiles: [archived, even, odd], actions: ['CreatePullToPushGroup', 'DeletePullToPushGroup', 'StopCaster'] };
  const pageRequests: { filter: JournalFilter; offset: number; limit: number }[] = [];
  fake.answer('journal.page', async (request) => {
    pageRequests.push({ filter: request.filter, offset: request.offset, limit: request.limit });
    return { ok: true, value: { lines: lines.slice(request.offset, request.offset + request.limit), total: lines.length } };
  });
  fake.answer('journal.facets', async () => ({ ok: true, value: facets }));
  const store = createJournalStore(createControlRoomClient(fake.api));
  const append = (added: JournalLine[], now: JournalFacets = facets) => {
    lines = [...added, ...lines];
    facets = now;
    fake.emit('journal.appended', { added: added.length });
  };
  return { fake, store, pageRequests, append };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('journal store', () => {
  it('reads nothing until the view is first opened, then the newest window and only the windows rows ask for', async () => {
    const { fake, store, pageRequests, append } = setup(100_000);
    const stop = store.getState().start();
    append([{ kind: 'entry', entry: entry(100_001) }]);
    await settle();
    expect(fake.calls.filter((call) => call.channel.startsWith('journal.'))).toEqual([]);
    expect(store.getState()).toMatchObject({ status: 'loading', total: null });

    const opening = store.getState().open();
    expect(store.getState()).toMatchObject({ status: 'loading', total: null });
    await opening;
    expect(store.getState().total).toBe(100_001);
    pageRequests.length = 0;
    append([{ kind: 'entry', entry: entry(100_002) }]);
    await settle();
    expect(pageRequests.map((request) => request.offset)).toEqual([0]);
    expect(store.getState().total).toBe(100_002);
    stop();
  });

  it('reads only the windows rows ask for, never the whole journal', async () => {
    const { store, pageRequests } = setup(100_000);
    const stop = store.getState().start();
    await store.getState().open();
    expect(store.getState().total).toBe(100_000);
    expect(store.getState().status).toBe('ready');
    expect(lineAt(store.getState().pages, 0)).toEqual({ kind: 'entry', entry: entry(100_000) });

    store.getState().ensure(50_000);
    store.getState().ensure(50_001);
    await settle();
    expect(pageRequests.map((request) => request.offset)).toEqual([0, Math.floor(50_000 / journalPageSize) * journalPageSize]);
    expect(pageRequests.every((request) => request.limit === journalPageSize)).toBe(true);
    expect(lineAt(store.getState().pages, 50_000)).toEqual({ kind: 'entry', entry: entry(50_000) });
    stop();
  });

  it('keeps only a few windows as the table scrolls far', async () => {
    const { store } = setup(10_000);
    for (let page = 0; page < keptPages + 4; page += 1) {
      store.getState().ensure(page * journalPageSize);
      await settle();
    }
    expect(Object.keys(store.getState().pages)).toHaveLength(keptPages);
    expect(lineAt(store.getState().pages, 0)).toBeUndefined();
  });

  it('starts from the newest for a new filter, and drops an answer for the old one', async () => {
    const { fake, store, pageRequests } = setup(1000);
    let release: () => void = () => undefined;
    fake.answer('journal.page', async (request) => {
      pageRequests.push({ filter: request.filter, offset: request.offset, limit: request.limit });
      if (request.filter.outcome === undefined) await new Promise<void>((resolve) => (release = resolve));
      return { ok: true, value: { lines: [{ kind: 'entry', entry: entry(request.filter.outcome ? 7 : 1) }], total: request.filter.outcome ? 1 : 1000 } };
    });
    store.getState().setFilter({ text: 'slow' });
    store.getState().setFilter({ outcome: 'failed' });
    await settle();
    release();
    await settle();
    expect(store.getState().filter).toEqual({ outcome: 'failed' });
    expect(store.getState().total).toBe(1);
    expect(lineAt(store.getState().pages, 0)).toEqual({ kind: 'entry', entry: entry(7) });
  });

  it('reads the windows held again when lines are appended, so new entries show at the top', async () => {
    const { store, append } = setup(500);
    const stop = store.getState().start();
    await store.getState().open();
    append([{ kind: 'entry', entry: entry(501) }, { kind: 'corrupt', file: 'journal.jsonl', line: 502, text: '{"v":1,' }]);
    await settle();
    await settle();
    expect(store.getState().total).toBe(502);
    expect(lineAt(store.getState().pages, 0)).toEqual({ kind: 'entry', entry: entry(501) });
    expect(lineAt(store.getState().pages, 1)).toMatchObject({ kind: 'corrupt', line: 502 });
    stop();
  });

  it('offers the pickers what main tallied over the whole journal, asked again after an append but not for a new filter', async () => {
    const { fake, store, append } = setup(10);
    const facetCalls = () => fake.calls.filter((call) => call.channel === 'journal.facets').length;
    expect(store.getState().facets).toEqual({ profiles: [], actions: [] });
    const stop = store.getState().start();
    await store.getState().open();
    expect(store.getState().facets.profiles.map((profile) => profile.name)).toEqual(['Archived', 'Even', 'Odd']);
    expect(store.getState().facets.actions).toEqual(['CreatePullToPushGroup', 'DeletePullToPushGroup', 'StopCaster']);

    store.getState().setFilter({ profileId: 'p-archived' });
    await settle();
    expect(facetCalls()).toBe(1);

    append([{ kind: 'entry', entry: entry(11, { action: 'UpdatePullToPushGroup' }) }], {
      profiles: [archived, even, odd],
      actions: ['CreatePullToPushGroup', 'DeletePullToPushGroup', 'StopCaster', 'UpdatePullToPushGroup'],
    });
    await settle();
    await settle();
    expect(facetCalls()).toBe(2);
    expect(store.getState().facets.actions).toContain('UpdatePullToPushGroup');
    expect(store.getState().error).toBeNull();
    stop();
  });

  it('keeps the pickers\' values and says why when main cannot give them', async () => {
    const { fake, store } = setup(3);
    await store.getState().open();
    fake.answer('journal.facets', async () => ({ ok: false, error: appError('ipc.unknownChannel', { channel: 'journal.facets' }) }));
    await store.getState().open();
    expect(store.getState().facets.profiles).toHaveLength(3);
    expect(store.getState().error?.code).toBe('ipc.unknownChannel');
    expect(store.getState().status).toBe('ready');
  });

  it('saves with the current filter and keeps where the file went, or why not', async () => {
    const { fake, store } = setup(3);
    fake.answer('journal.save', async () => ({ ok: true, value: { kind: 'offered', fileName: 'journal.csv' } }));
    store.getState().setFilter({ provider: 'volcengine' });
    await store.getState().save('csv');
    expect(fake.calls.find((call) => call.channel === 'journal.save')?.request).toEqual({ filter: { provider: 'volcengine' }, format: 'csv' });
    expect(store.getState().saved).toEqual({ kind: 'offered', fileName: 'journal.csv' });
    expect(store.getState().exporting).toBeNull();

    fake.answer('journal.save', async () => ({ ok: false, error: appError('ipc.unknownChannel', { channel: 'journal.save' }) }));
    await store.getState().save('json');
    expect(store.getState().error?.code).toBe('ipc.unknownChannel');
    expect(store.getState().saved).toBeNull();
  });

  it('a first read that fails is marked failed, so a reconnection reads again', async () => {
    const { fake, store } = setup(2);
    fake.answer('journal.page', async () => ({ ok: false, error: appError('ipc.unreachable', {}) }));
    const stop = store.getState().start();
    await store.getState().open();
    expect(store.getState().status).toBe('failed');
    stop();
  });
});
