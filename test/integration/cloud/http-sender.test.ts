import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpSender } from '../../../electron/cloud/transport/http-sender';
import { startScriptedServer, type ScriptedServer } from './scripted-server';

// The sender on its own: which failures can have reached the cloud, cancellation, and the
// standard proxy variables (a control room behind a corporate proxy must still reach the cloud).
const timeouts = { connectMs: 500, headersMs: 300, bodyMs: 300 };
let server: ScriptedServer | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
});

const get = (url: string) => ({ method: 'GET' as const, url, headers: {}, body: null });

describe('http sender', () => {
  it('returns the answer with lower-cased headers', async () => {
    server = await startScriptedServer(() => ({ status: 200, json: { ok: 1 }, headers: { 'X-Acs-Request-Id': 'R1' } }));
    const result = await createHttpSender(timeouts).send(get(`${server.endpoint}/?a=1`));
    expect(result).toMatchObject({ ok: true, response: { status: 200, body: '{"ok":1}', headers: { 'x-acs-request-id': 'R1' } } });
  });

  it('calls a refused connection "not sent": the cloud cannot have acted', async () => {
    const probe = await startScriptedServer(() => ({ status: 200 }));
    const endpoint = probe.endpoint;
    await probe.close();
    expect(await createHttpSender(timeouts).send(get(endpoint))).toMatchObject({ ok: false, failure: 'notSent' });
  });

  it('calls a silence after sending "no answer": the cloud may have acted', async () => {
    server = await startScriptedServer(() => 'hang');
    expect(await createHttpSender(timeouts).send(get(server.endpoint))).toMatchObject({ ok: false, failure: 'noAnswer' });
  });

  it('stops when the caller cancels', async () => {
    server = await startScriptedServer(() => 'hang');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect(await createHttpSender(timeouts).send(get(server.endpoint), controller.signal)).toMatchObject({ ok: false, failure: 'cancelled' });
  });

  it('goes through HTTP_PROXY, and around it for hosts in NO_PROXY', async () => {
    server = await startScriptedServer(() => ({ status: 200, json: { ok: true } }));
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
    const target = new URL(server.endpoint).host;
    try {
      vi.stubEnv('HTTP_PROXY', `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
      vi.stubEnv('NO_PROXY', '');
      expect(await createHttpSender(timeouts).send(get(`${server.endpoint}/?Action=X`))).toMatchObject({ ok: true });
      expect(tunnels).toEqual([target]);
      vi.stubEnv('NO_PROXY', '127.0.0.1');
      expect(await createHttpSender(timeouts).send(get(`${server.endpoint}/?Action=Y`))).toMatchObject({ ok: true });
      expect(tunnels).toEqual([target]);
      expect(server.received.map((r) => r.url.searchParams.get('Action'))).toEqual(['X', 'Y']);
    } finally {
      proxy.closeAllConnections();
      proxy.close();
    }
  });
});
