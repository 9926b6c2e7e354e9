import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { BoardPin, BoardState } from '../../shared/domain/board';
import type { DualIngestStream, LiveDomain } from '../../shared/domain/live-streams';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';

/** The failover board as main confirmed it, plus what the pin picker found. */
export interface BoardStoreState {
  /** The board as main last sent it; null until the first answer. */
  board: BoardState | null;
  /** The last failure of an operator action (pin, arm, take, lock), shown until dismissed. */
  error: AppError | null;
  /** Streaming domains to pin from; null until asked for. */
  domains: LiveDomain[] | null;
  /** Dual-ingest streams of the domain the picker shows, and whether dual ingest is on for it. */
  streams: { domain: string; items: DualIngestStream[]; dualIngest: boolean | null } | null;
  load(): Promise<void>;
  loadDomains(): Promise<void>;
  loadStreams(domain: string): Promise<void>;
  /** Turns dual ingest on for the picker's domain (after the operator confirmed). */
  enableDualIngest(domain: string): Promise<void>;
  pin(pin: BoardPin): Promise<void>;
  unpin(pin: BoardPin): Promise<void>;
  arm(key: string, sequence?: string): Promise<void>;
  disarm(key: string): Promise<void>;
  take(key: string): Promise<void>;
  setLocked(locked: boolean): Promise<void>;
  setAutomatic(key: string, automatic: boolean): Promise<void>;
  dismissError(): void;
  /** Follows `board.changed` (polls, switch phases); returns the stop. */
  start(): Unsubscribe;
}

/** A board store bound to one client. */
export type BoardStore = StoreApi<BoardStoreState>;

/**
 * Creates the board slice. Nothing here decides what is on air: every tile, phase and lock comes
 * from main, which shows a switch as done only once the cloud confirmed it. A refused action
 * keeps the board as it was and shows the reason.
 */
export function createBoardStore(client: ControlRoomClient): BoardStore {
  return createStore<BoardStoreState>()((set) => {
    /** Runs an action whose answer is the new board, keeping the reason if it is refused. */
    const act = async (request: () => Promise<BoardState>) => {
      try {
        set({ board: await request(), error: null });
      } catch (thrown) {
        set({ error: toAppError(thrown) });
      }
    };
    return {
      board: null,
      error: null,
      domains: null,
      streams: null,
      load: () => act(() => client.api.board.state({})),
      async loadDomains() {
        try {
          set({ domains: await client.api.board.domains({}), error: null });
        } catch (thrown) {
          set({ error: toAppError(thrown) });
        }
      },
      async loadStreams(domain) {
        try {
          const [items, setting] = await Promise.all([client.api.board.streams({ domain }), client.api.board.dualIngest({ domain })]);
          set({ streams: { domain, items, dualIngest: setting.enabled }, error: null });
        } catch (thrown) {
          set({ error: toAppError(thrown) });
        }
      },
      async enableDualIngest(domain) {
        try {
          const { enabled } = await client.api.board.enableDualIngest({ domain });
          const items = await client.api.board.streams({ domain });
          set({ streams: { domain, items, dualIngest: enabled }, error: null });
        } catch (thrown) {
          set({ error: toAppError(thrown) });
        }
      },
      pin: (pin) => act(() => client.api.board.pin(pin)),
      unpin: (pin) => act(() => client.api.board.unpin(pin)),
      arm: (key, sequence) => act(() => client.api.board.arm(sequence === undefined ? { key } : { key, sequence })),
      disarm: (key) => act(() => client.api.board.disarm({ key })),
      async take(key) {
        try {
          const result = await client.api.board.take({ key });
          if (result.kind === 'failed') set({ error: result.error });
        } catch (thrown) {
          set({ error: toAppError(thrown) });
        }
      },
      setLocked: (locked) => act(() => client.api.board.setLocked({ locked })),
      setAutomatic: (key, automatic) => act(() => client.api.board.setAutomatic({ key, automatic })),
      dismissError: () => set({ error: null }),
      start: () => client.api.board.onChanged((board) => set({ board })),
    };
  });
}
