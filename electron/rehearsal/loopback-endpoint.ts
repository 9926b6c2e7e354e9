import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One loopback HTTP endpoint that a drill can take off the network and bring back on the same port. */
export interface LoopbackEndpoint {
  readonly port: number;
  readonly url: string;
  /** Stops accepting connections and cuts the open ones: callers see "connection refused". */
  goOffline(): Promise<void>;
  /** Listens again on the same port. */
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Starts an endpoint on `127.0.0.1:port` (0: a free port); rejects if the port is taken. */
export async function startLoopbackEndpoint(handler: http.RequestListener, port: number): Promise<LoopbackEndpoint> {
  const server = http.createServer({ keepAliveTimeout: 30_000 }, handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await listen(server, port);
  const bound = (server.address() as AddressInfo).port;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  return {
    port: bound,
    url: `http://127.0.0.1:${bound}`,
    goOffline: stop,
    goOnline: async () => {
      if (!server.listening) await listen(server, bound);
    },
    close: stop,
  };
}
