import type { Provider } from '../../../shared/domain/provider';

/**
 * The HTTP status each provider documents for an error code a `fail` drill names
 * (aliyun-live.md §2–§6, volcengine-live.md §6), so an injected error looks exactly like the real
 * one. Codes not listed (every `Throttling…` code among them) are answered with 400, the status
 * of most documented refusals.
 */
const statuses: Readonly<Record<Provider, Readonly<Record<string, number>>>> = {
  aliyun: {
    ServiceUnavailable: 503,
    InternalError: 500,
    'InvalidAccessKeyId.NotFound': 404,
    'Forbidden.RAM': 403,
    'InvalidAction.NotFound': 404,
    'InvalidCaster.NotFound': 404,
    'InvalidScene.NotFound': 404,
    IllegalOperation: 401,
    PermissionDenied: 403,
  },
  volcengine: {
    CommonErr: 200,
    RequestForbidden: 403,
    'RequestForbidden.AccountIDNotAllow': 403,
    ResourceNotFound: 404,
    'RequestLimitExceeded.Exist': 429,
    FlowLimitExceeded: 429,
    AccountFlowLimitExceeded: 429,
    InternalError: 500,
    'InternalError.DB': 500,
    UndefinedError: 500,
    InternalServiceError: 502,
    'InternalServiceError.BadResponse': 502,
    FailToConnect: 502,
    ServiceUnavailableTemp: 503,
    InternalServiceTimeout: 504,
    InvalidAccessKey: 401,
    SignatureDoesNotMatch: 401,
    MissingAuthenticationToken: 401,
    InvalidSecretToken: 401,
    LackPolicy: 403,
    AccessDenied: 403,
    LackProjectPolicy: 403,
    InvalidActionOrVersion: 404,
    ServiceNotFound: 404,
    MethodNotAllowed: 405,
  },
};

/** The documented status of `code` for `provider`. */
export function statusOf(provider: Provider, code: string): number {
  return statuses[provider][code] ?? 400;
}
