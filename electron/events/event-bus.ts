import { events, type EventName, type EventPayload } from '../../shared/contract/channels';

/** Receives every event the bus emits; main forwards to windows, the harness to its SSE clients. */
export type EventListener = (name: EventName, payload: unknown) => void;

/** Main→renderer notifications, checked against the contract before anything is sent. */
export interface EventBus {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  listen(listener: EventListener): () => void;
}

/**
 * Creates the process's event bus. A payload that does not match the contract is a bug on our
 * side: it throws at the emitter, where the stack points at the culprit, instead of reaching a view.
 */
export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      const checked = events[name].parse(payload);
      for (const listener of listeners) listener(name, checked);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
