import {
  clockSkew,
  nonceReused,
  permanent,
  throttled,
  tokenExpired,
  transient,
  type ErrorRow,
  type PrefixRule,
} from '../provider-error-row';

/**
 * Every error code the Alibaba Cloud reference documents (aliyun-live.md §2, §3, §6), one row
 * each, with the app code the operator reads, how the transport reacts and whether "try again"
 * makes sense. Keyed by `Code`, never by HTTP status: the same code is documented with different
 * statuses on different pages.
 */
export const aliyunErrorTable: Readonly<Record<string, ErrorRow>> = {
  // §6.2 — the API gateway ("POP"), common to every action.
  Throttling: throttled(),
  'Throttling.User': throttled(),
  'Throttling.Api': throttled(),
  ServiceUnavailable: transient('cloud.unavailable'),
  InternalError: transient('cloud.serverError'),
  SignatureDoesNotMatch: permanent('cloud.signatureMismatch'),
  IncompleteSignature: permanent('cloud.signingFault'),
  'InvalidAccessKeyId.NotFound': permanent('cloud.accessKeyNotFound'),
  'InvalidAccessKeyId.Inactive': permanent('cloud.accessKeyDisabled'),
  'InvalidTimeStamp.Expired': clockSkew,
  'InvalidTimeStamp.Format': permanent('cloud.signingFault'),
  IllegalTimestamp: permanent('cloud.signingFault'),
  SignatureNonceUsed: nonceReused,
  InvalidSignatureMethod: permanent('cloud.signingFault'),
  MissingSecurityToken: permanent('cloud.securityTokenMissing'),
  'Forbidden.RAM': permanent('cloud.permissionDenied'),
  'InvalidAction.NotFound': permanent('cloud.apiNotFound'),
  'InvalidApi.NotFound': permanent('cloud.apiNotFound'),
  InvalidVersion: permanent('cloud.apiNotFound'),
  MissingParameter: permanent('cloud.invalidParameter'),
  InvalidParameter: permanent('cloud.invalidParameter'),
  LiveServiceNotFound: permanent('cloud.serviceNotActivated'),

  // §2 — dual-stream disaster recovery (主备流).
  CodeTaskNotExist: permanent('stream.noDualIngest'),
  CodeTaskNotStarted: permanent('stream.dualIngestNotStarted', true),
  CodeGetPushbackDomainError: permanent('domain.noIngestMapping'),

  // §3 — production studios (导播台).
  'InvalidClientToken.Malformed': permanent('clientToken.malformed'),
  IdempotentParameterMismatch: permanent('clientToken.mismatch'),
  'InvalidCasterId.Malformed': permanent('studio.invalidId'),
  IllegalOperation: permanent('cloud.operationNotAllowed'),
  CasterNumberExceed: permanent('studio.quotaExceeded'),
  'InvalidCaster.NotFound': permanent('studio.notFound'),
  'InvaildCaster.Delete': permanent('studio.prepaidNotDeletable'),
  'IncorrectCasterStatus.Inuse': permanent('studio.running'),
  'IncorrectCasterStatus.Idle': permanent('studio.notRunning'),
  PermissionDenied: permanent('cloud.permissionDenied'),
  IncorrectSceneStatus: permanent('studio.sceneBusy', true),
  'IncorrectSceneStatus.Inuse': permanent('studio.sceneBusy', true),
  'InvalidScene.NotFound': permanent('studio.sceneNotFound'),
  // Documented for StartCaster: the studio has no output domain yet (set with SetCasterConfig).
  'InvalidDomainName.NotFound': { ...permanent('domain.notFound'), byAction: { StartCaster: 'studio.noOutputDomain' } },
};

/**
 * Code families the reference names only by pattern: any `Throttling…` code is flow control (the
 * SDKs' rule), `Missing{Param}` is a missing parameter, and `InvalidSecurityToken.*` (codes not
 * listed in the reference, §10 item 8) is a bad or expired STS token.
 */
export const aliyunErrorFamilies: readonly PrefixRule[] = [
  { prefix: 'Throttling', row: throttled() },
  { prefix: 'InvalidSecurityToken.', row: tokenExpired },
  { prefix: 'Missing', row: permanent('cloud.invalidParameter') },
];
