import http from 'node:http';
import type { AddressInfo } from 'node:net';

// The floor for "key press → request received": a bare page whose keydown handler does nothing
// but send one POST, served by a loopback server in the benchmark's own process — the same
// process, event loop and arrival probe (wire-log.ts) as the embedded rehearsal cloud. Whatever
// a browser and Node must spend between a key and a request arriving is in it; nothing else is.

/** The bare page, as the browser loads it; the POST mirrors the harness bridge's (same-origin JSON). */
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>floor</title></head>
<body><h1 tabindex="-1">floor</h1>
<script>
addEventListener('keydown', () => {
  fetch('/hit', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', credentials: 'same-origin' });
});
</script></body></html>`;

/** The running floor server. */
export interface FloorPage {
  url: string;
  port: number;
  /** The path each key's request arrives on. */
  hitPath: string;
  close(): Promise<void>;
}

/** Starts the floor page's server on a free loopback port. */
export async function startFloorPage(): Promise<FloorPage> {
  const server = http.createServer((request, response) => {
    if (request.method === 'POST') {
      request.resume().on('end', () => response.writeHead(204).end());
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    hitPath: '/hit',
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
