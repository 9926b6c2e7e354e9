import { BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { SaveDialogFactory } from './save-dialog';

/**
 * The OS save dialog over the focused window, suggesting the file's name; the file is written
 * whole where the operator chose, and the path answered so the screen can say where it is.
 */
export const electronSaveDialog: SaveDialogFactory = () => ({
  async save(file) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: file.fileName };
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { kind: 'cancelled' };
    await writeFile(chosen.filePath, file.text, 'utf8');
    return { kind: 'saved', path: chosen.filePath };
  },
});
