import type { Page } from '@playwright/test';
import type { FetchSeen } from './page-probe-script';
import { drainProbes, takeWatched, tileUpstreams, watchTake, type TakeTimes } from './page-probes';
import { listAction } from './polling-count';
import { wallNow, type WireEvent, type WireLog } from './wire-log';

// One timed round of each contender of the board benchmark: a switch on the board through the
// harness (arm with 1, take with Enter, wait until the tile shows the target confirmed ON AIR) and
// a key on the floor page. Every moment is read where it happens — the page's clock in the page,
// Node's clock at the servers and in undici — and joined here into one sample.

/** The action a take sends. */
const switchAction = 'SetLiveDomainMultiStreamMaster';

/** Where a take goes and who sees it. */
export interface SwitchContext {
  page: Page;
  wire: WireLog;
  /** The tile to switch (`domain/app/stream`), bound to key 1 (first on the board). */
  tileKey: string;
  /** Ports of the harness server and of the embedded rehearsal cloud's Alibaba endpoint. */
  harnessPort: number;
  cloudPort: number;
  /** A round not done in this long fails the run. */
  giveUpMs: number;
}

/** When to press Enter once the standby is armed: after `holdMs`, and not before `notBefore` (epoch ms). */
export interface Timing {
  holdMs: number;
  notBefore: number;
}

/** The key's request as the page saw it: keydown, fetch() begun, request sent by the browser (epoch ms). */
export interface KeySide {
  keyAt: number;
  fetchAt: number;
  fetchSentAt: number;
  /** The browser opened a connection for it. */
  newConnection: boolean;
}

/** One switch, epoch ms on one wall clock. */
export interface SwitchSample extends KeySide {
  /** The harness server received `board.take`. */
  harnessAt: number;
  /** The app's cloud client handed the switch to undici, and undici wrote its headers. */
  createdAt: number;
  sentAt: number;
  /** Undici opened a connection to the cloud for it. */
  newCloudConnection: boolean;
  /** The rehearsal cloud received the switch, finished answering it, then received the desk's re-read. */
  arrivedAt: number;
  answeredAt: number;
  rereadAt: number | null;
  take: TakeTimes;
}

/** One key on the floor page. */
export interface FloorSample extends KeySide {
  arrivedAt: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Polls `read` until it answers a value, or fails after `ms`. */
async function until<T>(what: string, ms: number, read: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`board bench: ${what} not seen within ${ms} ms`);
    await pause(2);
  }
}

/**
 * The round's Enter keydown and its fetch to `path`, gathered from the page's probe as they come
 * in (a resource-timing entry is delivered only once its answer has ended).
 */
async function keySide(page: Page, path: string, ms: number): Promise<KeySide> {
  const keys: number[] = [];
  const fetches: FetchSeen[] = [];
  return until(`the key and the fetch of ${path} in the page`, ms, async () => {
    const drained = await drainProbes(page);
    keys.push(...drained.keys);
    fetches.push(...drained.fetches.filter((entry) => new URL(entry.name).pathname.endsWith(path)));
    const [keyAt] = keys;
    const [fetched] = fetches;
    return keyAt === undefined || fetched === undefined ? undefined : { keyAt, fetchAt: fetched.at, fetchSentAt: fetched.sentAt, newConnection: fetched.newConnection };
  });
}

/** The one event since `since` that `match` picks; more than one means the round is not clean. */
function onlyEvent(wire: WireLog, since: number, what: string, match: (event: WireEvent) => boolean): number | undefined {
  const found = wire.events(since).filter(match);
  if (found.length > 1) throw new Error(`board bench: ${found.length} × ${what} in one round`);
  return found[0]?.at;
}

/**
 * Switches the tile to its standby as an operator does by keyboard: 1 arms the first tile's
 * standby, Enter takes it. Resolves once the tile shows the standby ON AIR with nothing pending.
 */
export async function switchOnce(context: SwitchContext, timing: Timing): Promise<SwitchSample> {
  const { page, wire, tileKey, cloudPort } = context;
  const before = await tileUpstreams(page, tileKey);
  const target = before.standbys[0];
  if (before.onAir === null || target === undefined) throw new Error(`board bench: ${tileKey} shows no master and standby`);
  await page.keyboard.press('1');
  await until('the standby armed', context.giveUpMs, async () => ((await tileUpstreams(page, tileKey)).armed === target ? true : undefined));
  await watchTake(page, tileKey, target, context.giveUpMs);
  await drainProbes(page);
  await pause(Math.max(timing.holdMs, timing.notBefore - wallNow()));

  const since = wallNow();
  await page.keyboard.press('Enter');
  const take = await takeWatched(page);
  if (take.gaveUp !== null) throw new Error(`board bench: the take of ${target} was not confirmed on screen; the tile shows: ${take.gaveUp}`);
  const key = await keySide(page, '/ipc/board.take', context.giveUpMs);
  const at = (what: string, match: (event: WireEvent) => boolean) => {
    const found = onlyEvent(wire, since, what, match);
    if (found === undefined) throw new Error(`board bench: no ${what} after the key`);
    return found;
  };
  const isSwitch = (kind: WireEvent['kind']) => (event: WireEvent) => event.kind === kind && event.action === switchAction;
  const createdAt = at('switch handed to undici', isSwitch('created'));
  const sentAt = at('switch headers written', isSwitch('sent'));
  const arrivedAt = at('switch at the cloud', (event) => isSwitch('arrived')(event) && event.port === cloudPort);
  const answeredAt = at('switch answered by the cloud', (event) => isSwitch('answered')(event) && event.port === cloudPort);
  // The desk's re-read names the stream; the board's poll reads the whole domain.
  const reread = wire.events(arrivedAt).find((event) => event.kind === 'arrived' && event.port === cloudPort && event.action === listAction && event.path.includes(`StreamName=${encodeURIComponent(tileKey.split('/')[2] ?? '')}`));
  return {
    ...key,
    harnessAt: at('board.take at the harness', (event) => event.kind === 'arrived' && event.port === context.harnessPort && event.path.startsWith('/ipc/board.take')),
    createdAt,
    sentAt,
    newCloudConnection: wire.events(createdAt).some((event) => event.kind === 'connecting' && event.port === cloudPort && event.at <= sentAt),
    arrivedAt,
    answeredAt,
    rereadAt: reread?.at ?? null,
    take,
  };
}

/** Presses Enter on the floor page and waits for its one request to arrive. */
export async function floorOnce(page: Page, wire: WireLog, port: number, giveUpMs: number): Promise<FloorSample> {
  await drainProbes(page);
  const since = wallNow();
  await page.keyboard.press('Enter');
  const arrivedAt = await until('the floor request', giveUpMs, () => onlyEvent(wire, since, 'floor request', (event) => event.kind === 'arrived' && event.port === port));
  return { ...(await keySide(page, '/hit', giveUpMs)), arrivedAt };
}
