import { streamKey, type BoardPin, type SwitchTrigger } from '../../shared/domain/board';
import { pollingIntervalMs, type PollingBudget } from '../../shared/domain/board-polling';
import type { Locale, NoticeKind } from '../../shared/domain/settings';
import { actionSpec } from '../cloud/action-catalog';
import { queryDualIngestStreams } from '../cloud/actions/aliyun/dual-stream';
import type { CloudClient } from '../cloud/cloud-client';
import { realTimer } from '../cloud/transport/rate-limiter';
import type { ProfileRecord } from '../credentials/profile-record';
import type { EventBus } from '../events/event-bus';
import type { Handlers } from '../ipc/handlers';
import type { JournalWriter } from '../journal/journal-file';
import type { JournalIdentity } from '../journal/journal-identity';
import type { Logger } from '../log';
import type { Notifier } from '../notify/notifier';
import type { SettingsFile } from '../settings/settings-file';
import type { GlobalShortcuts } from '../shortcuts/global-shortcuts';
import { createShortcutBindings } from '../shortcuts/shortcut-bindings';
import { createShortcutManager, type ShortcutManager } from '../shortcuts/shortcut-manager';
import { createBoardLock } from './board-lock';
import { createBoardPins } from './board-pins';
import { createBoardPolling } from './board-polling';
import { createBoardReports } from './board-reports';
import { createBoardService, type BoardService } from './board-service';
import { createSwitchDesk } from './switch-desk';

/** What the board is built from: the host's adapters and the services it shares with the rest. */
export interface BoardInputs {
  file: SettingsFile;
  client: CloudClient;
  bus: EventBus;
  journal: JournalWriter;
  identity: JournalIdentity;
  notifier: Notifier;
  shortcuts: GlobalShortcuts;
  mac: boolean;
  /** The active Alibaba profile, and a profile by id (null once deleted). */
  activeProfileId(): string;
  profile(id: string): ProfileRecord | null;
  locale(): Locale;
  /** The polling interval the operator chose, in seconds. */
  pollingSeconds(): number;
  /** Whether the operator wants notifications of this kind. */
  shows(kind: NoticeKind): boolean;
  /** What `board.switchStream` records as having started a switch: `cli` under `lcr`. */
  streamSwitchVia: SwitchTrigger;
  log: Logger;
}

/** The board's channels, the service behind them, and how to stop it. */
export interface ComposedBoard {
  board: BoardService;
  shortcuts: ShortcutManager;
  handlers: Pick<Handlers, `board.${string}` & keyof Handlers> & Pick<Handlers, `shortcuts.${string}` & keyof Handlers>;
  /** Re-registers shortcuts after the active profile changed. */
  profilesChanged(): void;
  /** Polls at the interval now chosen. */
  settingsChanged(): void;
  /** Replaces a profile's pins and shortcuts (an imported desk setup), redraws the board and registers the shortcuts it now wants. */
  importBoard(profileId: string, pins: readonly BoardPin[], bindings: Readonly<Record<string, string>>): void;
  /** Stops polling, gives the global shortcuts back to the OS and finishes the journal's entries. */
  close(): Promise<void>;
}

/**
 * Wires the failover board: one switch desk for clicks, keys, global shortcuts and `lcr switch`;
 * its reports (journal and notifications) for every switch and every change seen; polling and the
 * shortcuts start when a window first asks for the board, so `lcr` never polls or takes keys.
 */
