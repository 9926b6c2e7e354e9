import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Drill } from '../../shared/domain/rehearsal';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';

/** Drills as the operator stages them: the one in flight, the last one applied, the last refusal. */
export interface RehearsalState {
  /** The drill sent and not yet answered; the controls wait for it. */
  pending: Drill | null;
  /** The last drill the rehearsal cloud confirmed, for the confirmation line. */
  applied: Drill | null;
  error: AppError | null;
  /** Resolves true once the cloud applied the drill. */
  drill(drill: Drill): Promise<boolean>;
  dismissError(): void;
}

/** A rehearsal store bound to one client. */
export type RehearsalStore = StoreApi<RehearsalState>;

/**
 * Creates the rehearsal slice. A drill is only reported as applied once main's rehearsal cloud
 * confirmed it; a refused one (an unknown stream, say) keeps the previous confirmation and shows
 * the reason instead.
 */
export function createRehearsalStore(client: ControlRoomClient): RehearsalStore {
  return createStore<RehearsalState>()((set) => ({
    pending: null,
    applied: null,
    error: null,
    async drill(drill) {
      set({ pending: drill, error: null });
      try {
        await client.api.rehearsal.drill(drill);
        set({ pending: null, applied: drill });
        return true;
      } catch (thrown) {
        set({ pending: null, error: toAppError(thrown) });
        return false;
      }
    },
    dismissError: () => set({ error: null }),
  }));
}
