import type { Provider } from '../../../shared/domain/provider';

/** Offsets beyond this are shown as a clock-skew warning. */
export const skewWarningMs = 60_000;

/**
 * The cloud's time as this desk should sign it. A desktop clock that drifts minutes away makes
 * every signature "expired"; when the cloud says so, its HTTP `Date` header tells how far off we
 * are, and the offset is kept (per provider) for every later request and shown to the operator.
 */
export interface CloudClock {
  now(provider: Provider): Date;
  offsetMs(provider: Provider): number;
  /** Learns the offset from a response's Date header, given when the request was sent and answered. */
  learn(provider: Provider, dateHeader: string | undefined, sentAt: number, answeredAt: number): boolean;
}

/** Creates the process's cloud clock over a local time source. */
export function createCloudClock(localNow: () => number = Date.now): CloudClock {
  const offsets = new Map<Provider, number>();
  return {
    now: (provider) => new Date(localNow() + (offsets.get(provider) ?? 0)),
    offsetMs: (provider) => offsets.get(provider) ?? 0,
    learn(provider, dateHeader, sentAt, answeredAt) {
      const server = dateHeader ? Date.parse(dateHeader) : Number.NaN;
      if (Number.isNaN(server)) return false;
      // The Date header has one-second resolution; compare it with the middle of the round trip.
      offsets.set(provider, Math.round(server + 500 - (sentAt + answeredAt) / 2));
      return true;
    },
  };
}
