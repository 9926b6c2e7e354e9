import type { ConnectionState } from '../../shared/domain/connection';
import type { Provider } from '../../shared/domain/provider';
import type { AppError } from '../../shared/errors/app-error';

/** What one finished call says about its profile's link. */
export interface CallReport {
  provider: Provider;
  profileId: string;
  at: Date;
  error: AppError | null;
  offline: boolean;
  rate: { action: string; used: number; limit: number };
  clockOffsetMs: number;
}

/** Keeps the latest connection state per profile and tells listeners when it changes. */
export interface ConnectionTracker {
  report(call: CallReport): void;
  list(): ConnectionState[];
  listen(listener: (states: ConnectionState[]) => void): () => void;
}

/** Creates the process's connection tracker. */
export function createConnectionTracker(): ConnectionTracker {
  const states = new Map<string, ConnectionState>();
  const listeners = new Set<(states: ConnectionState[]) => void>();
  const list = () => [...states.values()];
  return {
    report(call) {
      const key = `${call.provider}|${call.profileId}`;
      const before = states.get(key);
      const busiest = before?.busiestAction;
      const at = call.at.toISOString();
      const keepBusiest = busiest && busiest.action !== call.rate.action && busiest.used / busiest.limit > call.rate.used / call.rate.limit;
      states.set(key, {
        provider: call.provider,
        profileId: call.profileId,
        lastSuccessAt: call.error ? (before?.lastSuccessAt ?? null) : at,
        lastError: call.error ?? null,
        offline: call.offline,
        busiestAction: keepBusiest ? busiest : call.rate,
        clockOffsetMs: call.clockOffsetMs,
        updatedAt: at,
      });
      const snapshot = list();
      for (const listener of listeners) listener(snapshot);
    },
    list,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
