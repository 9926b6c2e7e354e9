import { describe, expect, it } from 'vitest';
import { aliyunErrorTable } from '../../../../../electron/cloud/aliyun/aliyun-error-table';
import { readAliyunResponse } from '../../../../../electron/cloud/aliyun/aliyun-errors';
import type { FailureKind, ProviderFailure, ProviderOutcome, RawResponse } from '../../../../../electron/cloud/provider-failure';
import { AppError } from '../../../../../shared/errors/app-error';
import type { ErrorCode } from '../../../../../shared/errors/error-codes';
import { errorMessage } from '../../../../../shared/i18n/translate';

type Expected = [status: number, code: string, app: ErrorCode, kind: FailureKind, retryable: boolean];

// Every code in aliyun-live.md, with the HTTP status its table gives (400 where none is given).
const documented: Expected[] = [
  // §6.2 common/global codes
  [400, 'Throttling', 'cloud.throttled', 'throttled', true],
  [400, 'Throttling.User', 'cloud.throttled', 'throttled', true],
  [400, 'Throttling.Api', 'cloud.throttled', 'throttled', true],
  [503, 'ServiceUnavailable', 'cloud.unavailable', 'transient', true],
  [500, 'InternalError', 'cloud.serverError', 'transient', true],
  [400, 'SignatureDoesNotMatch', 'cloud.signatureMismatch', 'permanent', false],
  [400, 'IncompleteSignature', 'cloud.signingFault', 'permanent', false],
  [404, 'InvalidAccessKeyId.NotFound', 'cloud.accessKeyNotFound', 'permanent', false],
  [400, 'InvalidAccessKeyId.Inactive', 'cloud.accessKeyDisabled', 'permanent', false],
  [400, 'InvalidTimeStamp.Expired', 'cloud.clockSkew', 'clockSkew', true],
  [400, 'InvalidTimeStamp.Format', 'cloud.signingFault', 'permanent', false],
  [400, 'IllegalTimestamp', 'cloud.signingFault', 'permanent', false],
  [400, 'SignatureNonceUsed', 'cloud.nonceReused', 'nonceReused', true],
  [400, 'InvalidSignatureMethod', 'cloud.signingFault', 'permanent', false],
  [400, 'MissingSecurityToken', 'cloud.securityTokenMissing', 'permanent', false],
  [403, 'Forbidden.RAM', 'cloud.permissionDenied', 'permanent', false],
  [404, 'InvalidAction.NotFound', 'cloud.apiNotFound', 'permanent', false],
  [404, 'InvalidApi.NotFound', 'cloud.apiNotFound', 'permanent', false],
  [400, 'InvalidVersion', 'cloud.apiNotFound', 'permanent', false],
  [400, 'MissingParameter', 'cloud.invalidParameter', 'permanent', false],
  [400, 'InvalidParameter', 'cloud.invalidParameter', 'permanent', false],
  [400, 'LiveServiceNotFound', 'cloud.serviceNotActivated', 'permanent', false],
  // §2 dual-stream disaster recovery
  [400, 'CodeTaskNotExist', 'stream.noDualIngest', 'permanent', false],
  [400, 'CodeTaskNotStarted', 'stream.dualIngestNotStarted', 'permanent', true],
  [400, 'CodeGetPushbackDomainError', 'domain.noIngestMapping', 'permanent', false],
  // §3 production studios
  [400, 'InvalidClientToken.Malformed', 'clientToken.malformed', 'permanent', false],
  [400, 'IdempotentParameterMismatch', 'clientToken.mismatch', 'permanent', false],
  [400, 'InvalidCasterId.Malformed', 'studio.invalidId', 'permanent', false],
  [401, 'IllegalOperation', 'cloud.operationNotAllowed', 'permanent', false],
  [401, 'CasterNumberExceed', 'studio.quotaExceeded', 'permanent', false],
  [404, 'InvalidCaster.NotFound', 'studio.notFound', 'permanent', false],
  [400, 'InvaildCaster.Delete', 'studio.prepaidNotDeletable', 'permanent', false],
  [400, 'IncorrectCasterStatus.Inuse', 'studio.running', 'permanent', false],
  [400, 'IncorrectCasterStatus.Idle', 'studio.notRunning', 'permanent', false],
  [403, 'PermissionDenied', 'cloud.permissionDenied', 'permanent', false],
  [400, 'IncorrectSceneStatus', 'studio.sceneBusy', 'permanent', true],
  [400, 'IncorrectSceneStatus.Inuse', 'studio.sceneBusy', 'permanent', true],
  [404, 'InvalidScene.NotFound', 'studio.sceneNotFound', 'permanent', false],
  [404, 'InvalidDomainName.NotFound', 'domain.notFound', 'permanent', false],
];

