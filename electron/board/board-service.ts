import { parseStreamKey, streamKey, type BoardPin, type BoardState, type BoardTile, type ObservedChange, type SwitchTrigger, type TakeResult } from '../../shared/domain/board';
import type { DualIngestStream, LiveDomain } from '../../shared/domain/live-streams';
import { listLiveDomains } from '../cloud/actions/aliyun/discovery';
import { listDualIngestStreams, setAutomaticSwitching } from '../cloud/actions/aliyun/dual-stream';
import { runAction } from '../cloud/actions/action-definition';
import { describeDualStreamConfig, setDualStreamConfig } from '../cloud/actions/aliyun/dual-stream-config';
import { AppErrorException, appError } from '../../shared/errors/app-error';
import type { CloudClient } from '../cloud/cloud-client';
import type { Timer } from '../cloud/transport/rate-limiter';
import type { BoardLock } from './board-lock';
import type { BoardPins } from './board-pins';
import { pollBoard } from './board-poll';
import { observeChanges } from './observed-changes';
import type { SwitchDesk } from './switch-desk';

/** What the board service is built from. */
export interface BoardServiceDeps {
  client: CloudClient;
  pins: BoardPins;
  /** Where the lock is kept, so a watching desk stays one after a restart and `lcr` obeys it too. */
  lock: BoardLock;
  desk: SwitchDesk;
  timer: Timer;
  /** The Alibaba profile whose streams the board shows (the active one). */
  profileId(): string;
  /** Wall-clock time (epoch ms). */
  wallNow?: () => number;
}

/** The failover board in main: pins, polling, and switching through the one switch desk. */
export interface BoardService {
  snapshot(): BoardState;
  /** The account's streaming (`liveVideo`) domains: the only ones a board can show. */
  domains(): Promise<LiveDomain[]>;
  /** A domain's dual-ingest streams now, to pin from. */
  streams(domain: string): Promise<DualIngestStream[]>;
  /** Whether dual ingest (dual-stream disaster recovery) is on for a domain, as the cloud says. */
  dualIngest(domain: string): Promise<boolean>;
  /** Turns dual ingest on for a domain (after the operator confirmed), answering the setting re-read. */
  enableDualIngest(domain: string): Promise<boolean>;
  pin(pin: BoardPin): BoardPin[];
  unpin(pin: BoardPin): BoardPin[];
  reorder(order: readonly BoardPin[]): BoardPin[];
  /** Replaces a profile's pins (an imported desk setup) and redraws the board. */
  replacePins(profileId: string, pins: readonly BoardPin[]): BoardPin[];
  /** One polling cycle now; resolves with what changed since the last one. */
  poll(): Promise<ObservedChange[]>;
  /** The reads the last cycle sent (one per pinned domain and page), which the polling budget counts. */
  lastReads(): number;
  /** Arms a tile's standby (see the switch desk); the tile is named by `domain/app/stream`. */
  arm(key: string, sequence?: string): string;
  disarm(key: string): void;
  take(key: string, via: SwitchTrigger): Promise<TakeResult>;
  /** Arms (`sequence`, else the armed one, else "the standby") and takes in one action. */
  failOverNow(key: string, via: SwitchTrigger, sequence?: string): Promise<TakeResult>;
  /** A stream as the cloud lists it now, pinned or not (`stream.notListed` when it is not on the air with dual ingest). */
  upstreams(key: string): Promise<DualIngestStream>;
  /**
   * Switches any dual-ingest stream, pinned or not, as it is listed now: to `sequence`, else to
   * "the standby" — through the same desk, rules and confirmation as a tile (`lcr switch`).
   */
  switchStream(key: string, via: SwitchTrigger, sequence?: string): Promise<TakeResult>;
  /**
   * Turns the cloud's automatic switching on or off for a tile's stream, then re-reads the board
   * so the tile shows the mode the cloud confirms.
   */
  setAutomatic(key: string, automatic: boolean): Promise<BoardState>;
  /** Makes the desk watching-only (nothing can be armed or taken), or lets it switch again. */
  setLocked(locked: boolean): void;
  onSnapshot(listener: (snapshot: BoardState) => void): () => void;
}

/**
 * Keeps the board's tiles for the active profile: a poll reads every pinned domain once and
 * reports what changed that this desk did not just do; a switch acts on the stream as last
 * confirmed (a tile never read, or whose stream is off the air, cannot be switched).
 */
