import { z } from 'zod';

/**
 * Every error the product can report, as a stable code. Main and `lcr` return codes with
 * parameters; only the renderer and the CLI turn them into words, from the catalogues, so a code
 * never changes meaning once shipped. Add new codes at the end of their group.
 */
export const ErrorCode = z.enum([
  // The process boundary.
  'ipc.untrustedSender',
  'ipc.unknownChannel',
  'ipc.invalidRequest',
  'ipc.invalidResponse',
  'ipc.unreachable',
  // Local storage.
  'settings.unreadable',
  'settings.unwritable',
  'settings.corrupt',
  // Credential profiles and the OS keychain.
  'profile.invalid',
  'profile.notFound',
  'profile.builtInReadOnly',
  'vault.noSessionBus',
  'vault.noKeyring',
  'vault.locked',
  'vault.unavailable',
  'vault.secretMissing',
  'import.sourceUnreadable',
  'import.candidateGone',
  // Anything we did not foresee: a bug, reported with its detail in `hint`.
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;
