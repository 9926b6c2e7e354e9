import { z } from 'zod';
import { ObservedChange, SwitchTrigger } from './board';
import { Provider } from './provider';

/** Where a journaled action was taken: this desk's app, the `lcr` command line, or the harness. */
export const JournalOrigin = z.enum(['app', 'cli', 'harness']);
export type JournalOrigin = z.infer<typeof JournalOrigin>;

/** How an action ended: done, refused or failed, or without a definite answer (`unknown`). */
export const JournalOutcome = z.enum(['ok', 'failed', 'unknown']);
export type JournalOutcome = z.infer<typeof JournalOutcome>;

/** Who and where, on every entry: the desk, its operator, and the profile acted for (key id masked). */
const entryBase = {
  v: z.literal(1),
  id: z.string(),
  time: z.string(),
  user: z.string(),
  host: z.string(),
  origin: JournalOrigin,
  profileId: z.string(),
  profileName: z.string(),
  provider: Provider,
  accessKeyIdMasked: z.string(),
};

/**
 * One mutating cloud call: the action, its parameters without secrets, the request id for a
 * support ticket, and what came of it.
 */
export const CallEntry = z.object({
  ...entryBase,
  kind: z.literal('call'),
  action: z.string(),
  target: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
  outcome: JournalOutcome,
  errorCode: z.string().nullable(),
  latencyMs: z.number(),
  attempts: z.number().int(),
});
export type CallEntry = z.infer<typeof CallEntry>;

/**
 * One switch this desk sent (besides its call entry): which stream, from which upstream to which,
 * what started it, and whether a re-read confirmed it — `ok` only when the cloud showed the target
 * on air. `latencyMs` runs from the take to that confirmation (or the failure).
 */
export const SwitchEntry = z.object({
  ...entryBase,
  kind: z.literal('switch'),
  target: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  via: SwitchTrigger,
  outcome: JournalOutcome,
  errorCode: z.string().nullable(),
  requestId: z.string().nullable(),
  latencyMs: z.number(),
});
export type SwitchEntry = z.infer<typeof SwitchEntry>;

/** A change the board saw on a tile that this desk did not make (automatic mode, another desk, an encoder stopping). */
export const ObservedEntry = z.object({
  ...entryBase,
  kind: z.literal('observed'),
  target: z.string(),
  change: ObservedChange,
});
export type ObservedEntry = z.infer<typeof ObservedEntry>;

/**
 * One line of the activity journal: enough to answer "who switched what, when" after an incident.
 * Parameters are recorded without secrets; the key id only masked.
 */
export const JournalEntry = z.discriminatedUnion('kind', [CallEntry, SwitchEntry, ObservedEntry]);
export type JournalEntry = z.infer<typeof JournalEntry>;

/** The fields every entry carries, whoever writes it. */
export type JournalEntryBase = Pick<JournalEntry, keyof typeof entryBase>;
