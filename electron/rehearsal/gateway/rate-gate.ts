import type { RateLimit } from '../../cloud/action-catalog';

/**
 * The cloud's side of rate limiting: arrivals per access key and action, refused beyond the
 * limit in any window — the rule the app's own limiter is built to stay inside.
 */
export interface RateGate {
  /**
   * Counts an arrival at `now` on a monotonic clock (never the cloud's skewable one); false when it
   * is over the limit (and then it is not counted).
   */
  admit(key: string, limit: RateLimit, now: number): boolean;
}

/** Creates a gate with no arrivals yet. */
export function createRateGate(): RateGate {
  const arrivals = new Map<string, number[]>();
  return {
    admit(key, limit, now) {
      const recent = (arrivals.get(key) ?? []).filter((at) => at > now - limit.windowMs);
      const admitted = recent.length < limit.count;
      if (admitted) recent.push(now);
      arrivals.set(key, recent);
      return admitted;
    },
  };
}