export function createBoardService(deps: BoardServiceDeps): BoardService {
  const wallNow = deps.wallNow ?? Date.now;
  let tiles = new Map<string, BoardTile>();
  let shownFor = deps.profileId();
  let polledAt: string | null = null;
  let lastReads = 0;
  const listeners = new Set<(snapshot: BoardState) => void>();

  const pinsNow = () => deps.pins.list(deps.profileId());
  const snapshot = (): BoardState => {
    const pinned = pinsNow();
    const keys = new Set(pinned.map(streamKey));
    const phases = Object.fromEntries(Object.entries(deps.desk.phases()).filter(([key]) => keys.has(key)));
    const deskSwitches = deps.desk
      .history()
      .filter((entry) => keys.has(entry.key))
      .slice(-50)
      .map((entry) => ({ key: entry.key, sequence: entry.sequence, at: new Date(entry.at).toISOString() }));
    return { profileId: deps.profileId(), tiles: pinned.map((pin) => tiles.get(streamKey(pin)) ?? emptyTile(pin)), phases, locked: deps.desk.locked(), polledAt, deskSwitches };
  };
  const publish = () => {
    const current = snapshot();
    for (const listener of listeners) listener(current);
  };
  const streamOf = (key: string): DualIngestStream => {
    const tile = tiles.get(key);
    if (!tile?.stream || tile.presence !== 'listed') throw new AppErrorException(appError('board.notSwitchable', { stream: key }));
    return tile.stream;
  };
  // Every phase change of a tile (armed, pending, confirmed, failed) redraws the board; a
  // confirmed switch shows the stream as its confirming re-read saw it, not as the last poll did.
  deps.desk.onChange(() => publish());
  deps.desk.onSwitched(({ key, confirmed }) => {
    const tile = tiles.get(key);
    if (tile && confirmed) tiles.set(key, { ...tile, stream: confirmed, presence: 'listed', readError: null, confirmedAt: new Date(wallNow()).toISOString() });
  });
  const changed = <T>(result: T) => {
    publish();
    return result;
  };

  const readNow = async (key: string): Promise<DualIngestStream> => {
    const ref = parseStreamKey(key);
    const listed = await listDualIngestStreams(deps.client, { domain: ref.domain, stream: ref.stream }, { profileId: deps.profileId() });
    const found = listed.find((candidate) => candidate.app === ref.app && candidate.stream === ref.stream);
    if (!found) throw new AppErrorException(appError('stream.notListed', { stream: key }));
    return found;
  };
  deps.desk.setLocked(deps.lock.read());

  const poll = async (): Promise<ObservedChange[]> => {
    const profileId = deps.profileId();
    if (profileId !== shownFor) {
      tiles = new Map();
      shownFor = profileId;
    }
    const readAt = wallNow();
    const read = await pollBoard(deps.client, pinsNow(), tiles, new Date(readAt), { profileId });
    lastReads = read.reads;
    // A switch confirmed while this read was on its way is newer than what the read saw.
    const next = read.tiles.map((tile) => {
      const current = tiles.get(streamKey(tile.pin));
      return current?.confirmedAt && Date.parse(current.confirmedAt) >= readAt ? current : tile;
    });
    const observed = observeChanges(tiles, next, deps.desk.history(), wallNow());
    tiles = new Map(next.map((tile): [string, BoardTile] => [streamKey(tile.pin), tile]));
    polledAt = new Date(wallNow()).toISOString();
    publish();
    return observed;
  };

  return {
    snapshot,
    domains: () => listLiveDomains(deps.client, { type: 'liveVideo' }, { profileId: deps.profileId() }),
    streams: (domain) => listDualIngestStreams(deps.client, { domain }, { profileId: deps.profileId() }),
    dualIngest: async (domain) => (await runAction(deps.client, describeDualStreamConfig, { domain }, { profileId: deps.profileId() })).enabled,
    async enableDualIngest(domain) {
      if (deps.desk.locked()) throw new AppErrorException(appError('board.locked', { stream: domain }));
      const options = { profileId: deps.profileId() };
      await runAction(deps.client, setDualStreamConfig, { domain, enabled: true }, options);
      return (await runAction(deps.client, describeDualStreamConfig, { domain }, options)).enabled;
    },
    pin: (pin) => changed(deps.pins.pin(deps.profileId(), pin)),
    unpin: (pin) => changed(deps.pins.unpin(deps.profileId(), pin)),
    reorder: (order) => changed(deps.pins.reorder(deps.profileId(), order)),
    replacePins: (profileId, pins) => changed(deps.pins.replace(profileId, pins)),
    poll,
    lastReads: () => lastReads,
    arm: (key, sequence) => deps.desk.arm(streamOf(key), sequence),
    disarm: (key) => deps.desk.disarm(parseStreamKey(key)),
    take: async (key, via) => deps.desk.take(streamOf(key), via),
    failOverNow: async (key, via, sequence) => deps.desk.failOverNow(streamOf(key), via, sequence),
    upstreams: readNow,
    switchStream: async (key, via, sequence) => deps.desk.failOverNow(await readNow(key), via, sequence),
    async setAutomatic(key, automatic) {
      if (deps.desk.locked()) throw new AppErrorException(appError('board.locked', { stream: key }));
      const { domain, app, stream } = streamOf(key);
      await runAction(deps.client, setAutomaticSwitching, { domain, app, stream, automatic }, { profileId: deps.profileId() });
      await poll();
      return snapshot();
    },
    setLocked(locked) {
      deps.lock.write(locked);
      deps.desk.setLocked(locked);
      publish();
    },
    onSnapshot(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function emptyTile(pin: BoardPin): BoardTile {
  return { pin, stream: null, confirmedAt: null, presence: 'unknown', readError: null };
}
