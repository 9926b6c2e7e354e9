import type { SaveOutcome } from '../../shared/domain/saved-file';
import type { MessageKey } from '../../shared/i18n/en';
import type { Translate } from '../i18n/use-t';

/**
 * The messages a screen says a save ended with: `saved` takes `{path}`, `offered` takes
 * `{fileName}`. Each screen names its own, so a journal export and a support bundle can be worded
 * for what they are while the outcome is read in one place.
 */
export interface SavedMessages {
  saved: MessageKey;
  offered: MessageKey;
  cancelled: MessageKey;
}

/** Where a file the desk made went, in words: the path saved to, the download offered, or nothing saved. */
export function savedWords(t: Translate, saved: SaveOutcome, messages: SavedMessages): string {
  if (saved.kind === 'saved') return t(messages.saved, { path: saved.path });
  if (saved.kind === 'offered') return t(messages.offered, { fileName: saved.fileName });
  return t(messages.cancelled);
}
