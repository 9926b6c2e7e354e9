import { describe, expect, it } from 'vitest';
import type { FailureKind, ProviderFailure, ProviderOutcome, RawResponse } from '../../../../../electron/cloud/provider-failure';
import { volcengineErrorTable } from '../../../../../electron/cloud/volcengine/volcengine-error-table';
import { readVolcengineResponse } from '../../../../../electron/cloud/volcengine/volcengine-errors';
import { AppError } from '../../../../../shared/errors/app-error';
import type { ErrorCode } from '../../../../../shared/errors/error-codes';

type Expected = [status: number, code: string, app: ErrorCode, kind: FailureKind, retryable: boolean];

// Every code in volcengine-live.md §6, with the HTTP status its table gives (503 for the old
// `ServiceUnavailable`, whose status is not given). InternalError and InternalServiceTimeout are
// listed in both tables; they appear once here.
const documented: Expected[] = [
  // §6.1 pull-to-push business errors
  [200, 'CommonErr', 'cloud.serverError', 'transient', true],
  [400, 'InvalidParam', 'cloud.invalidParameter', 'permanent', false],
  [400, 'InvalidParam.BindError', 'cloud.invalidParameter', 'permanent', false],
  [403, 'RequestForbidden', 'relay.notFound', 'permanent', false],
  [403, 'RequestForbidden.AccountIDNotAllow', 'cloud.permissionDenied', 'permanent', false],
  [404, 'ResourceNotFound', 'relay.notFound', 'permanent', false],
  [429, 'RequestLimitExceeded.Exist', 'relay.groupExists', 'permanent', false],
  [500, 'InternalError', 'cloud.serverError', 'transient', true],
  [500, 'InternalError.DB', 'cloud.serverError', 'transient', true],
  [502, 'InternalServiceError', 'cloud.unavailable', 'transient', true],
  [502, 'InternalServiceError.BadResponse', 'cloud.unavailable', 'transient', true],
  [504, 'InternalServiceTimeout', 'cloud.timeout', 'transient', true],
  // §6.2 gateway / common errors
  [400, 'MissingParameter', 'cloud.invalidParameter', 'permanent', false],
  [400, 'MissingRequestInfo', 'cloud.signingFault', 'permanent', false],
  [400, 'InvalidAuthorization', 'cloud.signingFault', 'permanent', false],
  [400, 'InvalidCredential', 'cloud.signingFault', 'permanent', false],
  [400, 'InvalidTimestamp', 'cloud.clockSkew', 'clockSkew', true],
  [404, 'ServiceNotFound', 'cloud.apiNotFound', 'permanent', false],
  [404, 'InvalidActionOrVersion', 'cloud.apiNotFound', 'permanent', false],
  [401, 'InvalidAccessKey', 'cloud.accessKeyNotFound', 'permanent', false],
  [401, 'SignatureDoesNotMatch', 'cloud.signatureMismatch', 'permanent', false],
  [401, 'MissingAuthenticationToken', 'cloud.signingFault', 'permanent', false],
  [401, 'MissingSignature', 'cloud.signingFault', 'permanent', false],
  [401, 'InvalidSecretToken', 'cloud.securityTokenInvalid', 'credentialsExpired', false],
  [403, 'LackPolicy', 'cloud.permissionDenied', 'permanent', false],
  [403, 'AccessDenied', 'cloud.permissionDenied', 'permanent', false],
  [403, 'LackProjectPolicy', 'cloud.projectPermissionDenied', 'permanent', false],
  [502, 'FailToConnect', 'cloud.unavailable', 'transient', true],
  [429, 'FlowLimitExceeded', 'cloud.throttled', 'throttled', true],
  [429, 'AccountFlowLimitExceeded', 'cloud.throttled', 'throttled', true],
  [503, 'ServiceUnavailableTemp', 'cloud.unavailable', 'transient', true],
  [503, 'ServiceUnavailable', 'cloud.unavailable', 'transient', true],
  [405, 'MethodNotAllowed', 'cloud.apiNotFound', 'permanent', false],
  [500, 'UndefinedError', 'cloud.serverError', 'transient', true],
];

