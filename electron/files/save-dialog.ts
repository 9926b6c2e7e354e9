import type { OfferedFile, SaveOutcome } from '../../shared/domain/saved-file';
import type { EventBus } from '../events/event-bus';

/**
 * Saves a file the desk made where the operator chooses. Electron-only in the app: its adapter
 * opens the OS save dialog and writes the file (save-dialog-electron.ts); the harness offers the
 * file to its page as a download; `lcr` writes to standard output instead and needs none.
 */
export interface SaveDialog {
  save(file: OfferedFile): Promise<SaveOutcome>;
}

/** How a host makes its save dialog; the bus is there for a host whose files go to the page. */
export type SaveDialogFactory = (bus: EventBus) => SaveDialog;

/** For a browser (the harness): the file goes to the page as `file.offered`, which downloads it. */
export const pageDownloadSaveDialog: SaveDialogFactory = (bus) => ({
  save(file) {
    bus.emit('file.offered', file);
    return Promise.resolve({ kind: 'offered', fileName: file.fileName });
  },
});

/** For `lcr`: nothing is saved through a dialog (commands print to standard output). */
export const noSaveDialog: SaveDialogFactory = () => ({
  save: () => Promise.resolve({ kind: 'cancelled' }),
});
