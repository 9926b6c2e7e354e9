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
  'rehearsal.unavailable',
  'rehearsal.unknownStream',
  'rehearsal.unknownUpstream',
  'rehearsal.nothingToCut',
  'rehearsal.nothingToRestore',
  'import.sourceUnreadable',
  'import.candidateGone',
  // Cloud calls. The transport's own failures: no answer, no connection, an unreadable answer, a
  // call refused before it was sent, a call cancelled.
  'cloud.invalidInput',
  'cloud.timeout',
  'cloud.outcomeUnknown',
  'cloud.offline',
  'cloud.unexpectedResponse',
  'cloud.credentialsMissing',
  'cloud.endpointRefused',
  'cloud.cancelled',
  // The cloud's answers, common to both providers (aliyun-live.md §6, volcengine-live.md §6).
  'cloud.throttled',
  'cloud.clockSkew',
  'cloud.nonceReused',
  'cloud.signatureMismatch',
  'cloud.signingFault',
  'cloud.accessKeyNotFound',
  'cloud.accessKeyDisabled',
  'cloud.securityTokenMissing',
  'cloud.securityTokenInvalid',
  'cloud.permissionDenied',
  'cloud.projectPermissionDenied',
  'cloud.serviceNotActivated',
  'cloud.apiNotFound',
  'cloud.invalidParameter',
  'cloud.operationNotAllowed',
  'cloud.rejected',
  'cloud.serverError',
  'cloud.unavailable',
  // The cloud's answers about one feature, where the operator's next step is specific to it.
  'domain.notFound',
  'domain.noIngestMapping',
  'stream.noDualIngest',
  'stream.dualIngestNotStarted',
  'stream.switchUnconfirmed',
  'board.locked',
  'board.switchPending',
  'board.chooseStandby',
  'board.notAStandby',
  'board.notArmed',
  'board.pinsChanged',
  'board.notSwitchable',
  'studio.notFound',
  'studio.invalidId',
  'studio.running',
  'studio.notRunning',
  'studio.quotaExceeded',
  'studio.noOutputDomain',
  'studio.prepaidNotDeletable',
  'studio.sceneNotFound',
  'studio.sceneBusy',
  'clientToken.malformed',
  'clientToken.mismatch',
  'relay.groupExists',
  'relay.notFound',
  // Anything we did not foresee: a bug, reported with its detail in `hint`.
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;
