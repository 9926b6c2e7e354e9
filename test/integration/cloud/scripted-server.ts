import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the scripted server received it. */
export interface Received {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** What the script answers: a response, or `hang` to accept the request and never answer. */
export type Reply = { status: number; json?: unknown; text?: string; headers?: Record<string, string> } | 'hang';

/** A loopback server that answers from a script and records every request it got. */
export interface ScriptedServer {
  endpoint: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * Starts a loopback HTTP server answering each request with `script(request, index)`. Transport
 * tests program it with the providers' documented answers, delays and silences; the rehearsal
 * cloud (a stateful simulation) comes later.
 */
export async function startScriptedServer(script: (request: Received, index: number) => Reply | Promise<Reply>): Promise<ScriptedServer> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', async () => {
      const request: Received = { method: req.method ?? '', url: new URL(req.url ?? '/', 'http://127.0.0.1'), headers: req.headers, body, at: performance.now() };
      received.push(request);
      const reply = await script(request, received.length - 1);
      if (reply === 'hang') return;
      const text = reply.text ?? JSON.stringify(reply.json ?? {});
      res.writeHead(reply.status, { 'content-type': 'application/json', date: new Date().toUTCString(), ...reply.headers }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
