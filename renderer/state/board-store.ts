import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Unsubscribe } from '../../shared/contract/api';
import type { BoardPin, BoardState, SwitchTrigger, TakeResult } from '../../shared/domain/board';
import type { DualIngestStream, LiveDomain } from '../../shared/domain/live-streams';
import { defaultSettings, type TakeMode } from '../../shared/domain/settings';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';

/** What in the window started a switch, for the journal: a click or a board key. */
export type WindowTrigger = Extract<SwitchTrigger, 'click' | 'key'>;

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
  /** Takes the armed standby (arm/take mode). */
  take(key: string, via: WindowTrigger): Promise<void>;
  /** Arms and takes at once: `sequence`, else the armed standby, else "the standby". */
  failOverNow(key: string, via: WindowTrigger, sequence?: string): Promise<void>;
  /** A standby's button: arms it, or in single-action mode takes it at once. */
  chooseStandby(key: string, sequence: string): Promise<void>;
  /** A tile's number key: arms its (next) standby, or in single-action mode fails it over at once. */
  pressTileKey(key: string): Promise<void>;
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
 * keeps the board as it was and shows the reason. `takeMode` reads the confirmed setting at the
 * moment of the press, so a click or key always does what the board says it does.
 */
export function createBoardStore(client: ControlRoomClient, takeMode: () => TakeMode = () => defaultSettings.takeMode): BoardStore {
  return createStore<BoardStoreState>()((set, get) => {
    /** Runs an action whose answer is the new board, keeping the reason if it is refused. */
    const act = async (request: () => Promise<BoardState>) => {
      try {
        set({ board: await request(), error: null });
      } catch (thrown) {
        set({ error: toAppError(thrown) });
      }
    };
    /** Runs a switch; its outcome arrives with the board, so only a failure is kept here. */
    const switchWith = async (request: () => Promise<TakeResult>) => {
      try {
        const result = await request();
        if (result.kind === 'failed') set({ error: result.error });
      } catch (thrown) {
        set({ error: toAppError(thrown) });
      }
    };
    const single = () => takeMode() === 'single';
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
      take: (key, via) => switchWith(() => client.api.board.take({ key, via })),
      failOverNow: (key, via, sequence) => switchWith(() => client.api.board.failOverNow(sequence === undefined ? { key, via } : { key, via, sequence })),
      chooseStandby: (key, sequence) => (single() ? get().failOverNow(key, 'click', sequence) : get().arm(key, sequence)),
      pressTileKey: (key) => (single() ? get().failOverNow(key, 'key') : get().arm(key)),
      setLocked: (locked) => act(() => client.api.board.setLocked({ locked })),
      setAutomatic: (key, automatic) => act(() => client.api.board.setAutomatic({ key, automatic })),
      dismissError: () => set({ error: null }),
      start: () => client.api.board.onChanged((board) => set({ board })),
    };
  });
}
