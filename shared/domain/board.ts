import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { DualIngestStream } from './live-streams';

/** A stream pinned to the failover board for this show, keyed by its names. */
export const BoardPin = z.object({ domain: z.string().min(1), app: z.string().min(1), stream: z.string().min(1) });
export type BoardPin = z.infer<typeof BoardPin>;

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
