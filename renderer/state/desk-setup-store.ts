import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BoardAttachments, DeskSetupPreview } from '../../shared/domain/desk-setup';
import type { SaveOutcome } from '../../shared/domain/saved-file';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ControlRoomClient } from '../api/control-room-client';

/** A desk setup file chosen for import: its text, where its boards go, and what that would change. */
export interface PendingImport {
  fileName: string;
  text: string;
  attach: BoardAttachments;
  preview: DeskSetupPreview;
}

/** Exporting this desk's setup and importing another's, as Settings shows them. */
export interface DeskSetupState {
  /** True from the export press until main answers. */
  saving: boolean;
  /** Where the last export went, shown until the next one. */
  saved: SaveOutcome | null;
  /** The file being imported, previewed and not yet applied; null when no import is open. */
  pending: PendingImport | null;
  /** True while main previews again or imports. */
  busy: boolean;
  /** What the last import changed, said until the next export or import. */
  imported: DeskSetupPreview | null;
  /** Why the last export, preview or import failed: nothing was changed. */
  error: AppError | null;
  save(): Promise<void>;
  /** Reads a chosen file's preview; the boards go where main proposes until the operator says otherwise. */
  open(fileName: string, text: string): Promise<void>;
  /** Sends board `index` to another profile (null: leave it out), and previews again. */
  attach(index: number, profileId: string | null): Promise<void>;
  /** Imports the file as previewed. */
  apply(): Promise<void>;
  /** Closes the import without changing anything. */
  cancel(): void;
  dismissError(): void;
}

/** A desk setup store bound to one client. */
export type DeskSetupStore = StoreApi<DeskSetupState>;

/**
 * Creates the desk setup slice. The file's text goes to main, which reads and checks it and works
 * out the preview; the page only shows it, so a preview and the import are one computation. A
 * failure keeps the import open with what was shown, and nothing has changed.
 */
export function createDeskSetupStore(client: ControlRoomClient): DeskSetupStore {
  return createStore<DeskSetupState>()((set, get) => {
    const preview = async (fileName: string, text: string, attach?: BoardAttachments) => {
      set({ busy: true, error: null });
      try {
        const shown = await client.api.deskSetup.preview(attach ? { text, attach } : { text });
        set({ busy: false, pending: { fileName, text, preview: shown, attach: shown.boards.map((board) => board.attachTo) } });
      } catch (thrown) {
        set({ busy: false, error: toAppError(thrown) });
      }
    };
    return {
      saving: false,
      saved: null,
      pending: null,
      busy: false,
      imported: null,
      error: null,

      async save() {
        if (get().saving) return;
        set({ saving: true, saved: null, imported: null, error: null });
        try {
          set({ saving: false, saved: await client.api.deskSetup.save() });
        } catch (thrown) {
          set({ saving: false, error: toAppError(thrown) });
        }
      },

      async open(fileName, text) {
        set({ pending: null, saved: null, imported: null });
        await preview(fileName, text);
      },

      async attach(index, profileId) {
        const pending = get().pending;
        if (!pending || get().busy) return;
        await preview(pending.fileName, pending.text, pending.attach.map((id, n) => (n === index ? profileId : id)));
      },

      async apply() {
        const pending = get().pending;
        if (!pending || get().busy) return;
        set({ busy: true, error: null });
        try {
          const imported = await client.api.deskSetup.apply({ text: pending.text, attach: pending.attach });
          set({ busy: false, pending: null, imported });
        } catch (thrown) {
          set({ busy: false, error: toAppError(thrown) });
        }
      },

      cancel() {
        set({ pending: null, error: null });
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}
