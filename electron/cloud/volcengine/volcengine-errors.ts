import type { ErrorParams } from '../../../shared/errors/app-error';
import { isJsonObject, parseBody, textField } from '../json-envelope';
import { failureFromRow, unreadableAnswer, type AnswerContext } from '../provider-failure-builder';
import { findRow, undocumentedRow } from '../provider-error-row';
import type { ProviderOutcome, RawResponse } from '../provider-failure';
import { volcengineErrorTable } from './volcengine-error-table';

/**
 * Reads a Volcengine answer. The envelope decides, not the status (§2): a call failed when
 * `ResponseMetadata.Error` has a non-empty `Code` (or, defensively, a non-zero `CodeN`) — also on
 * HTTP 200, where `CommonErr` arrives. Success returns the whole envelope (the caller takes
 * `Result`) with `ResponseMetadata.RequestId`. A body that is not the envelope, or an error status
 * without an error in it, is a transient `cloud.unexpectedResponse`. Codes map through
 * {@link volcengineErrorTable} (the reference names no code families, so no prefix rules); an
 * undocumented one is a transient server error on 5xx, else a permanent `cloud.rejected`.
 */
export function readVolcengineResponse(response: RawResponse, action: string, nowMs = Date.now()): ProviderOutcome {
  const body = parseBody(response.body);
  const metadata = isJsonObject(body) && isJsonObject(body.ResponseMetadata) ? body.ResponseMetadata : undefined;
  const requestId = (metadata === undefined ? undefined : textField(metadata, 'RequestId')) ?? null;
  const context: AnswerContext = { provider: 'volcengine', action, response, requestId, nowMs };
  if (metadata === undefined) return { ok: false, failure: unreadableAnswer(context, 'no ResponseMetadata envelope') };
  const error = isJsonObject(metadata.Error) ? metadata.Error : undefined;
  const codeN = error !== undefined && typeof error.CodeN === 'number' && error.CodeN !== 0 ? error.CodeN : undefined;
  const providerCode = (error === undefined ? undefined : textField(error, 'Code')) ?? (codeN === undefined ? undefined : `CodeN ${codeN}`);
  if (providerCode === undefined) {
    if (response.status >= 200 && response.status < 300) return { ok: true, json: body, requestId };
    return { ok: false, failure: unreadableAnswer(context, 'an error status without an error in the envelope') };
  }
  const row = findRow(volcengineErrorTable, [], providerCode) ?? undocumentedRow(response.status);
  const extraParams: ErrorParams = codeN === undefined ? {} : { providerCodeN: codeN };
  const refusal = { providerCode, message: error === undefined ? undefined : textField(error, 'Message'), extraParams };
  return { ok: false, failure: failureFromRow(row, refusal, context) };
}
