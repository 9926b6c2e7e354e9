import { appError, type AppError } from '../../shared/errors/app-error';

// What the Secret Service (libsecret, via keytar) says in each unavailable case, as seen on Linux;
// macOS and Windows failures fall through to the general `vault.unavailable`.
const noSessionBus = /autolaunch D-Bus|DBUS_SESSION_BUS_ADDRESS|Could not connect|Failed to connect to socket/i;
const noKeyring = /Object does not exist at path|No such object|was not provided by any \.service files|ServiceUnknown/i;
const locked = /locked collection|is locked|Cannot (create|unlock)/i;

/**
 * Turns a keychain failure into the error that tells the operator what to do. The library's own
 * message goes into `hint` for support; it never contains the secret (keytar does not echo it).
 */
export function keychainError(thrown: unknown): AppError {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const hint = message.slice(0, 300);
  if (noSessionBus.test(message)) return appError('vault.noSessionBus', {}, { hint });
  if (locked.test(message)) return appError('vault.locked', {}, { retryable: true, hint });
  if (noKeyring.test(message)) return appError('vault.noKeyring', {}, { hint });
  return appError('vault.unavailable', {}, { retryable: true, hint });
}
