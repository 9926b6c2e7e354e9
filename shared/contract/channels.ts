import { z } from 'zod';
import { AppInfo } from '../domain/app-info';
import { ConnectionState } from '../domain/connection';
import { ImportCandidate, ImportSource, ProfileChanges, ProfileDraft, ProfileId, ProfilesState } from '../domain/profile';
import { Provider } from '../domain/provider';
import { Drill, RehearsalStatus } from '../domain/rehearsal';
import { BoardPin, BoardState, SwitchTrigger, TakeResult } from '../domain/board';
import { PollingBudget } from '../domain/board-polling';
import { DeskNotice } from '../domain/desk-notice';
import { DeskSetupPreview, DeskSetupRequest } from '../domain/desk-setup';
import { DualIngestStream, LiveDomain } from '../domain/live-streams';
import { Settings, SettingsPatch } from '../domain/settings';
import { ShortcutsState } from '../domain/shortcuts';
import { BatchRequest, ConfigureRequest, CopyRequest, CreateRequest, DeleteRequest, StudioBatch, StudiosView } from '../domain/studio-desk';
import { Studio, StudioConfig, StudioId } from '../domain/studios';
import { CreateTaskRequest, DeleteGroupRequest, GroupName, RelaysView, TaskRequest, UpdateGroupRequest, UpdateTaskRequest } from '../domain/relay-desk';
import { RelayGroup, RelayGroupDraft, RelayTask } from '../domain/relays';
import { JournalFacets } from '../domain/journal-facets';
import { JournalFilter } from '../domain/journal-query';
import { JournalExport, JournalExportFormat, JournalPage, JournalPageRequest } from '../domain/journal-view';
import { OfferedFile, SaveOutcome } from '../domain/saved-file';
import { AppError } from '../errors/app-error';

/** One row of the contract: what the renderer sends and what main answers. */
export interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

/** Requests that carry nothing still arrive as an object, and nothing else is accepted. */
const Empty = z.strictObject({});

/** A board tile, as `domain/app/stream`. */
const TileKey = z.string().min(1).max(600);

/** What a window can start a switch with (a global shortcut and `lcr` start theirs in main). */
const WindowTrigger = SwitchTrigger.extract(['click', 'key']);

/** What an import preview found: candidates without secrets, and the sources it could not read. */
export const ImportPreview = z.object({ candidates: z.array(ImportCandidate), problems: z.array(AppError) });
export type ImportPreview = z.infer<typeof ImportPreview>;

/** The outcome of an import: the profiles now, and each pick that could not be imported, and why. */
export const ImportResult = z.object({
  state: ProfilesState,
  failures: z.array(z.object({ candidateId: z.string(), error: AppError })),
});
export type ImportResult = z.infer<typeof ImportResult>;

/**
 * THE table of everything the renderer may ask of main. Names are `<domain>.<intent>`: the domain
 * becomes a namespace of `window.controlRoom` and the intent a function in it, so a row added here
 * is a typed function in the preload, the harness and the renderer with no plumbing touched.
 */
