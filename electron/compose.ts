import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Host } from '../shared/domain/app-info';
import type { JournalOrigin } from '../shared/domain/journal';
import { resolveLocale } from '../shared/i18n/locale';
import type { BoardService } from './board/board-service';
import { composeBoard } from './board/compose-board';
import { composeCloud, type CloudStack } from './cloud/compose-cloud';
import type { SecretVault } from './credentials/secret-vault';
import { createEventBus, type EventBus } from './events/event-bus';
import type { Handlers } from './ipc/handlers';
import { composeJournal } from './journal/compose-journal';
import { createJournalWriter, journalPath } from './journal/journal-file';
import type { JournalService } from './journal/journal-service';
import { deskIdentity } from './journal/journal-identity';
import { createLogger, stderrSink, type LogSink } from './log';
import { createLogRing } from './log-ring';
import { composeDiagnostics } from './diagnostics/compose-diagnostics';
import { composeDeskSetup } from './settings/compose-desk-setup';
import type { NotifierFactory } from './notify/notifier';
import type { SaveDialogFactory } from './files/save-dialog';
import { describeApp, type AppInfoInputs } from './services/app-info-service';
import { createImportService } from './services/import-service';
import { createProfileService, type ProfileService } from './services/profile-service';
import { createSettingsService } from './services/settings-service';
import { openSettingsFile } from './settings/open-settings-file';
import type { SettingsStore } from './settings/settings-store';
import type { GlobalShortcuts } from './shortcuts/global-shortcuts';
import { composeRelays } from './relays/compose-relays';
import type { RelayService } from './relays/relay-service';
import { composeStudios } from './studios/compose-studios';
import type { StudioService } from './studios/studio-service';

/** Everything the services need from their host; Electron, the harness and `lcr` each supply theirs. */
export interface ServiceInputs extends Omit<AppInfoInputs, 'host'> {
  host: Host;
  openSettingsStore(dataDir: string): SettingsStore;
  vault: SecretVault;
  /** The user's home and environment, where credential import looks. */
  home: string;
  env: Readonly<Record<string, string | undefined>>;
  /** OS notifications in the app, toasts in the harness's page, none for `lcr`. */
  notifier: NotifierFactory;
  /** The OS save dialog in the app, a download in the harness's page, none for `lcr`. */
  saveDialog: SaveDialogFactory;
  /** The OS's global shortcuts in the app; `lcr` takes none. */
  globalShortcuts: GlobalShortcuts;
  logSink?: LogSink;
}

/** The composed main-process services: the contract's handlers, the bus, and the services by name. */
export interface Services {
  handlers: Handlers;
  bus: EventBus;
  profiles: ProfileService;
  cloud: CloudStack;
  board: BoardService;
  studios: StudioService;
  relays: RelayService;
  journal: JournalService;
  /** Stops following the journal folder, stops the board (polling, shortcuts, pending journal entries) and closes the cloud stack. */
  close(): Promise<void>;
}

const journalOrigin = { electron: 'app', harness: 'harness', cli: 'cli' } as const satisfies Record<Host, JournalOrigin>;

function readTextIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw thrown;
  }
}

/**
 * Builds the real services once, from injected adapters. The Electron main process, the browser
 * harness and `lcr` all call this, so each runs the same code on the same data folder.
 */
export function composeServices(inputs: ServiceInputs): Services {
  const logs = createLogRing(inputs.logSink ?? stderrSink);
  const log = (tag: string) => createLogger(tag, logs.sink);
  const bus = createEventBus();
  const file = openSettingsFile(inputs.dataDir, inputs.openSettingsStore, log('settings'));
  const settings = createSettingsService(file, bus);
  const profiles = createProfileService({ file, vault: inputs.vault, bus, log: log('profiles'), now: () => new Date(), newId: randomUUID });
  const imports = createImportService({ profiles, home: inputs.home, env: inputs.env, readText: readTextIfPresent });
  const journal = createJournalWriter(journalPath(inputs.dataDir));
  const identity = deskIdentity(journalOrigin[inputs.host]);
  const cloud = composeCloud({ profiles, vault: inputs.vault, journal, identity, log: log('cloud') });
  cloud.connections.listen((states) => bus.emit('connection.changed', states));
  const locale = () => resolveLocale(settings.get().language, inputs.systemLocales);
  const board = composeBoard({
    file,
    client: cloud.client,
    bus,
    journal,
    identity,
    notifier: inputs.notifier(bus),
    shortcuts: inputs.globalShortcuts,
    mac: inputs.platform === 'darwin',
    activeProfileId: () => profiles.activeId('aliyun'),
    profile: (id) => profiles.records().find((record) => record.id === id) ?? null,
    locale,
    pollingSeconds: () => settings.get().pollingSeconds,
    shows: (kind) => settings.get().notifications[kind],
    streamSwitchVia: inputs.host === 'cli' ? 'cli' : 'click',
    log: log('board'),
  });
  bus.listen((name) => {
    if (name === 'profiles.changed') board.profilesChanged();
    if (name === 'settings.changed') board.settingsChanged();
  });
  const studios = composeStudios({ client: cloud.client, bus, dataDir: inputs.dataDir, activeProfileId: () => profiles.activeId('aliyun'), log: log('studios') });
  const relays = composeRelays({ client: cloud.client, bus, activeProfileId: () => profiles.activeId('volcengine') });
  const saveDialog = inputs.saveDialog(bus);
  const journalView = composeJournal({ dataDir: inputs.dataDir, bus, locale, saveDialog, follow: inputs.host !== 'cli', log: log('journal') });
  const info = describeApp(inputs);
  const deskSetup = composeDeskSetup({
    file,
    settings,
    profiles: () => profiles.records().flatMap((record) => (record.provider === 'aliyun' ? [{ id: record.id, name: record.name }] : [])),
    activeId: () => profiles.activeId('aliyun'),
    importBoard: board.importBoard,
    host: identity.host,
    appVersion: inputs.version,
    now: () => new Date(),
    saveDialog,
  });
  const diagnostics = composeDiagnostics({ info, settings, profiles, connections: cloud.connections, journal: journalView.journal, logs, saveDialog });
  return {
    bus,
    profiles,
    cloud,
    board: board.board,
    studios: studios.studios,
    relays: relays.relays,
    journal: journalView.journal,
    close: async () => {
      journalView.close();
      await board.close();
      await cloud.close();
    },
    handlers: {
      'connection.list': () => cloud.connections.list(),
      'app.info': () => info,
      'app.notices': () => file.notices(),
      'settings.get': () => settings.get(),
      'settings.update': (patch) => settings.update(patch),
      'profiles.list': () => profiles.list(),
      'profiles.create': (draft) => profiles.create(draft),
      'profiles.update': ({ id, changes }) => profiles.update(id, changes),
      'profiles.remove': ({ id }) => profiles.remove(id),
      'profiles.setActive': ({ provider, id }) => profiles.setActive(provider, id),
      'profiles.importPreview': ({ sources }) => imports.preview(sources),
      'profiles.importApply': ({ picks }) => imports.apply(picks),
      'rehearsal.status': () => cloud.rehearsal.status(),
      'rehearsal.drill': async (drill) => ({ applied: await cloud.rehearsal.drill(drill) }),
      ...board.handlers,
      ...studios.handlers,
      ...relays.handlers,
      ...journalView.handlers,
      ...diagnostics,
      ...deskSetup.handlers,
    },
  };
}
