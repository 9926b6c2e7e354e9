import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import { noJournalFacets, type JournalFacets } from '../../shared/domain/journal-facets';
import type { JournalFilter } from '../../shared/domain/journal-query';
import type { JournalExportFormat, JournalLine } from '../../shared/domain/journal-view';
import type { SaveOutcome } from '../../shared/domain/saved-file';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';
import { followMain } from './follow-main';
import { journalPageSize, keptAround, pageOf } from './journal-window';

// The journal slice: the operator's filter, how many entries match it, and the few windows of
// lines main sent for the part of the table in view — never the whole journal, which may hold
// 100,000 entries. Nothing is read until the Journal view is first opened: main reads every
// journal file for the first window (a second of CPU on 100,000 entries), which a window that never
// shows the journal should not pay. From then on, main says when lines were appended; the windows
// held and the pickers' values are then read again.

/** Whether the first window of the current filter has arrived, is on its way (or not yet asked for), or could not be read. */
export type JournalStatus = 'loading' | 'ready' | 'failed';

/** The journal as the screen shows it: a filter, a count, and the windows of lines read so far. */
export interface JournalStoreState {
  filter: JournalFilter;
  /** How many lines match the filter, as main last counted them; null until the first window. */
  total: number | null;
  /** Windows of `journalPageSize` lines, newest first, by window number (a few at most). */
  pages: Readonly<Record<number, readonly JournalLine[]>>;
  status: JournalStatus;
  /** Profiles and actions of every entry in the journal, as main last tallied them, for the filter pickers. */
  facets: JournalFacets;
  /** An export being saved, by format. */
  exporting: JournalExportFormat | null;
  /** Where the last export went, shown until the next one. */
  saved: SaveOutcome | null;
  /** The last failure of a read or an export, shown until dismissed. */
  error: AppError | null;
  /** Shows the lines matching another filter, from the newest. */
  setFilter(filter: JournalFilter): void;
  /** The table drew row `index` without its line: reads the window that holds it, once. */
  ensure(index: number): void;
  /**
   * The view was shown: reads every window held, and the pickers' values, again (entries may have
   * come while it was closed) — the first time, the journal's first read — and from then on
   * follows appends.
   */
  open(): Promise<void>;
  /** Saves the lines matching the filter as a file (a download where there is no save dialog). */
  save(format: JournalExportFormat): Promise<void>;
  dismissError(): void;
  /** Follows `journal.appended` and reads again after the link recovers, once the view was opened; returns the stop. */
  start(): Unsubscribe;
}

/** A journal store bound to one client. */
export type JournalStore = StoreApi<JournalStoreState>;

/** Creates the journal slice. */
export function createJournalStore(client: ControlRoomClient): JournalStore {
  return createStore<JournalStoreState>()((set, get) => {
    const api = client.api.journal;
    // A new filter starts a new generation: answers for an older filter are dropped.
    let generation = 0;
    const inFlight = new Set<number>();
    let reloading: Promise<void> | null = null;
    let reloadAgain = false;
    let opened = false;

    const read = async (page: number) => {
      const request = { filter: get().filter, offset: page * journalPageSize, limit: journalPageSize };
      return api.page(request);
    };

    const fetchPage = async (page: number) => {
      const asked = generation;
      inFlight.add(page);
      try {
        const answer = await read(page);
        if (asked !== generation) return;
        const pages = keptAround({ ...get().pages, [page]: answer.lines }, page);
        set({ pages, total: answer.total, status: 'ready' });
      } catch (thrown) {
        if (asked === generation) set({ status: get().total === null ? 'failed' : get().status, error: toAppError(thrown) });
      } finally {
        if (asked === generation) inFlight.delete(page);
      }
    };

    // The pickers' values do not depend on the filter, so a new filter never asks for them again.
    const readFacets = async () => {
      try {
        set({ facets: await api.facets() });
      } catch (thrown) {
        set({ error: toAppError(thrown) });
      }
    };

    const readWindows = async () => {
      const asked = generation;
      const held = Object.keys(get().pages).map(Number);
      const wanted = held.includes(0) ? held : [0, ...held];
      try {
        const answers = await Promise.all(wanted.map(async (page) => [page, await read(page)] as const));
        if (asked !== generation) return;
        const pages: Record<number, readonly JournalLine[]> = {};
        for (const [page, answer] of answers) pages[page] = answer.lines;
        const total = answers[0]?.[1].total ?? get().total;
        set({ pages, total, status: 'ready' });
      } catch (thrown) {
        if (asked === generation) set({ status: get().total === null ? 'failed' : get().status, error: toAppError(thrown) });
      }
    };

    // Reads every window held, and the pickers' values, again (lines were appended, so each moved).
    // Appends come in bursts: one read at a time, and one more after it if more arrived meanwhile.
    const reload = async (): Promise<void> => {
      if (reloading) {
        reloadAgain = true;
        return reloading;
      }
      reloading = (async () => {
        do {
          reloadAgain = false;
          await Promise.all([readWindows(), readFacets()]);
        } while (reloadAgain);
      })();
      try {
        await reloading;
      } finally {
        reloading = null;
      }
    };

    return {
      filter: {},
      total: null,
      pages: {},
      status: 'loading',
      facets: noJournalFacets,
      exporting: null,
      saved: null,
      error: null,

      setFilter(filter) {
        generation += 1;
        inFlight.clear();
        set({ filter, pages: {}, total: null, status: 'loading' });
        void fetchPage(0);
      },

      ensure(index) {
        const page = pageOf(index);
        if (get().pages[page] !== undefined || inFlight.has(page)) return;
        void fetchPage(page);
      },

      open() {
        opened = true;
        return reload();
      },

      async save(format) {
        if (get().exporting) return;
        set({ exporting: format, saved: null, error: null });
        try {
          const saved = await api.save({ filter: get().filter, format });
          set({ exporting: null, saved });
        } catch (thrown) {
          set({ exporting: null, error: toAppError(thrown) });
        }
      },

      dismissError: () => set({ error: null }),

      start: () =>
        followMain(client, {
          subscribe: () =>
            api.onAppended(() => {
              if (opened) void reload();
            }),
          load: () => (opened ? reload() : Promise.resolve()),
          failed: () => opened && get().status === 'failed',
        }),
    };
  });
}
