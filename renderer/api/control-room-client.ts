import type { ControlRoomApi, Unsubscribe } from '../../shared/contract/api';
import type { IpcResult } from '../../shared/contract/result';
import { AppErrorException } from '../../shared/errors/app-error';

/** Whether main's services answered the last call: `unknown` until the first one returns. */
export type LinkState = 'unknown' | 'connected' | 'unreachable';

type Unwrapped<F> = F extends (...args: infer A) => Promise<IpcResult<infer T>> ? (...args: A) => Promise<T> : F;

/**
 * `window.controlRoom` with every envelope unwrapped: requests resolve to their value or throw an
 * `AppErrorException`, so stores read as plain async code. Event subscriptions pass through as is.
 */
export type UnwrappedApi = {
  [D in keyof ControlRoomApi]: { [K in keyof ControlRoomApi[D]]: Unwrapped<ControlRoomApi[D][K]> };
};

/** The renderer's one door to main: the unwrapped api plus what every call says about the link. */
export interface ControlRoomClient {
  readonly api: UnwrappedApi;
  /** Hears `connected` or `unreachable` after every request, so the status bar never guesses. */
  onLink(listener: (state: Exclude<LinkState, 'unknown'>) => void): Unsubscribe;
}

/** The value of an envelope, or its error thrown as an `AppErrorException`. */
export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new AppErrorException(result.error);
}

/** The contract names events `onX` (see `buildApi`); everything else is a request. */
function isSubscription(name: string): boolean {
  return /^on[A-Z]/.test(name);
}

/**
 * Wraps the api main exposes. Any answer from main, success or typed error, proves the link is up;
 * only `ipc.unreachable` (the transport itself failed) marks it down.
 */
export function createControlRoomClient(raw: ControlRoomApi): ControlRoomClient {
  const listeners = new Set<(state: Exclude<LinkState, 'unknown'>) => void>();
  const report = (state: Exclude<LinkState, 'unknown'>) => {
    for (const listener of listeners) listener(state);
  };

  const wrapRequest =
    (request: (...args: unknown[]) => Promise<IpcResult<unknown>>) =>
    async (...args: unknown[]): Promise<unknown> => {
      const result = await request(...args);
      report(!result.ok && result.error.code === 'ipc.unreachable' ? 'unreachable' : 'connected');
      return unwrap(result);
    };

  const api: Record<string, Record<string, unknown>> = {};
  for (const [domain, members] of Object.entries(raw as unknown as Record<string, Record<string, unknown>>)) {
    const wrapped: Record<string, unknown> = {};
    for (const [name, member] of Object.entries(members)) {
      if (typeof member !== 'function') continue;
      wrapped[name] = isSubscription(name)
        ? member
        : wrapRequest(member as (...args: unknown[]) => Promise<IpcResult<unknown>>);
    }
    api[domain] = Object.freeze(wrapped);
  }

  return {
    api: Object.freeze(api) as unknown as UnwrappedApi,
    onLink(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