export const channels = {
  'app.info': { request: Empty, response: AppInfo },
  /** Problems found at start-up (a damaged settings file moved aside), for a banner. */
  'app.notices': { request: Empty, response: z.array(AppError) },
  'settings.get': { request: Empty, response: Settings },
  'settings.update': { request: SettingsPatch, response: Settings },
  /** This desk's settings, pins and shortcuts (never a key or secret) as a file's name and text (`lcr setup export`). */
  'deskSetup.export': { request: Empty, response: z.object({ fileName: z.string(), text: z.string() }) },
  /** The same file saved through the host's save dialog (a download in a browser): answers where it went. */
  'deskSetup.save': { request: Empty, response: SaveOutcome },
  /** What importing a desk setup file would change, with where each board goes; changes nothing. */
  'deskSetup.preview': { request: DeskSetupRequest, response: DeskSetupPreview },
  /** Imports a desk setup file as previewed; answers what changed. */
  'deskSetup.apply': { request: DeskSetupRequest, response: DeskSetupPreview },
  'profiles.list': { request: Empty, response: ProfilesState },
  'profiles.create': { request: ProfileDraft, response: ProfilesState },
  'profiles.update': { request: z.strictObject({ id: ProfileId, changes: ProfileChanges }), response: ProfilesState },
  'profiles.remove': { request: z.strictObject({ id: ProfileId }), response: ProfilesState },
  'profiles.setActive': { request: z.strictObject({ provider: Provider, id: ProfileId }), response: ProfilesState },
  'profiles.importPreview': {
    request: z.strictObject({ sources: z.array(ImportSource).max(3).optional() }),
    response: ImportPreview,
  },
  /** How each profile's link to its cloud is doing, for the status bar. */
  'connection.list': { request: Empty, response: z.array(ConnectionState) },
  /** Whether the embedded rehearsal cloud runs, and where (loopback). */
  'rehearsal.status': { request: Empty, response: RehearsalStatus },
  /** Stages a drill in the embedded rehearsal cloud (starting it if needed); answers what it did. */
  'rehearsal.drill': { request: Drill, response: z.object({ applied: z.string() }) },
  /** The failover board of the active Alibaba profile: tiles, switch phases, lock. */
  'board.state': { request: Empty, response: BoardState },
  /** How often the board reads, against the read action's rate budget (Settings shows it beside the interval). */
  'board.polling': { request: Empty, response: PollingBudget },
  /** The active profile's streaming domains and, per domain, its dual-ingest streams: what can be pinned. */
  'board.domains': { request: Empty, response: z.array(LiveDomain) },
  'board.streams': { request: z.strictObject({ domain: z.string().min(1).max(253) }), response: z.array(DualIngestStream) },
  /** Whether dual ingest is on for a domain; and turning it on (answers the setting re-read). */
  'board.dualIngest': { request: z.strictObject({ domain: z.string().min(1).max(253) }), response: z.object({ enabled: z.boolean() }) },
  'board.enableDualIngest': { request: z.strictObject({ domain: z.string().min(1).max(253) }), response: z.object({ enabled: z.boolean() }) },
  'board.pin': { request: BoardPin.strict(), response: BoardState },
  'board.unpin': { request: BoardPin.strict(), response: BoardState },
  'board.reorder': { request: z.strictObject({ order: z.array(BoardPin).max(200) }), response: BoardState },
  /** Arms a tile's standby: the one named, else the next one, else "the standby". */
  'board.arm': { request: z.strictObject({ key: z.string().max(600), sequence: z.string().max(256).optional() }), response: BoardState },
  'board.disarm': { request: z.strictObject({ key: z.string().max(600) }), response: BoardState },
  /** Takes the armed standby; resolves once the cloud confirms, refuses, or the take is ignored. */
  'board.take': { request: z.strictObject({ key: TileKey, via: WindowTrigger }), response: TakeResult },
  /** Single-action take (the setting, or one standby's own button): arm and take at once. */
  'board.failOverNow': { request: z.strictObject({ key: TileKey, sequence: z.string().max(256).optional(), via: WindowTrigger }), response: TakeResult },
  /** A dual-ingest stream as the cloud lists it now, pinned or not (`lcr upstreams`). */
  'board.upstreams': { request: z.strictObject({ key: TileKey }), response: DualIngestStream },
  /**
   * Switches a stream, pinned or not, to `sequence` or else "the standby", through the same desk as
   * a tile (`lcr switch`); answers once the cloud confirmed it, or why not.
   */
  'board.switchStream': { request: z.strictObject({ key: TileKey, sequence: z.string().max(256).optional() }), response: TakeResult },
  /** The active profile's global shortcuts and whether each works. */
  'shortcuts.list': { request: Empty, response: ShortcutsState },
  'shortcuts.bind': { request: z.strictObject({ key: TileKey, accelerator: z.string().max(100) }), response: ShortcutsState },
  'shortcuts.unbind': { request: z.strictObject({ key: TileKey }), response: ShortcutsState },
  'board.setLocked': { request: z.strictObject({ locked: z.boolean() }), response: BoardState },
  /** Turns the cloud's automatic switching on or off for a tile; answers the board re-read. */
  'board.setAutomatic': { request: z.strictObject({ key: z.string().max(600), automatic: z.boolean() }), response: BoardState },
  /** The active Alibaba profile's studios as last listed (never waits for the cloud). */
  'studios.view': { request: Empty, response: StudiosView },
  /** Lists every studio again; a failed listing keeps the last one and says why. */
  'studios.refresh': { request: Empty, response: StudiosView },
  /** One copy; the token is made once per operator action and sent again unchanged on a retry. Answers the studio as listed. */
  'studios.copy': { request: CopyRequest, response: Studio },
  'studios.create': { request: CreateRequest, response: Studio },
  'studios.config': { request: z.strictObject({ studioId: StudioId }), response: StudioConfig },
  /** Sets the output domain and name, writing back the rest of the config as read; answers the config re-read. */
  'studios.configure': { request: ConfigureRequest, response: StudioConfig },
  /** On-air actions, confirmed by the operator first; each answers the studio as re-read. */
  'studios.start': { request: z.strictObject({ studioId: StudioId }), response: Studio },
  'studios.stop': { request: z.strictObject({ studioId: StudioId }), response: Studio },
  'studios.delete': { request: DeleteRequest, response: StudiosView },
  /** This profile's recent bulk copies, newest first. */
  'studios.batches': { request: Empty, response: z.array(StudioBatch) },
  'studios.batchStart': { request: BatchRequest, response: StudioBatch },
  'studios.batchResume': { request: z.strictObject({ id: z.uuid() }), response: StudioBatch },
  'studios.batchCancel': { request: z.strictObject({ id: z.uuid() }), response: StudioBatch },
  /** The active Volcengine profile's relay groups and tasks as last listed (never waits for the cloud). */
  'relays.view': { request: Empty, response: RelaysView },
  /** Lists every group and every task again; a failed listing keeps the last one and says why. */
  'relays.refresh': { request: Empty, response: RelaysView },
  /** Lists one group's tasks again (the group's screen opening); answers the whole view. */
  'relays.refreshGroup': { request: z.strictObject({ group: GroupName }), response: RelaysView },
  /** Each change answers what was re-read from the cloud after it, never what was asked for. */
  'relays.createGroup': { request: RelayGroupDraft, response: RelayGroup },
  'relays.updateGroup': { request: UpdateGroupRequest, response: RelayGroup },
  /** Refused while the group has tasks (listed first), and unless the typed name matches. */
  'relays.deleteGroup': { request: DeleteGroupRequest, response: RelaysView },
  'relays.createTask': { request: CreateTaskRequest, response: RelayTask },
  'relays.updateTask': { request: UpdateTaskRequest, response: RelayTask },
  'relays.stopTask': { request: TaskRequest, response: RelayTask },
  'relays.continueTask': { request: TaskRequest, response: RelayTask },
  'relays.deleteTask': { request: TaskRequest, response: RelaysView },
  /** A window of the filtered journal, newest first, read from main's index of every journal file. */
  'journal.page': { request: JournalPageRequest, response: JournalPage },
  /** The filtered entries as a CSV (words in the desk's language) or JSON file's text. */
  'journal.export': { request: z.strictObject({ filter: JournalFilter, format: JournalExportFormat }), response: JournalExport },
  /** The filtered entries saved as a file through the host's save dialog (a download in a browser). */
  'journal.save': { request: z.strictObject({ filter: JournalFilter, format: JournalExportFormat }), response: SaveOutcome },
  /** The profiles and actions of every entry in every journal file, for the filter pickers (tallied by main's index as it reads). */
  'journal.facets': { request: Empty, response: JournalFacets },
  /** A support bundle (versions, settings, profiles, connections, recent journal and logs; no secret, no key id) as a file's name and text. */
  'diagnostics.bundle': { request: Empty, response: z.object({ fileName: z.string(), text: z.string() }) },
  /** The support bundle saved through the host's save dialog (a download in a browser): answers where it went. */
  'diagnostics.save': { request: Empty, response: SaveOutcome },
  'profiles.importApply': {
    request: z.strictObject({
      picks: z.array(z.strictObject({ candidateId: z.string().max(128), name: z.string().max(4096) })).min(1).max(100),
    }),
    response: ImportResult,
  },
} as const satisfies Record<`${string}.${string}`, ChannelSpec>;

