import { randomUUID } from 'node:crypto';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRequest } from '../../../electron/cloud/build-request';
import { resolveEndpoint } from '../../../electron/cloud/endpoint-policy';
import type { HttpRequest } from '../../../electron/cloud/http-request';
import { createHttpSender } from '../../../electron/cloud/transport/http-sender';
import type { RehearsalCloud } from '../../../electron/rehearsal/rehearsal-cloud';
import { testProfile, testTimeouts } from './client-harness';
import { useRehearsalCloud } from './rehearsal-fixture';

// The sender on its own, against the rehearsal cloud: which failures can have reached the cloud,
// cancellation, and the standard proxy variables (a control room behind a corporate proxy must
// still reach the cloud).
const rehearsal = useRehearsalCloud();
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A DescribeCasters request signed as the Alibaba desk account, fresh (new nonce) each time. */
function signedRequest(cloud: RehearsalCloud): HttpRequest {
  const profile = testProfile('aliyun', cloud.info.aliyun.endpoint);
  const credentials = { accessKeyId: cloud.info.aliyun.accessKeyId, accessKeySecret: cloud.info.aliyun.accessKeySecret };
  const { endpoint } = resolveEndpoint('aliyun', profile.endpoint);
  return buildRequest('aliyun', { action: 'DescribeCasters', method: 'POST', params: {}, profile, credentials, endpoint, date: new Date(), nonce: randomUUID() });
}

/** The request id the cloud's JSON answer carries. */
const requestIdIn = (body: string) => (JSON.parse(body) as { RequestId?: string }).RequestId;

describe('http sender', () => {
  it('returns the answer with lower-cased headers', async () => {
    const result = await createHttpSender(testTimeouts).send(signedRequest(rehearsal()));
    if (!result.ok) throw new Error(`no answer: ${result.failure}`);
    expect(result.response.status).toBe(200);
    expect(result.response.headers['content-type']).toContain('application/json');
    expect(result.response.headers['x-acs-request-id']).toBe(requestIdIn(result.response.body));
    expect(result.answeredAt).toBeGreaterThanOrEqual(result.sentAt);
  });

  it('calls a refused connection "not sent": the cloud cannot have acted', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'offline', provider: 'aliyun' });
    expect(await createHttpSender(testTimeouts).send(signedRequest(cloud))).toMatchObject({ ok: false, failure: 'notSent' });
  });

  it('calls a silence after sending "no answer": the cloud may have acted', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'fail', provider: 'aliyun', hang: true, hangMs: 3000, rate: 1 });
    expect(await createHttpSender(testTimeouts).send(signedRequest(cloud))).toMatchObject({ ok: false, failure: 'noAnswer' });
  });

  it('stops when the caller cancels', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'fail', provider: 'aliyun', hang: true, hangMs: 3000, rate: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const startedAt = performance.now();
    expect(await createHttpSender(testTimeouts).send(signedRequest(cloud), controller.signal)).toMatchObject({ ok: false, failure: 'cancelled' });
    expect(performance.now() - startedAt).toBeLessThan(400);
  });

  it('goes through HTTP_PROXY, and around it for hosts in NO_PROXY', async () => {
    const cloud = rehearsal();
    // A forward proxy as corporate ones work: CONNECT host:port, then a byte tunnel.
    const tunnels: string[] = [];
    const proxy = http.createServer((_, res) => res.writeHead(405).end());
    proxy.on('connect', (req, client: net.Socket, head: Buffer) => {
      tunnels.push(req.url ?? '');
      const [host = '', port = ''] = (req.url ?? '').split(':');
      const upstream = net.connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const target = new URL(cloud.info.aliyun.endpoint).host;
    try {
      vi.stubEnv('HTTP_PROXY', `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
      vi.stubEnv('NO_PROXY', '');
      expect(await createHttpSender(testTimeouts).send(signedRequest(cloud))).toMatchObject({ ok: true, response: { status: 200 } });
      expect(tunnels).toEqual([target]);
      vi.stubEnv('NO_PROXY', '127.0.0.1');
      expect(await createHttpSender(testTimeouts).send(signedRequest(cloud))).toMatchObject({ ok: true, response: { status: 200 } });
      expect(tunnels).toEqual([target]);
    } finally {
      proxy.closeAllConnections();
      proxy.close();
    }
  });
});
