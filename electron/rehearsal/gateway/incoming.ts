import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** A request as a gateway sees it: method, decoded query pairs in wire order, headers, raw body. */
export interface Incoming {
  method: string;
  path: string;
  /** Every query parameter in the order sent, names and values decoded (a name may repeat). */
  query: [string, string][];
  /** Header names lower-case, as Node delivers them. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
}

/** Bodies larger than this are refused before parsing; no Live action comes near it. */
const maxBodyBytes = 1024 * 1024;

/** Reads a whole request; rejects a body over the limit. */
export async function readIncoming(req: IncomingMessage): Promise<Incoming> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new Error('request body too large');
    chunks.push(chunk);
  }
  const url = new URL(req.url ?? '/', 'http://rehearsal.invalid');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: [...url.searchParams.entries()],
    headers: req.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

/** One header's value as text (repeated headers joined as Node would print them). */
export function headerText(incoming: Incoming, name: string): string | undefined {
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The body's parameters when it is a form (`application/x-www-form-urlencoded`), else none. */
export function formPairs(incoming: Incoming): [string, string][] {
  const type = headerText(incoming, 'content-type') ?? '';
  return type.toLowerCase().startsWith('application/x-www-form-urlencoded') ? [...new URLSearchParams(incoming.body).entries()] : [];
}

/**
 * A request listener that reads each whole request and hands it to `handle`; anything `handle`
 * throws (a bug, never a provider error) is logged and answered by `crashed` as the provider's
 * internal error, so a client always gets an answer in the provider's form.
 */
export function serveIncoming(
  handle: (incoming: Incoming, res: ServerResponse) => Promise<void>,
  crashed: (res: ServerResponse, thrown: unknown) => void,
): RequestListener {
  return (req, res) => {
    readIncoming(req)
      .then((incoming) => handle(incoming, res))
      .catch((thrown: unknown) => crashed(res, thrown));
  };
}
