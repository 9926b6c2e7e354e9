import type { Provider } from '../../../shared/domain/provider';
import type { Drill } from '../../../shared/domain/rehearsal';
import type { Prng } from '../world/prng';
import { statusOf } from './fault-statuses';

/** What happens to one call instead of, or after, being answered. */
export type FaultOutcome =
  | { kind: 'fail'; status: number; code: string }
  | { kind: 'hang'; ms: number }
  | { kind: 'drop' };

/** The faults that apply to one call, decided when it arrives. */
export interface CallFaults {
  delayMs: number;
  /** Instead of handling the call. */
  before: FaultOutcome | null;
  /** After handling it, instead of the answer: the caller cannot know whether it happened. */
  after: FaultOutcome | null;
  /** A throttle drill's limit for this call's access key and action, per second. */
  perSecond: number | null;
}

/** Network-side drills: everything but cutting and restoring upstreams. */
export type FaultDrill = Exclude<Drill, { kind: 'cut' } | { kind: 'restore' }>;

/** The faults in force, changed by drills while the cloud runs. */
export interface FaultPlan {
  /** Applies a drill; returns what changed, in words. */
  apply(drill: FaultDrill): string;
  forCall(provider: Provider, action: string): CallFaults;
  /** How far the cloud's clock runs ahead of this machine's. */
  skewMs(): number;
  isOffline(provider: Provider): boolean;
  /** Everything in force, for the control endpoint's `/state`. */
  describe(): Record<string, unknown>;
}

interface Scoped {
  provider?: Provider;
  action?: string;
}

/** How long a `fail --hang` holds a call when no time is given: well past any client timeout. */
const defaultHangMs = 60_000;

const scopeKey = ({ provider, action }: Scoped) => `${provider ?? '*'}|${action ?? '*'}`;
const matches = (rule: Scoped, provider: Provider, action: string) =>
  (rule.provider === undefined || rule.provider === provider) && (rule.action === undefined || rule.action === action);
const scopeWords = ({ provider, action }: Scoped) => [provider ?? 'both clouds', action ? `action ${action}` : 'every action'].join(', ');

/**
 * Creates an empty plan. A drill replaces any earlier one of the same kind and scope (provider,
 * action); a zero rate, latency or `clear` removes it. Which calls a rate hits is decided by the
 * seeded generator, so a drill run twice on the same seed hits the same calls.
 */
export function createFaultPlan(prng: Prng): FaultPlan {
  const latency = new Map<string, Extract<FaultDrill, { kind: 'latency' }>>();
  const failures = new Map<string, Extract<FaultDrill, { kind: 'fail' }>>();
  const drops = new Map<string, Extract<FaultDrill, { kind: 'drop' }>>();
  const throttles = new Map<string, Extract<FaultDrill, { kind: 'throttle' }>>();
  const offline = new Set<Provider>();
  let skewMs = 0;

  const place = <T extends Scoped>(rules: Map<string, T>, rule: T, active: boolean) => {
    if (active) rules.set(scopeKey(rule), rule);
    else rules.delete(scopeKey(rule));
  };
  const firstMatch = <T extends Scoped>(rules: Map<string, T>, provider: Provider, action: string) =>
    [...rules.values()].reverse().find((rule) => matches(rule, provider, action));

  return {
    apply(drill) {
      switch (drill.kind) {
        case 'latency':
          place(latency, drill, drill.ms > 0);
          return `latency ${drill.ms} ms on ${scopeWords(drill)}`;
        case 'fail':
          place(failures, drill, drill.rate > 0);
          return `${Math.round(drill.rate * 100)}% of calls on ${scopeWords(drill)} ${drill.hang ? `hang ${drill.hangMs ?? defaultHangMs} ms` : `fail with ${drill.code}`}${drill.after ? ' after taking effect' : ''}`;
        case 'drop':
          place(drops, drill, drill.rate > 0);
          return `${Math.round(drill.rate * 100)}% of connections on ${scopeWords(drill)} dropped${drill.after ? ' after taking effect' : ''}`;
        case 'throttle':
          place(throttles, drill, true);
          return `at most ${drill.perSecond} calls per second per access key on ${scopeWords(drill)}`;
        case 'skew':
          skewMs = drill.seconds * 1000;
          return `cloud clock ${drill.seconds} s ${drill.seconds < 0 ? 'behind' : 'ahead'}`;
        case 'offline':
        case 'online': {
          const providers: Provider[] = drill.provider ? [drill.provider] : ['aliyun', 'volcengine'];
          for (const provider of providers) {
            if (drill.kind === 'offline') offline.add(provider);
            else offline.delete(provider);
          }
          return `${providers.join(' and ')} ${drill.kind}`;
        }
        case 'clear':
          for (const rules of [latency, failures, drops, throttles]) rules.clear();
          offline.clear();
          skewMs = 0;
          return 'every fault cleared';
      }
    },
    forCall(provider, action) {
      const failure = firstMatch(failures, provider, action);
      const drop = firstMatch(drops, provider, action);
      let before: FaultOutcome | null = null;
      let after: FaultOutcome | null = null;
      if (failure && prng.next() < failure.rate) {
        const outcome: FaultOutcome = failure.hang
          ? { kind: 'hang', ms: failure.hangMs ?? defaultHangMs }
          : { kind: 'fail', status: statusOf(provider, failure.code ?? 'InternalError'), code: failure.code ?? 'InternalError' };
        if (failure.after) after = outcome;
        else before = outcome;
      } else if (drop && prng.next() < drop.rate) {
        if (drop.after) after = { kind: 'drop' };
        else before = { kind: 'drop' };
      }
      return {
        delayMs: firstMatch(latency, provider, action)?.ms ?? 0,
        before,
        after,
        perSecond: firstMatch(throttles, provider, action)?.perSecond ?? null,
      };
    },
    skewMs: () => skewMs,
    isOffline: (provider) => offline.has(provider),
    describe: () => ({
      latency: [...latency.values()],
      failures: [...failures.values()],
      drops: [...drops.values()],
      throttles: [...throttles.values()],
      skewSeconds: skewMs / 1000,
      offline: [...offline],
    }),
  };
}
