import type { BoardChange, DeskSetupPreview } from '../../shared/domain/desk-setup';
import { changesNothing } from '../../shared/domain/desk-setup';
import { boardChangeWords, settingChangeWords } from '../../shared/format/desk-setup-words';
import type { Translate } from './help-text';
import { printable } from './text-table';

// `lcr setup import`: what an import changes, as text in the desk's language — the same words as
// the preview in Settings (shared/format/desk-setup-words.ts and the `deskSetup.preview.*`
// messages), laid out for a terminal: a heading per part, two spaces per level.

/** How the text prints what is not words: key combinations for the desk's platform, and instants. */
export interface SetupTextStyle {
  /** An accelerator as the desk's keyboards label it (`Ctrl+Alt+1`, `⌃⌥1`). */
  label(accelerator: string): string;
  /** An instant as this terminal reads it (`2026-11-23 16:00 +08:00`). */
  stamp(iso: string): string;
}

/** The names of a profile of this desk, by id; an id it no longer lists is shown as it is. */
function profileName(preview: DeskSetupPreview, id: string): string {
  return preview.profiles.find((profile) => profile.id === id)?.name ?? id;
}

/** One board: where it goes, then (unless left out) its pins after and each change on it. */
function boardLines(t: Translate, preview: DeskSetupPreview, board: BoardChange, style: SetupTextStyle): string[] {
  if (board.attachTo === null) return [`  ${t('cli.setup.leftOut', { board: board.profileName })}`];
  const changes = boardChangeWords(t, board, style.label);
  return [`  ${t('cli.setup.goesTo', { board: board.profileName, profile: profileName(preview, board.attachTo) })}`, ...changes.map((line) => `    ${line}`)];
}

/**
 * An import's preview (or, once applied, what it did) as lines of text: where the file came from,
 * each setting that changes, each board with the profile it goes to and what changes on it, and —
 * for a preview — what importing means, or that it changes nothing. Every line is made printable:
 * names, hosts and stream keys come from a file, which must not drive the terminal.
 */
export function setupPreviewText(t: Translate, preview: DeskSetupPreview, style: SetupTextStyle, applied = false): string {
  const { from } = preview;
  const lines = [
    t('cli.setup.lead', { host: from.host, version: from.appVersion, time: style.stamp(from.exportedAt) }),
    '',
    t('cli.setup.settings'),
    ...(preview.settings.length === 0 ? [t('deskSetup.preview.noSettings')] : preview.settings.map((change) => settingChangeWords(t, change))).map((line) => `  ${line}`),
    t('cli.setup.boards'),
    ...(preview.boards.length === 0 ? [`  ${t('deskSetup.preview.noBoards')}`] : preview.boards.flatMap((board) => boardLines(t, preview, board, style))),
    ...(applied ? [] : ['', t(changesNothing(preview) ? 'deskSetup.preview.nothing' : 'deskSetup.preview.replaces')]),
  ];
  return `${lines.map(printable).join('\n')}\n`;
}

/** The sentence after an import: where from, how many settings changed and how many boards were set up. */
export function importedText(t: Translate, preview: DeskSetupPreview): string {
  const boards = preview.boards.filter((board) => board.attachTo !== null).length;
  return printable(t('deskSetup.imported', { host: preview.from.host, settings: preview.settings.length, boards }));
}
