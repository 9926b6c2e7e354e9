import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventBus } from '../../electron/events/event-bus';
import type { Dispatch } from '../../electron/ipc/dispatch';
import type { Logger } from '../../electron/log';
import { readRendererFile, rendererHeaders } from '../../electron/renderer-files';

/** What the harness server serves: the built renderer, the bridge script, and the real services. */
export interface HarnessServerOptions {
  rendererDir: string;
  bridgeScript: string;
  dispatch: Dispatch;
  bus: EventBus;
  /** Presses a global shortcut on the harness's stand-in OS (`POST /harness/press-shortcut`). */
  pressShortcut(accelerator: string): boolean;
  token: string;
  log: Logger;
}

/** A running harness server. */
export interface HarnessServer {
  port: number;
  close(): Promise<void>;
}

const cookieName = 'lcr-harness';
const maxBody = 1024 * 1024;

function sameSecret(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(header: string | undefined): string | undefined {
  return header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === cookieName)?.[1];
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) reject(new Error('request body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Serves the app to a browser on 127.0.0.1. Every request must carry the per-run token (in the
 * query on first load, then in an HttpOnly SameSite cookie), the exact loopback Host, and, when the
 * browser sends one, our own Origin — so neither another site nor another local user's page can
 * drive the services (DNS rebinding and cross-site requests fail the Host and Origin checks).
 */
export async function startHarnessServer(options: HarnessServerOptions, port = 0): Promise<HarnessServer> {
  const { rendererDir, bridgeScript, dispatch, bus, pressShortcut, token, log } = options;
  const clients = new Set<http.ServerResponse>();
  let origin = '';

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const refuse = (status: number, why: string) => {
      log.warn(`refused ${request.method} ${url.pathname}: ${why}`);
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(why);
    };
    if (request.headers.host !== new URL(origin).host) return refuse(421, 'wrong host');
    if (request.headers.origin !== undefined && request.headers.origin !== origin) return refuse(403, 'wrong origin');
    const fromQuery = sameSecret(url.searchParams.get('token'), token);
    if (!fromQuery && !sameSecret(cookieToken(request.headers.cookie), token)) return refuse(403, 'missing or wrong token');

    if (request.method === 'POST' && url.pathname.startsWith('/ipc/')) {
      if (request.headers.origin !== origin) return refuse(403, 'wrong origin');
      // An unreadable or unparseable body is passed on as no payload, which every schema refuses.
      let payload: unknown;
      try {
        payload = JSON.parse(await readBody(request));
      } catch {
        payload = undefined;
      }
      const result = await dispatch(decodeURIComponent(url.pathname.slice(5)), payload, { url: origin });
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      return response.end(JSON.stringify(result));
    }
    if (request.method === 'POST' && url.pathname === '/harness/press-shortcut') {
      let accelerator: unknown;
      try {
        accelerator = (JSON.parse(await readBody(request)) as { accelerator?: unknown }).accelerator;
      } catch {
        accelerator = undefined;
      }
      if (typeof accelerator !== 'string') return refuse(400, 'accelerator missing');
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      return response.end(JSON.stringify({ pressed: pressShortcut(accelerator) }));
    }
    if (request.method !== 'GET') return refuse(405, 'method not allowed');
    if (url.pathname === '/events') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (url.pathname === '/harness-bridge.js') {
      response.writeHead(200, { ...rendererHeaders, 'Content-Type': 'text/javascript; charset=utf-8' });
      return response.end(bridgeScript);
    }
    const file = await readRendererFile(rendererDir, url.pathname);
    let body = file.body;
    if (file.status === 200 && file.headers['Content-Type']?.startsWith('text/html')) {
      body = Buffer.from(body.toString('utf8').replace('<script', '<script src="./harness-bridge.js"></script><script'));
    }
    const cookie = fromQuery ? { 'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {};
    response.writeHead(file.status, { ...file.headers, ...cookie }).end(body);
  });

  const stopEvents = bus.listen((name, payload) => {
    const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const client of clients) client.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, 15_000);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${actualPort}`;

  return {
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        stopEvents();
        for (const client of clients) client.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
