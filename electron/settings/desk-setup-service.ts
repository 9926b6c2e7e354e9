import { streamKey, type BoardPin } from '../../shared/domain/board';
import type { AttachableProfile, DeskSetupPreview, DeskSetupRequest, ExportedBoard } from '../../shared/domain/desk-setup';
import { boardPinsSection } from '../board/board-pins';
import type { SettingsService } from '../services/settings-service';
import { shortcutBindingsSection } from '../shortcuts/shortcut-bindings';
import { deskSetupFileName, readDeskSetup, writeDeskSetup } from './desk-setup-file';
import { planImport, proposeAttachments, type DeskNow } from './desk-setup-plan';
import type { SettingsFile } from './settings-file';

/** What the desk setup is read from and written to. */
export interface DeskSetupDeps {
  file: SettingsFile;
  settings: SettingsService;
  /** This desk's Alibaba profiles (boards are Alibaba's) and the active one. */
  profiles(): AttachableProfile[];
  activeId(): string;
  /** Replaces one profile's pins and shortcuts, so the board and the OS shortcuts follow at once. */
  importBoard(profileId: string, pins: readonly BoardPin[], bindings: Readonly<Record<string, string>>): void;
  /** This desk's host name and the app's version, written into an export for the next desk's preview. */
  host: string;
  appVersion: string;
  now(): Date;
}

/** Carries a desk's settings, pins and shortcuts to the next workstation as a file. */
export interface DeskSetupService {
  /** The setup file of this desk: its name and text. */
  exported(): { fileName: string; text: string };
  /** What importing the file would change, with where each board goes (as asked, else as proposed); changes nothing. */
  preview(request: DeskSetupRequest): DeskSetupPreview;
  /** Imports the file as previewed, and answers what it changed. */
  apply(request: DeskSetupRequest): DeskSetupPreview;
}

/**
 * The desk setup over the settings file. A file is read whole and checked before anything is
 * written; settings are replaced by the file's, and each board attached to a profile replaces
 * that profile's pins and shortcuts. Profiles themselves, their keys and secrets are never in a
 * file: a board carries only its profile's name.
 */
export function createDeskSetupService(deps: DeskSetupDeps): DeskSetupService {
  const deskNow = (): DeskNow => ({
    settings: deps.settings.get(),
    profiles: deps.profiles(),
    activeId: deps.activeId(),
    pins: (profileId) => deps.file.read(boardPinsSection)[profileId] ?? [],
    bindings: (profileId) => deps.file.read(shortcutBindingsSection)[profileId] ?? {},
  });
  const plan = (request: DeskSetupRequest) => {
    const file = readDeskSetup(request.text);
    const desk = deskNow();
    return { file, preview: planImport(file, desk, request.attach ?? proposeAttachments(file, desk)) };
  };
  return {
    exported() {
      const pins = deps.file.read(boardPinsSection);
      const bindings = deps.file.read(shortcutBindingsSection);
      const boards = deps.profiles().flatMap((profile): ExportedBoard[] => {
        const pinned = new Set((pins[profile.id] ?? []).map(streamKey));
        // A shortcut left from a tile unpinned since does nothing here and would do nothing there.
        const shortcuts = Object.fromEntries(Object.entries(bindings[profile.id] ?? {}).filter(([key]) => pinned.has(key)));
        const board = { profileName: profile.name, pins: pins[profile.id] ?? [], shortcuts };
        return board.pins.length > 0 || Object.keys(board.shortcuts).length > 0 ? [board] : [];
      });
      const now = deps.now();
      return { fileName: deskSetupFileName(deps.host, now), text: writeDeskSetup({ settings: deps.settings.get(), boards, host: deps.host, appVersion: deps.appVersion, now }) };
    },
    preview: (request) => plan(request).preview,
    apply(request) {
      const { file, preview } = plan(request);
      if (preview.settings.length > 0) deps.settings.update(file.settings);
      for (const board of preview.boards) {
        const exported = file.boards[board.index];
        if (board.attachTo !== null && exported) deps.importBoard(board.attachTo, exported.pins, exported.shortcuts);
      }
      return preview;
    },
  };
}