function answer(status: number, body: unknown, headers: Record<string, string> = {}): RawResponse {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

function errorBody(code: string, message = 'message from the cloud') {
  return { RequestId: 'REQ-1', HostId: 'live.aliyuncs.com', Code: code, Message: message, Recommend: 'https://api.aliyun.com/troubleshoot' };
}

function failureOf(outcome: ProviderOutcome): ProviderFailure {
  if (outcome.ok) throw new Error('expected a failure');
  return outcome.failure;
}

const now = Date.parse('2025-06-01T12:00:00Z');

describe('readAliyunResponse: documented codes', () => {
  it.each(documented)('HTTP %i %s → %s (%s, retryable %s)', (status, code, app, kind, retryable) => {
    const failure = failureOf(readAliyunResponse(answer(status, errorBody(code)), 'DescribeCasters', now));
    expect(failure.kind).toBe(kind);
    expect(failure.error).toMatchObject({ code: app, retryable, provider: 'aliyun', action: 'DescribeCasters', requestId: 'REQ-1' });
    expect(failure.error.params).toMatchObject({ providerCode: code, action: 'DescribeCasters', httpStatus: status });
    expect(failure.error.hint).toBe('message from the cloud');
    expect(AppError.parse(failure.error)).toEqual(failure.error);
  });

  it('has one table row per documented code, and no other', () => {
    expect(Object.keys(aliyunErrorTable).sort()).toEqual(documented.map(([, code]) => code).sort());
  });

  it('says the studio has no output domain when StartCaster finds no domain, and "domain not found" elsewhere', () => {
    const start = failureOf(readAliyunResponse(answer(404, errorBody('InvalidDomainName.NotFound')), 'StartCaster', now));
    expect(start.error.code).toBe('studio.noOutputDomain');
    const online = failureOf(readAliyunResponse(answer(404, errorBody('InvalidDomainName.NotFound')), 'DescribeLiveStreamsOnlineList', now));
    expect(online.error.code).toBe('domain.notFound');
  });

  it('maps code families: any Throttling…, Missing{Param}, InvalidSecurityToken.*', () => {
    expect(failureOf(readAliyunResponse(answer(400, errorBody('Throttling.Tenant')), 'X', now))).toMatchObject({ kind: 'throttled', error: { code: 'cloud.throttled' } });
    expect(failureOf(readAliyunResponse(answer(400, errorBody('MissingDomainName')), 'X', now))).toMatchObject({ kind: 'permanent', error: { code: 'cloud.invalidParameter' } });
    expect(failureOf(readAliyunResponse(answer(400, errorBody('InvalidSecurityToken.Expired')), 'X', now))).toMatchObject({
      kind: 'credentialsExpired',
      error: { code: 'cloud.securityTokenInvalid', retryable: false },
    });
  });

  it('branches on Code, never on status: the same code at different statuses, a Code on HTTP 200', () => {
    for (const status of [400, 401, 403]) {
      expect(failureOf(readAliyunResponse(answer(status, errorBody('CasterNumberExceed')), 'CopyCaster', now)).error.code).toBe('studio.quotaExceeded');
    }
    expect(failureOf(readAliyunResponse(answer(400, errorBody('Forbidden.RAM')), 'X', now)).error.code).toBe('cloud.permissionDenied');
    expect(failureOf(readAliyunResponse(answer(200, errorBody('Throttling.User')), 'X', now)).kind).toBe('throttled');
  });
});

describe('readAliyunResponse: success, unknown codes, unreadable answers', () => {
  it('returns the body and request id of a 2xx JSON answer without Code', () => {
    const body = { RequestId: 'OK-1', CasterId: 'abc' };
    expect(readAliyunResponse(answer(200, body, { 'x-acs-request-id': 'HEADER' }), 'CopyCaster', now)).toEqual({ ok: true, json: body, requestId: 'OK-1' });
    expect(readAliyunResponse(answer(200, { Total: 0 }, { 'x-acs-request-id': 'HEADER' }), 'DescribeCasters', now)).toEqual({
      ok: true,
      json: { Total: 0 },
      requestId: 'HEADER',
    });
    expect(readAliyunResponse(answer(200, {}), 'DescribeCasters', now)).toEqual({ ok: true, json: {}, requestId: null });
  });

  it('treats an undocumented 5xx code as a transient server error', () => {
    const failure = failureOf(readAliyunResponse(answer(502, errorBody('Something.New')), 'StopCaster', now));
    expect(failure).toMatchObject({ kind: 'transient', error: { code: 'cloud.serverError', retryable: true, params: { providerCode: 'Something.New' } } });
  });

  it('treats an undocumented 4xx code as a permanent refusal that names the code', () => {
    const failure = failureOf(readAliyunResponse(answer(400, errorBody('Caster.Weird')), 'StopCaster', now));
    expect(failure).toMatchObject({ kind: 'permanent', error: { code: 'cloud.rejected', retryable: false, params: { providerCode: 'Caster.Weird' } } });
    expect(errorMessage('en', failure.error)).toContain('Caster.Weird');
    expect(errorMessage('zh-CN', failure.error)).toContain('Caster.Weird');
  });

  it.each([
    ['an HTML page from a proxy', 502, '<html><body>Bad Gateway</body></html>'],
    ['an XML error', 400, '<Error><Code>Throttling</Code></Error>'],
    ['a cut-off body', 200, '{"RequestId":"A'],
    ['an empty body', 200, ''],
    ['a JSON array', 200, '[]'],
    ['an error status without Code', 500, '{"RequestId":"R"}'],
  ])('reads %s as a transient unexpected response', (_what, status, body) => {
    const failure = failureOf(readAliyunResponse(answer(status, body, { 'x-acs-request-id': 'HDR-9' }), 'DescribeCasters', now));
    expect(failure.kind).toBe('transient');
    expect(failure.error).toMatchObject({ code: 'cloud.unexpectedResponse', retryable: true, provider: 'aliyun', action: 'DescribeCasters' });
    expect(failure.error.requestId).toBe(status === 500 ? 'R' : 'HDR-9');
    expect(failure.error.hint).toContain(`HTTP ${status}`);
  });

  it('keeps a proxy page short and without AccessKey IDs in the hint', () => {
    const page = `<html>${'x'.repeat(1000)} AccessKeyId=LTAI5tTestKey0001X9P6</html>`;
    const failure = failureOf(readAliyunResponse(answer(502, `<p>AccessKeyId=LTAI5tTestKey0001X9P6</p>${page}`), 'X', now));
    expect(failure.error.hint).not.toContain('LTAI5tTestKey0001X9P6');
    expect(failure.error.hint?.length).toBeLessThan(260);
  });
});

describe('readAliyunResponse: retry hints', () => {
  it('reads x-acs-retry-after as milliseconds on throttling', () => {
    const failure = failureOf(readAliyunResponse(answer(400, errorBody('Throttling.User'), { 'x-acs-retry-after': '1500' }), 'X', now));
    expect(failure.retryAfterMs).toBe(1500);
  });

  it('honours a standard Retry-After in seconds, and prefers x-acs-retry-after', () => {
    expect(failureOf(readAliyunResponse(answer(503, errorBody('ServiceUnavailable'), { 'retry-after': '2' }), 'X', now)).retryAfterMs).toBe(2000);
    const both = { 'retry-after': '2', 'x-acs-retry-after': '300' };
    expect(failureOf(readAliyunResponse(answer(400, errorBody('Throttling'), both), 'X', now)).retryAfterMs).toBe(300);
  });

  it('gives no hint when there is none, or when the failure is never retried', () => {
    expect(failureOf(readAliyunResponse(answer(400, errorBody('Throttling')), 'X', now)).retryAfterMs).toBeNull();
    const refused = readAliyunResponse(answer(400, errorBody('InvalidParameter'), { 'retry-after': '5' }), 'X', now);
    expect(failureOf(refused).retryAfterMs).toBeNull();
  });
});

describe('readAliyunResponse: hints', () => {
  const stringToSign =
    'Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAI5tTestKey0001X9P6%26Action%3DDescribeCasters%26Format%3DJSON%26SecurityToken%3DCAISxQJ1q6Ft5B2yfSjIr5bkLdHKr%252BZt0aWoYxPWpmcSXrpcj%253D%26SignatureMethod%3DHMAC-SHA1';

  it('masks the AccessKey ID and removes the STS token from the echoed string-to-sign', () => {
    const failure = failureOf(readAliyunResponse(answer(400, errorBody('SignatureDoesNotMatch', stringToSign)), 'DescribeCasters', now));
    expect(failure.error.hint).toContain('AccessKeyId%3DLTAI****9P6%26Action%3DDescribeCasters');
    expect(failure.error.hint).toContain('SecurityToken%3D****%26SignatureMethod');
    expect(failure.error.hint).not.toContain('LTAI5tTestKey0001X9P6');
    expect(failure.error.hint).not.toContain('CAISxQJ1q6Ft5B2y');
    expect(JSON.stringify(failure)).not.toContain('LTAI5tTestKey0001X9P6');
  });

  it('caps a long provider message', () => {
    const failure = failureOf(readAliyunResponse(answer(400, errorBody('InvalidParameter', 'y'.repeat(5000))), 'X', now));
    expect(failure.error.hint?.length).toBeLessThanOrEqual(500);
  });

  it('leaves out the hint when the cloud gave no message', () => {
    const failure = failureOf(readAliyunResponse(answer(400, { RequestId: 'R', Code: 'InvalidParameter' }), 'X', now));
    expect(failure.error).not.toHaveProperty('hint');
    expect(failure.error.requestId).toBe('R');
  });

  it('names the refused action in a permission error', () => {
    const failure = failureOf(readAliyunResponse(answer(403, errorBody('Forbidden.RAM')), 'SetLiveDomainMultiStreamMaster', now));
    expect(errorMessage('en', failure.error)).toContain('SetLiveDomainMultiStreamMaster');
    expect(errorMessage('zh-CN', failure.error)).toContain('SetLiveDomainMultiStreamMaster');
  });
});
