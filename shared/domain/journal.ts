import { z } from 'zod';
import { Provider } from './provider';

/** Where a journaled action was taken: this desk's app, the `lcr` command line, or the harness. */
export const JournalOrigin = z.enum(['app', 'cli', 'harness']);
export type JournalOrigin = z.infer<typeof JournalOrigin>;

/**
 * One line of the activity journal: who did what to which cloud resource, when, and what came of
 * it — enough to answer "who switched what, when" after an incident. `outcome: unknown` is a
 * mutation that got no definite answer. Parameters are recorded without secrets; the key id only
 * masked.
 */
export const JournalEntry = z.object({
  v: z.literal(1),
  kind: z.literal('call'),
  id: z.string(),
  time: z.string(),
  user: z.string(),
  host: z.string(),
  origin: JournalOrigin,
  profileId: z.string(),
  profileName: z.string(),
  provider: Provider,
  accessKeyIdMasked: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
  outcome: z.enum(['ok', 'failed', 'unknown']),
  errorCode: z.string().nullable(),
  latencyMs: z.number(),
  attempts: z.number().int(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;
