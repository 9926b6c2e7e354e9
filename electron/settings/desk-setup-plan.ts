import { streamKey, type BoardPin } from '../../shared/domain/board';
import type { AttachableProfile, BoardAttachments, BoardChange, DeskSetupFile, DeskSetupPreview, SettingChange, ShortcutChange } from '../../shared/domain/desk-setup';
import { sameName } from '../../shared/domain/profile-validation';
import type { Settings } from '../../shared/domain/settings';
import { AppErrorException, appError } from '../../shared/errors/app-error';

/** The desk an import lands on, as it is now. */
export interface DeskNow {
  settings: Settings;
  /** The Alibaba profiles a board can go to, and the active one. */
  profiles: AttachableProfile[];
  activeId: string;
  pins(profileId: string): BoardPin[];
  bindings(profileId: string): Record<string, string>;
}

/**
 * Where each board goes unless the operator says otherwise: to the profile of the same name (the
 * built-in rehearsal profiles, or a show's profile set up under the same name), each profile at
 * most once; a file with a single board whose name is not here goes to the active profile, the
 * usual case of copying one desk's show board to the next; the rest are left out.
 */
export function proposeAttachments(file: DeskSetupFile, desk: DeskNow): BoardAttachments {
  const taken = new Set<string>();
  const attach = file.boards.map((board) => {
    const match = desk.profiles.find((profile) => !taken.has(profile.id) && sameName(profile.name, board.profileName));
    if (match) taken.add(match.id);
    return match?.id ?? null;
  });
  if (file.boards.length === 1 && attach[0] === null && desk.profiles.some((profile) => profile.id === desk.activeId)) return [desk.activeId];
  return attach;
}

/** Every setting as one flat `field → value` list (`notifications.onAir` → `false`), to compare two. */
function flatSettings(settings: Settings): Record<string, string> {
  const { notifications, ...plain } = settings;
  return {
    ...Object.fromEntries(Object.entries(plain).map(([field, value]) => [field, String(value)])),
    ...Object.fromEntries(Object.entries(notifications).map(([kind, on]) => [`notifications.${kind}`, String(on)])),
  };
}

/** The settings the import changes, in the settings' own order. */
function settingChanges(now: Settings, next: Settings): SettingChange[] {
  const before = flatSettings(now);
  return Object.entries(flatSettings(next))
    .filter(([field, to]) => before[field] !== to)
    .map(([field, to]) => ({ field, from: before[field] ?? '', to }));
}

/** The shortcuts of one board that differ, by tile, in the new board's order then the removed ones. */
function shortcutChanges(now: Record<string, string>, next: Record<string, string>): ShortcutChange[] {
  const keys = [...new Set([...Object.keys(next), ...Object.keys(now)])];
  return keys.filter((key) => now[key] !== next[key]).map((key) => ({ key, from: now[key] ?? null, to: next[key] ?? null }));
}

/** Refuses attachments naming a profile this desk lacks, or one profile for two boards. */
function checkAttachments(attach: BoardAttachments, desk: DeskNow): void {
  const seen = new Set<string>();
  for (const id of attach) {
    if (id === null) continue;
    const profile = desk.profiles.find((candidate) => candidate.id === id);
    if (!profile) throw new AppErrorException(appError('deskSetup.unknownProfile'));
    if (seen.has(id)) throw new AppErrorException(appError('deskSetup.profileTwice', { name: profile.name }));
    seen.add(id);
  }
}

/**
 * What importing `file` with `attach` does to this desk: every setting that changes, and for each
 * board the profile it goes to and its pins and shortcuts before and after (they are replaced by
 * the file's). Pure, so the preview and the import itself are the same computation.
 */
export function planImport(file: DeskSetupFile, desk: DeskNow, attach: BoardAttachments): DeskSetupPreview {
  const attachments = file.boards.map((_, index) => attach[index] ?? null);
  checkAttachments(attachments, desk);
  return {
    from: { ...file.from, exportedAt: file.exportedAt },
    settings: settingChanges(desk.settings, file.settings),
    profiles: desk.profiles,
    boards: file.boards.map((board, index): BoardChange => {
      const attachTo = attachments[index] ?? null;
      const next = board.pins.map(streamKey);
      const now = attachTo === null ? [] : desk.pins(attachTo).map(streamKey);
      const kept = now.filter((key) => next.includes(key));
      return {
        index,
        profileName: board.profileName,
        attachTo,
        pins: next,
        added: attachTo === null ? [] : next.filter((key) => !now.includes(key)),
        removed: now.filter((key) => !next.includes(key)),
        reordered: kept.join('\n') !== next.filter((key) => now.includes(key)).join('\n'),
        shortcuts: attachTo === null ? [] : shortcutChanges(desk.bindings(attachTo), board.shortcuts),
      };
    }),
  };
}
