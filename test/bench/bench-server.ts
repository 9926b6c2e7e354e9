import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the referee saw: arrival times (ms) per access key and action, and how many it throttled. */
export interface Referee {
  arrivals: Record<string, number[]>;
  throttled: number;
}

/** A loopback cloud for benchmarks, running in its own process as a real cloud would. */
export interface BenchServer {
  endpoint: string;
  referee(): Promise<Referee>;
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
async function listen(limits: Readonly<Record<string, number>>): Promise<{ endpoint: string; referee: Referee }> {
  const referee: Referee = { arrivals: {}, throttled: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const now = performance.now() + performance.timeOrigin;
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const { key, action, volc } = whoAndWhat(req, url, body);
      const seen = (referee.arrivals[key] ??= []);
      seen.push(now);
      const inWindow = seen.filter((t) => t > now - 1000).length;
      if (inWindow > (limits[action] ?? Number.POSITIVE_INFINITY)) {
        referee.throttled += 1;
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ RequestId: 'T', Code: 'Throttling.User', Message: 'throttled' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(volc ? volcAnswer : aliyunAnswer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, referee };
}

/**
 * Starts the bench cloud in a child process, so its work runs beside the contenders rather than
 * on their event loop — what they are timed against is a network peer, not a function call.
 */
export async function startBenchServer(limits: Readonly<Record<string, number>>): Promise<BenchServer> {
  const child = fork(import.meta.filename, [JSON.stringify(limits)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T>() => new Promise<T>((resolve, reject) => child.once('message', (message) => resolve(message as T)).once('exit', reject));
  const { endpoint } = await next<{ endpoint: string }>();
  return {
    endpoint,
    referee: () => {
      const answer = next<Referee>();
      child.send('referee');
      return answer;
    },
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve()).kill();
      }),
  };
}

if (process.send && process.argv[1] === import.meta.filename) {
  const { endpoint, referee } = await listen(JSON.parse(process.argv[2] ?? '{}') as Record<string, number>);
  process.on('message', () => process.send?.(referee));
  process.send({ endpoint });
}
