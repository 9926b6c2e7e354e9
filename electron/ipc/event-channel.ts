/**
 * The single Electron IPC channel that carries main→renderer events as `(name, payload)`. Requests
 * use one channel per contract row instead, so each can be registered and released by name.
 */
export const eventChannel = 'lcr:event';
