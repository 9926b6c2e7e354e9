import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Host } from '../shared/domain/app-info';
import type { JournalOrigin } from '../shared/domain/journal';
import { createBoardPins } from './board/board-pins';
import { createBoardPolling } from './board/board-polling';
import { createBoardService, type BoardService } from './board/board-service';
import { createSwitchDesk } from './board/switch-desk';
import { composeCloud, type CloudStack } from './cloud/compose-cloud';
import { realTimer } from './cloud/transport/rate-limiter';
import type { SecretVault } from './credentials/secret-vault';
import { createEventBus, type EventBus } from './events/event-bus';
import type { Handlers } from './ipc/handlers';
import { createLogger, type LogSink } from './log';
import { describeApp, type AppInfoInputs } from './services/app-info-service';
import { createImportService } from './services/import-service';
import { createProfileService, type ProfileService } from './services/profile-service';
import { createSettingsService } from './services/settings-service';
import { openSettingsFile } from './settings/open-settings-file';
import type { SettingsStore } from './settings/settings-store';

/** Everything the services need from their host; Electron, the harness and `lcr` each supply theirs. */
export interface ServiceInputs extends Omit<AppInfoInputs, 'host'> {
  host: Host;
  openSettingsStore(dataDir: string): SettingsStore;
  vault: SecretVault;
  /** The user's home and environment, where credential import looks. */
  home: string;
  env: Readonly<Record<string, string | undefined>>;
  logSink?: LogSink;
}

/** The composed main-process services: the contract's handlers, the bus, and the services by name. */
export interface Services {
  handlers: Handlers;
  bus: EventBus;
  profiles: ProfileService;
  cloud: CloudStack;
  board: BoardService;
  /** Stops the board's polling and closes the cloud stack. */
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
  const log = (tag: string) => createLogger(tag, inputs.logSink);
  const bus = createEventBus();
  const file = openSettingsFile(inputs.dataDir, inputs.openSettingsStore, log('settings'));
  const settings = createSettingsService(file, bus);
  const profiles = createProfileService({ file, vault: inputs.vault, bus, log: log('profiles'), now: () => new Date(), newId: randomUUID });
  const imports = createImportService({ profiles, home: inputs.home, env: inputs.env, readText: readTextIfPresent });
  const cloud = composeCloud({ profiles, vault: inputs.vault, dataDir: inputs.dataDir, origin: journalOrigin[inputs.host], log: log('cloud') });
  cloud.connections.listen((states) => bus.emit('connection.changed', states));
  const board = createBoardService({
    client: cloud.client,
    pins: createBoardPins(file),
    desk: createSwitchDesk({ client: cloud.client, timer: realTimer }),
    timer: realTimer,
    profileId: () => profiles.activeId('aliyun'),
  });
  board.onSnapshot((state) => bus.emit('board.changed', state));
  // Polling starts when a window first asks for the board, so `lcr` never polls.
  const polling = createBoardPolling(board, log('board'), () => undefined);
  const boardState = () => {
    polling.ensureStarted();
    return board.snapshot();
  };
  /** Does a board change, then answers the board as it now is. */
  const thenBoard = (change: () => unknown) => {
    change();
    return boardState();
  };
  const info = describeApp(inputs);
  return {
    bus,
    profiles,
    cloud,
    board,
    close: async () => {
      polling.stop();
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
      'board.state': boardState,
      'board.domains': () => board.domains(),
      'board.streams': ({ domain }) => board.streams(domain),
      'board.dualIngest': async ({ domain }) => ({ enabled: await board.dualIngest(domain) }),
      'board.enableDualIngest': async ({ domain }) => ({ enabled: await board.enableDualIngest(domain) }),
      'board.pin': (pin) => thenBoard(() => board.pin(pin)),
      'board.unpin': (pin) => thenBoard(() => board.unpin(pin)),
      'board.reorder': ({ order }) => thenBoard(() => board.reorder(order)),
      'board.arm': ({ key, sequence }) => thenBoard(() => board.arm(key, sequence)),
      'board.disarm': ({ key }) => thenBoard(() => board.disarm(key)),
      'board.take': ({ key }) => board.take(key),
      'board.setLocked': ({ locked }) => thenBoard(() => board.setLocked(locked)),
      'board.setAutomatic': ({ key, automatic }) => board.setAutomatic(key, automatic),
    },
  };
}
