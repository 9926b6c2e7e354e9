import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SaveOutcome } from '../../shared/domain/saved-file';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';

/** The support bundle as Settings shows it: being written, where it last went, or why it failed. */
export interface DiagnosticsState {
  /** True from the press until main answers. */
  saving: boolean;
  /** Where the last bundle went, shown until the next press. */
  saved: SaveOutcome | null;
  /** Why the last bundle could not be written, shown until dismissed or the next press. */
  error: AppError | null;
  /** Asks main to write the bundle (a save dialog, or a download in a browser); one at a time. */
  save(): Promise<void>;
  dismissError(): void;
}

/** A diagnostics store bound to one client. */
export type DiagnosticsStore = StoreApi<DiagnosticsState>;

/**
 * Creates the diagnostics slice. Main gathers and scrubs the bundle itself; the page only asks for
 * it and says where it went, so no secret or key id ever has to cross to the renderer.
 */
export function createDiagnosticsStore(client: ControlRoomClient): DiagnosticsStore {
  return createStore<DiagnosticsState>()((set, get) => ({
    saving: false,
    saved: null,
    error: null,

    async save() {
      if (get().saving) return;
      set({ saving: true, saved: null, error: null });
      try {
        const saved = await client.api.diagnostics.save();
        set({ saving: false, saved });
      } catch (thrown) {
        set({ saving: false, error: toAppError(thrown) });
      }
    },

    dismissError() {
      set({ error: null });
    },
  }));
}
