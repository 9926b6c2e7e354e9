import type { Unsubscribe } from '../../shared/contract/api';
import type { OfferedFile } from '../../shared/domain/saved-file';
import type { ControlRoomClient } from '../api/control-room-client';

// Files main offers the page (a journal export where there is no save dialog: the harness) become
// browser downloads: a Blob of the text behind a `blob:` link with `download`, clicked once. The
// link never navigates the page, so the navigation guard and the CSP have nothing to refuse.

/** How long a download's `blob:` address stays valid after the click: long enough for the browser to read it. */
const revokeAfterMs = 60_000;

/** Hands one file to the browser as a download under its name. */
export function downloadInPage(file: OfferedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}

/** Follows `file.offered` for the window's lifetime; returns the stop. */
export function followOfferedFiles(client: ControlRoomClient, download: (file: OfferedFile) => void = downloadInPage): Unsubscribe {
  return client.api.file.onOffered(download);
}