export function composeBoard(inputs: BoardInputs): ComposedBoard {
  const pins = createBoardPins(inputs.file);
  const desk = createSwitchDesk({ client: inputs.client, timer: realTimer });
  const board = createBoardService({ client: inputs.client, pins, lock: createBoardLock(inputs.file), desk, timer: realTimer, profileId: inputs.activeProfileId });
  const reports = createBoardReports({
    journal: inputs.journal,
    identity: inputs.identity,
    notifier: inputs.notifier,
    profile: inputs.profile,
    locale: inputs.locale,
    shows: inputs.shows,
    mac: inputs.mac,
    log: inputs.log,
  });
  desk.onSwitched((outcome) => reports.switched(inputs.activeProfileId(), outcome));
  board.onSnapshot((state) => inputs.bus.emit('board.changed', state));

  const bindings = createShortcutBindings(inputs.file);
  const shortcuts = createShortcutManager({
    os: inputs.shortcuts,
    bindings,
    profileId: inputs.activeProfileId,
    pinnedKeys: () => pins.list(inputs.activeProfileId()).map(streamKey),
    mac: inputs.mac,
    onPress: (key, accelerator) =>
      void board.failOverNow(key, 'shortcut').then((result) => {
        // A switch that was sent is reported by the desk; one refused before sending is said here.
        if (result.kind === 'failed' && result.error.code.startsWith('board.')) reports.shortcutRefused(accelerator, key, result.error);
      }),
    onUnavailable: (accelerator, key) => reports.shortcutUnavailable(accelerator, key),
    now: () => realTimer.now(),
  });
  shortcuts.onChange((state) => inputs.bus.emit('shortcuts.changed', state));

  const readLimit = actionSpec(queryDualIngestStreams.provider, queryDualIngestStreams.action).limit;
  const pollingBudget = (): PollingBudget => {
    const requestedMs = inputs.pollingSeconds() * 1000;
    const readsPerCycle = board.lastReads();
    return { requestedMs, intervalMs: pollingIntervalMs(requestedMs, readsPerCycle, readLimit), readsPerCycle, action: queryDualIngestStreams.action, limit: readLimit };
  };
  const polling = createBoardPolling(board, inputs.log, (changes) => reports.observed(inputs.activeProfileId(), changes), () => pollingBudget().intervalMs);
  let shortcutsStarted = false;
  const startShortcuts = () => {
    if (shortcutsStarted) return;
    shortcutsStarted = true;
    shortcuts.refresh();
  };
  const boardState = () => {
    polling.ensureStarted();
    startShortcuts();
    return board.snapshot();
  };
  /** Does a board change, then answers the board as it now is. */
  const thenBoard = (change: () => unknown) => {
    change();
    return boardState();
  };
  /** A change of the pins changes which shortcuts can be registered. */
  const thenPins = (change: () => unknown) => {
    const state = thenBoard(change);
    shortcuts.refresh();
    return state;
  };

  return {
    board,
    shortcuts,
    profilesChanged: () => {
      if (shortcutsStarted) shortcuts.refresh();
    },
    settingsChanged: () => polling.reschedule(),
    importBoard(profileId, pins, boardBindings) {
      bindings.replace(profileId, boardBindings);
      board.replacePins(profileId, pins);
      if (shortcutsStarted) shortcuts.refresh();
    },
    async close() {
      polling.stop();
      shortcuts.releaseAll();
      await reports.settled();
    },
    handlers: {
      'board.state': boardState,
      'board.polling': pollingBudget,
      'board.domains': () => board.domains(),
      'board.streams': ({ domain }) => board.streams(domain),
      'board.dualIngest': async ({ domain }) => ({ enabled: await board.dualIngest(domain) }),
      'board.enableDualIngest': async ({ domain }) => ({ enabled: await board.enableDualIngest(domain) }),
      'board.pin': (pin) => thenPins(() => board.pin(pin)),
      'board.unpin': (pin) => thenPins(() => board.unpin(pin)),
      'board.reorder': ({ order }) => thenPins(() => board.reorder(order)),
      'board.arm': ({ key, sequence }) => thenBoard(() => board.arm(key, sequence)),
      'board.disarm': ({ key }) => thenBoard(() => board.disarm(key)),
      'board.take': ({ key, via }) => board.take(key, via),
      'board.failOverNow': ({ key, sequence, via }) => board.failOverNow(key, via, sequence),
      'board.upstreams': ({ key }) => board.upstreams(key),
      'board.switchStream': ({ key, sequence }) => board.switchStream(key, inputs.streamSwitchVia, sequence),
      'board.setLocked': ({ locked }) => thenBoard(() => board.setLocked(locked)),
      'board.setAutomatic': ({ key, automatic }) => board.setAutomatic(key, automatic),
      'shortcuts.list': () => {
        startShortcuts();
        return shortcuts.state();
      },
      'shortcuts.bind': ({ key, accelerator }) => {
        startShortcuts();
        return shortcuts.bind(key, accelerator);
      },
      'shortcuts.unbind': ({ key }) => {
        startShortcuts();
        return shortcuts.unbind(key);
      },
    },
  };
}
