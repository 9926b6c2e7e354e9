import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/window/content-security-policy';
import { startHarness, type RunningHarness } from '../../harness/launch';
import { defaultSettings } from '../../../shared/domain/settings';

// The harness as a browser sees it: the real services behind a per-run token, Host and Origin.
let harness: RunningHarness;
let origin: string;
let token: string;
let cookie: string;

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not. */
function request(
  pathname: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${pathname}`, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const ipc = (channel: string, body: string, headers: Record<string, string> = {}) =>
  request(`/ipc/${channel}`, { method: 'POST', body, headers: { cookie, origin, 'content-type': 'application/json', ...headers } });

beforeAll(async () => {
  harness = await startHarness();
  const url = new URL(harness.url);
  origin = url.origin;
  token = url.searchParams.get('token') ?? '';
  const first = await request(`/?token=${token}`);
  cookie = String(first.headers['set-cookie']?.[0]).split(';')[0] ?? '';
});
afterAll(() => harness.stop());

describe('harness', () => {
  it('prints exactly one JSON line with the loopback url and the data folder', () => {
    expect(harness.stdout().trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(harness.stdout())).toEqual({ url: harness.url, dataDir: harness.dataDir });
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
  });

  it('serves the renderer with the bridge and the CSP, and moves the token into an HttpOnly cookie', async () => {
    const page = await request(`/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.body).toContain('<script src="./harness-bridge.js"></script>');
    expect(page.headers['set-cookie']?.[0]).toBe(`lcr-harness=${token}; HttpOnly; SameSite=Strict; Path=/`);
    const bridge = await request('/harness-bridge.js', { headers: { cookie } });
    expect(bridge.status).toBe(200);
    expect(bridge.body).toContain('controlRoom');
  });

  it('refuses requests without the token, with a wrong token, or for another host', async () => {
    expect((await request('/')).status).toBe(403);
    expect((await request(`/?token=${token.slice(1)}x`)).status).toBe(403);
    expect((await request('/', { headers: { cookie: 'lcr-harness=nope' } })).status).toBe(403);
    expect((await request(`/?token=${token}`, { headers: { host: 'evil.example' } })).status).toBe(421);
    expect((await request(`/?token=${token}`, { headers: { host: `localhost:${new URL(origin).port}` } })).status).toBe(421);
  });

  it('accepts IPC only from its own origin', async () => {
    expect((await ipc('app.info', '{}', { origin: 'http://evil.example' })).status).toBe(403);
    const noOrigin = await request('/ipc/app.info', { method: 'POST', body: '{}', headers: { cookie } });
    expect(noOrigin.status).toBe(403);
  });

  it('answers IPC with the real services and typed errors', async () => {
    const info = JSON.parse((await ipc('app.info', '{}')).body);
    expect(info).toMatchObject({ ok: true, value: { host: 'harness', dataDir: harness.dataDir } });
    expect(JSON.parse((await ipc('settings.update', '{"language":"xx"}')).body)).toMatchObject({
      ok: false,
      error: { code: 'ipc.invalidRequest' },
    });
    expect(JSON.parse((await ipc('settings.get', '{not json')).body)).toMatchObject({
      ok: false,
      error: { code: 'ipc.invalidRequest' },
    });
    expect(JSON.parse((await ipc('nope.nope', '{}')).body)).toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
  });

  it('streams events to the page', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(`${origin}/events`, { headers: { cookie } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('data: ')) {
            resolve(text);
            req.destroy();
          } else void ipc('settings.update', '{"language":"zh-CN"}');
        });
      });
      req.on('error', reject);
    });
    const frame = (await received).split('data: ')[1]?.split('\n')[0] ?? '';
    expect(JSON.parse(frame)).toEqual({ name: 'settings.changed', payload: { ...defaultSettings, language: 'zh-CN' } });
  });
});

describe('harness lifecycle', () => {
  it('listens on the port asked for and stops cleanly on SIGINT', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const own = await startHarness({ args: ['--port', String(port)] });
    expect(new URL(own.url).port).toBe(String(port));
    expect(await own.stop('SIGINT')).toBe(0);
  });

  it('stops cleanly on SIGTERM', async () => {
    const own = await startHarness();
    expect(await own.stop('SIGTERM')).toBe(0);
    expect(own.stderr()).toContain('SIGTERM: stopping');
  });

  it('refuses a bad --port with a message and exit code 2', async () => {
    await expect(startHarness({ args: ['--port', 'eighty'] })).rejects.toThrow(/exited with 2[\s\S]*--port needs a number/);
  });
});
