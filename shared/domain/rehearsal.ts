import { z } from 'zod';
import { Provider } from './provider';

/** Which calls a fault applies to: one provider, one action, or both narrowed; all calls when absent. */
const Scope = {
  provider: Provider.optional(),
  action: z.string().min(1).optional(),
};

/** A share of matching calls, 0–1 (1 = every call). */
const Rate = z.number().min(0).max(1);

/** A stream as `domain/app/stream`. */
const StreamPath = z.string().regex(/^[^/\s]+\/[^/\s]+\/[^/\s]+$/, 'domain/app/stream');

/**
 * Every drill and fault the rehearsal cloud takes while it runs, as the control endpoint accepts
 * them (JSON) and `lcr rehearsal drill` sends them. One schema for both, so the command line can
 * never offer a drill the cloud does not understand.
 *
 * - `cut`: an encoder stops pushing — the upstream (by `UpstreamSequence`; the master when
 *   omitted) leaves every list; in automatic mode the master hands over with `master stream no data`.
 * - `restore`: the cut upstream (or every cut upstream of the stream) pushes again, as a standby.
 * - `latency`: every matching answer is held back `ms` milliseconds.
 * - `fail`: a share of matching calls is answered with the provider's error `code` (its documented
 *   status), or, with `hang`, not answered for `hangMs`; `after` applies the call first, so the
 *   caller cannot know whether it happened.
 * - `throttle`: at most `perSecond` matching calls per access key and action, then the provider's
 *   throttling answer.
 * - `drop`: a share of matching connections is closed without an answer (`after`: once applied).
 * - `skew`: the cloud's clock runs `seconds` ahead (negative: behind) of this machine's.
 * - `offline` / `online`: the provider's endpoint (both when omitted) refuses connections, then
 *   listens again on the same port.
 * - `clear`: every fault off (cut upstreams stay cut; restore them).
 */
export const Drill = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cut'), stream: StreamPath, upstream: z.string().min(1).optional() }).strict(),
  z.object({ kind: z.literal('restore'), stream: StreamPath, upstream: z.string().min(1).optional() }).strict(),
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(0).max(120_000), ...Scope }).strict(),
  z
    .object({
      kind: z.literal('fail'),
      rate: Rate,
      code: z.string().min(1).optional(),
      hang: z.boolean().optional(),
      hangMs: z.number().int().min(1).max(600_000).optional(),
      after: z.boolean().optional(),
      ...Scope,
    })
    .strict()
    .refine((drill) => (drill.code !== undefined) !== (drill.hang === true), { message: 'give either code or hang' }),
  z.object({ kind: z.literal('throttle'), perSecond: z.number().int().min(0).max(10_000), ...Scope }).strict(),
  z.object({ kind: z.literal('drop'), rate: Rate, after: z.boolean().optional(), ...Scope }).strict(),
  z.object({ kind: z.literal('skew'), seconds: z.number().int().min(-86_400).max(86_400) }).strict(),
  z.object({ kind: z.literal('offline'), provider: Provider.optional() }).strict(),
  z.object({ kind: z.literal('online'), provider: Provider.optional() }).strict(),
  z.object({ kind: z.literal('clear') }).strict(),
]);
export type Drill = z.infer<typeof Drill>;

/** The drill kinds, in the order help lists them. */
export const drillKinds = ['cut', 'restore', 'latency', 'fail', 'throttle', 'drop', 'skew', 'offline', 'online', 'clear'] as const;

/**
 * Whether the embedded rehearsal cloud runs in this process and where: it starts on the first
 * call made as a built-in rehearsal profile (or the first drill). The addresses are loopback; the
 * keys are not part of this, since the renderer never needs them.
 */
export const RehearsalStatus = z.object({
  running: z.boolean(),
  endpoints: z.object({ aliyun: z.string(), volcengine: z.string(), control: z.string() }).nullable(),
});
export type RehearsalStatus = z.infer<typeof RehearsalStatus>;
