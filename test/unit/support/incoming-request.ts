import type { HttpRequest } from '../../../electron/cloud/http-request';
import type { Incoming } from '../../../electron/rehearsal/gateway/incoming';

/** A signed request as the rehearsal gateway receives it: decoded query pairs, lower-case headers. */
export function incomingOf(request: HttpRequest): Incoming {
  const url = new URL(request.url);
  return {
    method: request.method,
    path: url.pathname,
    query: [...url.searchParams.entries()],
    headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value])),
    body: request.body ?? '',
  };
}
