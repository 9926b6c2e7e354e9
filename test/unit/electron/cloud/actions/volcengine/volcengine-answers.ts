/**
 * Volcengine answers as recorded in volcengine-live.md §2 and the seed page: the whole envelope,
 * `{ResponseMetadata, Result?}`, with the error inside the metadata — also on HTTP 200.
 */
export function volcOk(action: string, result?: unknown, requestId = '20230604110420****100232280022D31') {
  const ResponseMetadata = { RequestId: requestId, Action: action, Version: '2023-01-01', Service: 'live', Region: 'cn-north-1' };
  return { status: 200, json: result === undefined ? { ResponseMetadata } : { ResponseMetadata, Result: result } };
}

/** A refusal as the cloud sends it: HTTP status, `Error.Code` and message in the metadata. */
export function volcError(status: number, action: string, code: string, message = '-', requestId = '202010201722300102****') {
  return {
    status,
    json: {
      ResponseMetadata: { RequestId: requestId, Action: action, Version: '2023-01-01', Service: 'live', Region: 'cn-north-1', Error: { Code: code, Message: message } },
    },
  };
}