function envelope(error?: Record<string, unknown>, result?: unknown) {
  return {
    ResponseMetadata: { RequestId: '20240619071306010225', Action: 'CreatePullToPushGroup', Version: '2023-01-01', Service: 'live', Region: 'cn-north-1', ...(error ? { Error: error } : {}) },
    ...(result === undefined ? {} : { Result: result }),
  };
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}): RawResponse {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

function failureOf(outcome: ProviderOutcome): ProviderFailure {
  if (outcome.ok) throw new Error('expected a failure');
  return outcome.failure;
}

const now = Date.parse('2025-06-01T12:00:00Z');
const read = (status: number, code: string, headers: Record<string, string> = {}) =>
  failureOf(readVolcengineResponse(answer(status, envelope({ Code: code, Message: 'message from the cloud' }), headers), 'CreatePullToPushGroup', now));

describe('readVolcengineResponse: documented codes', () => {
  it.each(documented)('HTTP %i %s → %s (%s, retryable %s)', (status, code, app, kind, retryable) => {
    const failure = read(status, code);
    expect(failure.kind).toBe(kind);
    expect(failure.error).toMatchObject({ code: app, retryable, provider: 'volcengine', action: 'CreatePullToPushGroup', requestId: '20240619071306010225' });
    expect(failure.error.params).toMatchObject({ providerCode: code, action: 'CreatePullToPushGroup', httpStatus: status });
    expect(failure.error.hint).toBe('message from the cloud');
    expect(AppError.parse(failure.error)).toEqual(failure.error);
  });

  it.each(documented)('reads %s → the same on HTTP 200: the envelope decides, not the status', (_status, code, app, kind) => {
    expect(read(200, code)).toMatchObject({ kind, error: { code: app } });
  });

  it('has one table row per documented code, and no other', () => {
    expect(Object.keys(volcengineErrorTable).sort()).toEqual(documented.map(([, code]) => code).sort());
  });

  it('never reads RequestLimitExceeded.Exist as throttling, even with a retry hint on a 429', () => {
    const failure = read(429, 'RequestLimitExceeded.Exist', { 'retry-after': '3' });
    expect(failure).toMatchObject({ kind: 'permanent', retryAfterMs: null, error: { code: 'relay.groupExists', retryable: false } });
  });
});

describe('readVolcengineResponse: retry hints', () => {
  it('backs off at least 1 s on FlowLimitExceeded and 2 s on AccountFlowLimitExceeded without a hint', () => {
    expect(read(429, 'FlowLimitExceeded').retryAfterMs).toBe(1000);
    expect(read(429, 'AccountFlowLimitExceeded').retryAfterMs).toBe(2000);
  });

  it('honours Retry-After, in seconds or as a date measured from the answer\'s Date', () => {
    expect(read(429, 'FlowLimitExceeded', { 'retry-after': '3' }).retryAfterMs).toBe(3000);
    const dated = { date: 'Sun, 01 Jun 2025 08:00:00 GMT', 'retry-after': 'Sun, 01 Jun 2025 08:00:04 GMT' };
    expect(read(503, 'ServiceUnavailableTemp', dated).retryAfterMs).toBe(4000);
  });

  it('gives no hint for transient errors without one', () => {
    expect(read(200, 'CommonErr').retryAfterMs).toBeNull();
  });
});

describe('readVolcengineResponse: success and unreadable answers', () => {
  it('returns the whole envelope and its request id on success', () => {
    const body = envelope(undefined, { TaskId: 'task-1' });
    expect(readVolcengineResponse(answer(200, body), 'CreatePullToPushTask', now)).toEqual({ ok: true, json: body, requestId: '20240619071306010225' });
  });

  it('does not read an empty Error object as a failure', () => {
    const body = envelope({ Code: '', CodeN: 0, Message: '' });
    expect(readVolcengineResponse(answer(200, body), 'DeletePullToPushGroup', now)).toMatchObject({ ok: true });
  });

  it('reads an Error with only a numeric CodeN as a failure, keeping the number', () => {
    const failure = failureOf(readVolcengineResponse(answer(200, envelope({ CodeN: 100099, Message: 'odd' })), 'X', now));
    expect(failure).toMatchObject({ kind: 'permanent', error: { code: 'cloud.rejected', params: { providerCode: 'CodeN 100099', providerCodeN: 100099 } } });
  });

  it('keeps CodeN beside a documented code', () => {
    const failure = failureOf(readVolcengineResponse(answer(400, envelope({ Code: 'InvalidTimestamp', CodeN: 100006, Message: 'expired' })), 'X', now));
    expect(failure.error.params).toMatchObject({ providerCode: 'InvalidTimestamp', providerCodeN: 100006 });
  });

  it('treats undocumented codes by status: 5xx transient, otherwise a permanent refusal', () => {
    expect(read(502, 'Gateway.New')).toMatchObject({ kind: 'transient', error: { code: 'cloud.serverError', retryable: true } });
    expect(read(200, 'Business.New')).toMatchObject({ kind: 'permanent', error: { code: 'cloud.rejected', params: { providerCode: 'Business.New' } } });
    expect(read(429, 'Something.Exist')).toMatchObject({ kind: 'permanent', error: { code: 'cloud.rejected' } });
  });

  it.each([
    ['an HTML page from a load balancer', 502, '<html>502 Bad Gateway</html>'],
    ['a cut-off body', 200, '{"ResponseMetadata":{"Req'],
    ['JSON without ResponseMetadata', 200, '{"Result":{}}'],
    ['a JSON string', 200, '"ok"'],
    ['an error status without an error in the envelope', 500, JSON.stringify(envelope())],
  ])('reads %s as a transient unexpected response', (_what, status, body) => {
    const failure = failureOf(readVolcengineResponse(answer(status, body), 'ListPullToPushTask', now));
    expect(failure).toMatchObject({ kind: 'transient', error: { code: 'cloud.unexpectedResponse', retryable: true, provider: 'volcengine', action: 'ListPullToPushTask' } });
    expect(failure.error.hint).toContain(`HTTP ${status}`);
  });

  it('masks AccessKey IDs in the hint', () => {
    const message = 'Authorization HMAC-SHA256 Credential=AKLTVolcTestKey000001/20240619/cn-north-1/live/request is malformed';
    const failure = failureOf(readVolcengineResponse(answer(400, envelope({ Code: 'InvalidCredential', Message: message })), 'X', now));
    expect(failure.error.hint).toBe('Authorization HMAC-SHA256 Credential=AKLT****001/20240619/cn-north-1/live/request is malformed');
  });
});
