import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback cloud for benchmarks: the same small answer for everyone, and a strict rate referee. */
export interface BenchServer {
  endpoint: string;
  /** Arrival times (ms) per access key and action. */
  arrivals: Map<string, number[]>;
  throttled: number;
  close(): Promise<void>;
}

const aliyunAnswer = JSON.stringify({ RequestId: 'BENCH-0001', PageNumber: 1, PageSize: 20, TotalCount: 0, Domains: { PageData: [] } });
const volcAnswer = JSON.stringify({ ResponseMetadata: { RequestId: 'BENCH-0001', Action: 'x', Version: '2023-01-01', Service: 'live', Region: 'cn-north-1' }, Result: {} });

function whoAndWhat(req: http.IncomingMessage, url: URL, body: string): { key: string; action: string; volc: boolean } {
  const auth = String(req.headers.authorization ?? '');
  const volc = auth.startsWith('HMAC-SHA256');
  const credential = /Credential=([^/,]+)/.exec(auth)?.[1] ?? url.searchParams.get('AccessKeyId') ?? new URLSearchParams(body).get('AccessKeyId') ?? '';
  const action = String(req.headers['x-acs-action'] ?? url.searchParams.get('Action') ?? new URLSearchParams(body).get('Action') ?? '');
  return { key: `${credential}|${action}`, action, volc };
}

/**
 * Answers every request at once and referees rate limits as a cloud would: more arrivals for one
 * access key and action within any second than `limits[action]` is a throttling answer, counted.
 */
export async function startBenchServer(limits: Readonly<Record<string, number>>): Promise<BenchServer> {
  const arrivals = new Map<string, number[]>();
  const state = { throttled: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const now = performance.now();
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const { key, action, volc } = whoAndWhat(req, url, body);
      const seen = arrivals.get(key) ?? [];
      seen.push(now);
      arrivals.set(key, seen);
      const inWindow = seen.filter((t) => t > now - 1000).length;
      if (inWindow > (limits[action] ?? Number.POSITIVE_INFINITY)) {
        state.throttled += 1;
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ RequestId: 'T', Code: 'Throttling.User', Message: 'throttled' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(volc ? volcAnswer : aliyunAnswer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    get throttled() {
      return state.throttled;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
