import dc from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

// What the board benchmark sees on the wire inside its own process, without touching product
// code: Node's and undici's diagnostics channels report every HTTP request a loopback server in
// this process starts to receive and finishes answering (the harness, the embedded rehearsal
// cloud, the floor page's server) and every request the app's cloud client creates, connects for and writes. Each event
// is stamped on the wall clock at high resolution, the clock a page's `performance.timeOrigin +
// timeStamp` is in.

/** Epoch milliseconds with sub-millisecond resolution (Node's high-resolution wall clock). */
export const wallNow = (): number => performance.timeOrigin + performance.now();

/**
 * One observed moment of a request. `arrived`: a server here parsed its request line and headers;
 * `answered`: that server finished writing its answer; `created`: undici accepted a request from
 * the app's client; `connecting`: undici began opening a connection (path and action empty);
 * `sent`: undici wrote a request's headers.
 */
export interface WireEvent {
  kind: 'arrived' | 'answered' | 'created' | 'connecting' | 'sent';
  /** The server's port (`arrived`) or the port the request is for (`created`, `sent`). */
  port: number;
  path: string;
  /** The action (Alibaba's `x-acs-action` header, else an `Action` query parameter), or ''. */
  action: string;
  at: number;
}

/** The events seen since the log started; `stop()` unsubscribes. */
export interface WireLog {
  /** Events at or after `since` (epoch ms), in the order seen. */
  events(since: number): WireEvent[];
  stop(): void;
}

interface ServerMessage {
  request: IncomingMessage;
  socket: Socket;
}

interface UndiciConnectMessage {
  connectParams: { port: string; protocol: string };
}

interface UndiciRequestMessage {
  request: { origin?: string | URL; path: string; headers: unknown };
  headers?: string;
}

/** The `x-acs-action` header in undici's forms: a flat [name, value, …] array or a raw header block. */
function actionIn(headers: unknown): string {
  if (typeof headers === 'string') return /^x-acs-action: *(\S+)/im.exec(headers)?.[1] ?? '';
  if (!Array.isArray(headers)) return '';
  for (let at = 0; at + 1 < headers.length; at += 2) {
    if (String(headers[at]).toLowerCase() === 'x-acs-action') return String(headers[at + 1]);
  }
  return '';
}

/** Starts recording; call before the traffic to observe. */
export function startWireLog(): WireLog {
  const seen: WireEvent[] = [];
  const onServer = (kind: 'arrived' | 'answered') => (message: unknown) => {
    const at = wallNow();
    const { request, socket } = message as ServerMessage;
    const header = request.headers['x-acs-action'];
    const action = typeof header === 'string' ? header : (new URL(request.url ?? '/', 'http://loopback.invalid').searchParams.get('Action') ?? '');
    seen.push({ kind, port: socket.localPort ?? 0, path: request.url ?? '', action, at });
  };
  const onArrival = onServer('arrived');
  const onAnswered = onServer('answered');
  const onUndici = (kind: 'created' | 'sent') => (message: unknown) => {
    const at = wallNow();
    const { request, headers } = message as UndiciRequestMessage;
    const origin = request.origin === undefined ? null : new URL(String(request.origin));
    seen.push({ kind, port: Number(origin?.port ?? 0), path: request.path, action: actionIn(headers ?? request.headers), at });
  };
  const onConnecting = (message: unknown) => {
    const { port, protocol } = (message as UndiciConnectMessage).connectParams;
    seen.push({ kind: 'connecting', port: Number(port || (protocol === 'https:' ? 443 : 80)), path: '', action: '', at: wallNow() });
  };
  const onCreated = onUndici('created');
  const onSent = onUndici('sent');
  dc.subscribe('http.server.request.start', onArrival);
  dc.subscribe('http.server.response.finish', onAnswered);
  dc.subscribe('undici:request:create', onCreated);
  dc.subscribe('undici:client:beforeConnect', onConnecting);
  dc.subscribe('undici:client:sendHeaders', onSent);
  return {
    events: (since) => seen.filter((event) => event.at >= since),
    stop() {
      dc.unsubscribe('http.server.request.start', onArrival);
      dc.unsubscribe('http.server.response.finish', onAnswered);
      dc.unsubscribe('undici:request:create', onCreated);
      dc.unsubscribe('undici:client:beforeConnect', onConnecting);
      dc.unsubscribe('undici:client:sendHeaders', onSent);
    },
  };
}