/** Main→renderer notifications, by the same naming rule; `x.changed` becomes `x.onChanged()`. */
export const events = {
  'settings.changed': Settings,
  'profiles.changed': ProfilesState,
  'connection.changed': z.array(ConnectionState),
  'board.changed': BoardState,
  'shortcuts.changed': ShortcutsState,
  /** A notification for the page to draw as a toast (hosts without OS notifications: the harness). */
  'notice.shown': DeskNotice,
  'studios.changed': StudiosView,
  /** A bulk copy changed (an item sent, settled, or the batch ended). */
  'studios.batchChanged': StudioBatch,
  'relays.changed': RelaysView,
  /** Lines were appended to the journal (by this app or by `lcr`): read the window on screen again. */
  'journal.appended': z.object({ added: z.number().int().min(1) }),
  /** A file main made, for the page to download (hosts without a save dialog: the harness). */
  'file.offered': OfferedFile,
} as const satisfies Record<`${string}.${string}`, z.ZodType>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What a caller passes (defaults not yet applied). */
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
/** What a handler receives, after validation. */
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** Every channel name, for code that registers or tests them all. */
export const channelNames = Object.keys(channels) as ChannelName[];
/** Every event name. */
export const eventNames = Object.keys(events) as EventName[];

/** Type guard for names arriving from outside (IPC, HTTP paths). */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
