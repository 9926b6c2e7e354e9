import { z } from 'zod';
import { BoardPin, streamKey } from './board';
import { Settings } from './settings';
import { canonicalAccelerator } from './shortcuts';

/**
 * A desk setup file: what sets up the next workstation in a minute — the settings, and each
 * board's pins and global shortcuts — and never a secret, a key id or a profile's credentials:
 * a board names the profile it was pinned on only by its name, and is re-attached at import to a
 * profile of the desk it is imported into.
 */

/** The file's `format`, so a file of another kind is refused by name rather than half-read. */
export const deskSetupFormat = 'live-control-room/desk-setup';
/** The layout this version writes and reads; a newer one is refused with its number. */
export const deskSetupVersion = 1;
/** A setup file larger than this is not one (a few hundred boards' pins fit in a tenth of it). */
export const deskSetupMaxBytes = 1024 * 1024;

/**
 * One board as exported: the profile's name on the desk it came from, its pins in board order
 * (each once), its shortcuts by tile — each on a pinned tile and a key combination a shortcut can
 * use, as the shortcut editor would have accepted it.
 */
export const ExportedBoard = z
  .strictObject({
    profileName: z.string().min(1),
    pins: z.array(BoardPin),
    /** Tile key (`domain/app/stream`) → accelerator. */
    shortcuts: z.record(z.string(), z.string()),
  })
  .superRefine((board, context) => {
    const keys = board.pins.map(streamKey);
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) context.addIssue({ code: 'custom', message: 'pinnedTwice', path: ['pins', index] });
    });
    for (const [key, accelerator] of Object.entries(board.shortcuts)) {
      if (!keys.includes(key)) context.addIssue({ code: 'custom', message: 'notPinned', path: ['shortcuts', key] });
      else if (!canonicalAccelerator(accelerator).ok) context.addIssue({ code: 'custom', message: 'notAShortcut', path: ['shortcuts', key] });
    }
  });
export type ExportedBoard = z.infer<typeof ExportedBoard>;

/** The whole file, as written and as read back (unknown fields are refused: it is not ours, or newer). */
export const DeskSetupFile = z.strictObject({
  format: z.literal(deskSetupFormat),
  version: z.literal(deskSetupVersion),
  exportedAt: z.iso.datetime(),
  /** The desk it came from, for the preview: its host name and the app's version. */
  from: z.strictObject({ host: z.string(), appVersion: z.string() }),
  settings: Settings,
  boards: z.array(ExportedBoard),
});
export type DeskSetupFile = z.infer<typeof DeskSetupFile>;

/**
 * Where each board of the file goes: the id of a profile on this desk, or null to leave it out.
 * Listed in the file's board order.
 */
export const BoardAttachments = z.array(z.string().nullable()).max(1000);
export type BoardAttachments = z.infer<typeof BoardAttachments>;

/** An import asked for: the file's text, and where its boards go (omitted: as main proposes). */
export const DeskSetupRequest = z.strictObject({ text: z.string().max(deskSetupMaxBytes), attach: BoardAttachments.optional() });
export type DeskSetupRequest = z.infer<typeof DeskSetupRequest>;

/** A settings field whose value the import changes (values as stored, for the screen to name). */
export const SettingChange = z.object({ field: z.string(), from: z.string(), to: z.string() });
export type SettingChange = z.infer<typeof SettingChange>;

/** A shortcut the import changes on one board: `from` null when new, `to` null when removed. */
export const ShortcutChange = z.object({ key: z.string(), from: z.string().nullable(), to: z.string().nullable() });
export type ShortcutChange = z.infer<typeof ShortcutChange>;

/** What importing one board does to the profile it is attached to (its pins and shortcuts are replaced by the file's). */
export const BoardChange = z.object({
  /** The board's position in the file, and its profile's name there. */
  index: z.number().int().nonnegative(),
  profileName: z.string(),
  /** The profile on this desk it goes to, or null when it is left out. */
  attachTo: z.string().nullable(),
  /** The board after the import, in order (tile keys), and the tiles it gains and loses. */
  pins: z.array(z.string()),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  /** Whether the tiles kept change order (the number keys follow the order). */
  reordered: z.boolean(),
  shortcuts: z.array(ShortcutChange),
});
export type BoardChange = z.infer<typeof BoardChange>;

/** A profile of this desk a board can be attached to. */
export const AttachableProfile = z.object({ id: z.string(), name: z.string() });
export type AttachableProfile = z.infer<typeof AttachableProfile>;

/**
 * What an import will do, shown before anything changes (and, after it, what it did): where the
 * file came from, each setting that changes, and each board with where it goes and what changes
 * on it.
 */
export const DeskSetupPreview = z.object({
  from: z.object({ host: z.string(), appVersion: z.string(), exportedAt: z.iso.datetime() }),
  settings: z.array(SettingChange),
  boards: z.array(BoardChange),
  /** The Alibaba profiles of this desk, for choosing where each board goes. */
  profiles: z.array(AttachableProfile),
});
export type DeskSetupPreview = z.infer<typeof DeskSetupPreview>;

/** Whether an import would change nothing at all (the screen says so instead of an empty list). */
export function changesNothing(preview: DeskSetupPreview): boolean {
  return (
    preview.settings.length === 0 &&
    preview.boards.every((board) => board.attachTo === null || (board.added.length === 0 && board.removed.length === 0 && !board.reordered && board.shortcuts.length === 0))
  );
}
