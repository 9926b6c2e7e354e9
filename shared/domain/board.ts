import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { DualIngestStream, SwitchReason } from './live-streams';

/** A stream pinned to the failover board for this show, keyed by its names. */
export const BoardPin = z.object({ domain: z.string().min(1), app: z.string().min(1), stream: z.string().min(1) });
export type BoardPin = z.infer<typeof BoardPin>;

/**
 * A stream's key as the board, the journal and drills write it: `domain/app/stream`. The one
 * spelling of it, so a tile, its phase and a pin always find each other.
 */
export const streamKey = ({ domain, app, stream }: BoardPin): string => `${domain}/${app}/${stream}`;

/** The names in a key written by {@link streamKey}. */
export function parseStreamKey(key: string): BoardPin {
  const [domain = '', app = '', stream = ''] = key.split('/');
  return { domain, app, stream };
}

/**
 * One tile as the board shows it: the stream as the cloud last confirmed it and when, whether the
 * last read of its domain still listed it, and why that read failed if it did — so the board can
 * show the last confirmed state with its age and an offline mark, never a guess.
 */
export const BoardTile = z.object({
  pin: BoardPin,
  /** The stream as last listed (kept, as last seen, once it is `notListed`); null until first listed. */
  stream: DualIngestStream.nullable(),
  /** When a read last succeeded for this tile — listing it or confirming its absence (ISO, UTC). */
  confirmedAt: z.iso.datetime().nullable(),
  /** `listed` by the last read; `notListed`: off the air or without dual ingest; `unknown`: no read has succeeded yet. */
  presence: z.enum(['listed', 'notListed', 'unknown']),
  /** The last read of the tile's domain failed with this; what is shown is from before it. */
  readError: AppError.nullable(),
});
export type BoardTile = z.infer<typeof BoardTile>;

/** Where one tile's switch stands: nothing armed, a standby armed, a take pending, or the last take failed and why. */
export const TilePhase = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('idle') }),
  z.object({ kind: z.literal('armed'), sequence: z.string() }),
  z.object({ kind: z.literal('pending'), sequence: z.string() }),
  z.object({ kind: z.literal('failed'), sequence: z.string(), error: AppError }),
]);
export type TilePhase = z.infer<typeof TilePhase>;

/** The whole board as the renderer draws it: tiles in board order, each tile's switch, the lock. */
export const BoardState = z.object({
  /** The Alibaba profile whose streams these are. */
  profileId: z.string(),
  tiles: z.array(BoardTile),
  /** Switch phase by tile key (`domain/app/stream`); a tile not listed is idle. */
  phases: z.record(z.string(), TilePhase),
  /** A watching-only desk: nothing can be armed or taken. */
  locked: z.boolean(),
  /** When the last poll finished (ISO), or null before the first. */
  polledAt: z.iso.datetime().nullable(),
  /** Switches this desk confirmed (newest last), so a tile can say a change came "from this desk". */
  deskSwitches: z.array(z.object({ key: z.string(), sequence: z.string(), at: z.iso.datetime() })),
});
export type BoardState = z.infer<typeof BoardState>;

/** How a take ended, as the renderer hears it: the confirmed stream, the reason it failed, or ignored (a take was pending, or a bounced press). */
export const TakeResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirmed'), stream: DualIngestStream }),
  z.object({ kind: z.literal('failed'), error: AppError }),
  z.object({ kind: z.literal('ignored') }),
]);
export type TakeResult = z.infer<typeof TakeResult>;

/** How close to a switch this desk confirmed a change must be for the board to call it this desk's. */
export const deskClaimMs = 60_000;

/**
 * Whether a change of `key` to `sequence` at `when` (epoch ms) is this desk's: the desk confirmed
 * a switch of that tile to that upstream within a minute of it. Anything else came "from
 * elsewhere" — another desk, the console, or automatic mode.
 */
export function claimedByDesk(deskSwitches: readonly { key: string; sequence: string; at: number }[], key: string, sequence: string, when: number): boolean {
  return deskSwitches.some((entry) => entry.key === key && entry.sequence === sequence && Math.abs(when - entry.at) <= deskClaimMs);
}

/** What started a switch, for the journal: a click, a board key, a global shortcut, or `lcr switch`. */
export const SwitchTrigger = z.enum(['click', 'key', 'shortcut', 'cli']);
export type SwitchTrigger = z.infer<typeof SwitchTrigger>;

/**
 * Something the board saw change on a tile between two reads, for a notification and a journal
 * entry: the master moved (with the cloud's reason, and whether this desk did it), the stream
 * left or came back on the air, nothing is on air any more although encoders still push
 * (`masterLost`: manual mode after the master's encoder stopped), or it lost or regained its standby.
 */
export const ObservedChange = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('masterChanged'),
    key: z.string(),
    from: z.string().nullable(),
    to: z.string(),
    /** The cloud's reason for the change, and its own words (`master stream no data`); null when its log does not say. */
    reason: SwitchReason.nullable(),
    rawReason: z.string().nullable(),
    byThisDesk: z.boolean(),
  }),
  z.object({ kind: z.enum(['offAir', 'backOnAir', 'masterLost', 'standbyLost', 'standbyBack']), key: z.string() }),
]);
export type ObservedChange = z.infer<typeof ObservedChange>;
