import { isJsonObject, parseBody, textField } from '../json-envelope';
import { failureFromRow, unreadableAnswer, type AnswerContext } from '../provider-failure-builder';
import { findRow, undocumentedRow } from '../provider-error-row';
import type { ProviderOutcome, RawResponse } from '../provider-failure';
import { aliyunErrorFamilies, aliyunErrorTable } from './aliyun-error-table';

/**
 * Reads an Alibaba Cloud answer. Success is a 2xx with a JSON object and no `Code`; a `Code` is a
 * failure whatever the status (§6.1: "branch on Code, not on HTTP status"), mapped through
 * {@link aliyunErrorTable}; a code the reference does not document is a transient server error
 * when the status is 5xx and a permanent `cloud.rejected` otherwise. A body that is not a JSON
 * object (an XML or HTML page, a cut-off answer) is a transient `cloud.unexpectedResponse`. The
 * request id comes from the body's `RequestId`, else the `x-acs-request-id` header.
 */
export function readAliyunResponse(response: RawResponse, action: string, nowMs = Date.now()): ProviderOutcome {
  const body = parseBody(response.body);
  const headerRequestId = response.headers['x-acs-request-id'] ?? null;
  const requestId = (isJsonObject(body) ? textField(body, 'RequestId') : undefined) ?? headerRequestId;
  const context: AnswerContext = { provider: 'aliyun', action, response, requestId, nowMs };
  if (!isJsonObject(body)) return { ok: false, failure: unreadableAnswer(context, 'not a JSON object') };
  const providerCode = textField(body, 'Code');
  if (providerCode === undefined) {
    if (response.status >= 200 && response.status < 300) return { ok: true, json: body, requestId };
    return { ok: false, failure: unreadableAnswer(context, 'an error status without an error code') };
  }
  const row = findRow(aliyunErrorTable, aliyunErrorFamilies, providerCode) ?? undocumentedRow(response.status);
  const refusal = { providerCode, message: textField(body, 'Message') };
  return { ok: false, failure: failureFromRow(row, refusal, context) };
}
