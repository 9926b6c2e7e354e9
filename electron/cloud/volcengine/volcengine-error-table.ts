import { clockSkew, permanent, throttled, tokenExpired, transient, type ErrorRow } from '../provider-error-row';

/**
 * Every error code the Volcengine reference documents (volcengine-live.md §6.1 pull-to-push
 * business codes, §6.2 gateway codes), one row each. Keyed by `Error.Code`, never by status: HTTP
 * 429 carries both flow control and "already exists", and `CommonErr` comes with HTTP 200.
 */
export const volcengineErrorTable: Readonly<Record<string, ErrorRow>> = {
  // §6.1 — pull-to-push (拉流转推) business errors.
  CommonErr: transient('cloud.serverError'),
  InvalidParam: permanent('cloud.invalidParameter'),
  'InvalidParam.BindError': permanent('cloud.invalidParameter'),
  // "No such resource under this account": the group or task is gone, or another account's.
  RequestForbidden: permanent('relay.notFound'),
  'RequestForbidden.AccountIDNotAllow': permanent('cloud.permissionDenied'),
  // The doc says "retry"; a read that misses is refreshed by the operator, a mutation must not repeat.
  ResourceNotFound: permanent('relay.notFound'),
  // HTTP 429, yet "the resource requested to be created already exists": never throttling.
  'RequestLimitExceeded.Exist': permanent('relay.groupExists'),
  InternalError: transient('cloud.serverError'),
  'InternalError.DB': transient('cloud.serverError'),
  InternalServiceError: transient('cloud.unavailable'),
  'InternalServiceError.BadResponse': transient('cloud.unavailable'),
  InternalServiceTimeout: transient('cloud.timeout'),

  // §6.2 — the OpenAPI gateway, common to every action.
  MissingParameter: permanent('cloud.invalidParameter'),
  MissingRequestInfo: permanent('cloud.signingFault'),
  InvalidAuthorization: permanent('cloud.signingFault'),
  InvalidCredential: permanent('cloud.signingFault'),
  InvalidTimestamp: clockSkew,
  ServiceNotFound: permanent('cloud.apiNotFound'),
  InvalidActionOrVersion: permanent('cloud.apiNotFound'),
  InvalidAccessKey: permanent('cloud.accessKeyNotFound'),
  SignatureDoesNotMatch: permanent('cloud.signatureMismatch'),
  MissingAuthenticationToken: permanent('cloud.signingFault'),
  MissingSignature: permanent('cloud.signingFault'),
  InvalidSecretToken: tokenExpired,
  LackPolicy: permanent('cloud.permissionDenied'),
  AccessDenied: permanent('cloud.permissionDenied'),
  LackProjectPolicy: permanent('cloud.projectPermissionDenied'),
  FailToConnect: transient('cloud.unavailable'),
  // §6.3: back off at least 1 s; the account-wide limit longer.
  FlowLimitExceeded: throttled(1000),
  AccountFlowLimitExceeded: throttled(2000),
  ServiceUnavailableTemp: transient('cloud.unavailable'),
  ServiceUnavailable: transient('cloud.unavailable'),
  MethodNotAllowed: permanent('cloud.apiNotFound'),
  UndefinedError: transient('cloud.serverError'),
};
