import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../electron/cli/exit-codes';
import { controlEndpoint, sendDrill } from '../../../electron/cli/rehearsal-control';

/** What a stand-in control endpoint received. */
interface Received {
  method: string | undefined;
  url: string | undefined;
  contentType: string | undefined;
  body: string;
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A control endpoint on a free loopback port that answers every request with `status` and `body`. */
async function stubControl(status: number, body: string): Promise<{ url: URL; received: Received[] }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, contentType: req.headers['content-type'], body: text });
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), received };
}

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function failure(promise: Promise<unknown>): Promise<Pick<CliError, 'code' | 'key' | 'params' | 'exit'>> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof CliError) return { code: thrown.code, key: thrown.key, params: thrown.params, exit: thrown.exit };
    throw thrown;
  }
  throw new Error('expected a failure');
}

describe('the rehearsal control endpoint, as lcr rehearsal drill reaches it', () => {
  it('takes --control first, then LCR_REHEARSAL_CONTROL', () => {
    expect(controlEndpoint('http://127.0.0.1:4002', { LCR_REHEARSAL_CONTROL: 'http://127.0.0.1:9' }).href).toBe('http://127.0.0.1:4002/');
    expect(controlEndpoint(undefined, { LCR_REHEARSAL_CONTROL: ' http://127.0.0.1:9 ' }).href).toBe('http://127.0.0.1:9/');
  });

  it('refuses a missing or unusable address as a usage mistake', () => {
    const refused = (flag: string | undefined, env: Record<string, string> = {}) => {
      try {
        controlEndpoint(flag, env);
      } catch (thrown) {
        if (thrown instanceof CliError) return { key: thrown.key, params: thrown.params, exit: thrown.exit };
      }
      throw new Error('expected a refusal');
    };
    expect(refused(undefined)).toEqual({ key: 'cli.usage.missingControl', params: {}, exit: 2 });
    expect(refused(undefined, { LCR_REHEARSAL_CONTROL: '  ' }).key).toBe('cli.usage.missingControl');
    expect(refused('127.0.0.1:4002')).toEqual({ key: 'cli.usage.invalidControl', params: { control: '127.0.0.1:4002' }, exit: 2 });
    expect(refused(undefined, { LCR_REHEARSAL_CONTROL: 'ftp://127.0.0.1' }).key).toBe('cli.usage.invalidControl');
  });

  it('POSTs the drill as JSON to <control>/drill and returns the cloud\'s sentence', async () => {
    const { url, received } = await stubControl(200, '{"applied":"latency 5 ms on both clouds"}');
    expect(await sendDrill(url, { kind: 'latency', ms: 5 })).toBe('latency 5 ms on both clouds');
    expect(received).toEqual([{ method: 'POST', url: '/drill', contentType: 'application/json', body: '{"kind":"latency","ms":5}' }]);
  });

  it('keeps a path the control address has', async () => {
    const { url, received } = await stubControl(200, '{"applied":"every fault cleared"}');
    await sendDrill(new URL('control/', url), { kind: 'clear' });
    await sendDrill(new URL('control', url), { kind: 'clear' });
    expect(received.map((r) => r.url)).toEqual(['/control/drill', '/control/drill']);
  });

  it('reports the cloud\'s refusal with its reason (exit 1)', async () => {
    const { url } = await stubControl(400, '{"error":{"message":"no stream nosuch/app/stream"}}');
    expect(await failure(sendDrill(url, { kind: 'cut', stream: 'nosuch/app/stream' }))).toEqual({
      code: 'cli.drillRefused',
      key: 'cli.error.drillRefused',
      params: { message: 'no stream nosuch/app/stream' },
      exit: 1,
    });
  });

  it('says when what answered is not a control endpoint', async () => {
    const { url } = await stubControl(404, '<html>not here</html>');
    const shown = url.href.replace(/\/$/, '');
    expect(await failure(sendDrill(url, { kind: 'clear' }))).toEqual({ code: 'cli.controlAnswer', key: 'cli.error.controlAnswer', params: { control: shown, status: 404 }, exit: 1 });
    const odd = await stubControl(200, '{"ok":true}');
    expect((await failure(sendDrill(odd.url, { kind: 'clear' }))).key).toBe('cli.error.controlAnswer');
    const broken = await stubControl(500, '{"error":{"message":"boom"}}');
    expect((await failure(sendDrill(broken.url, { kind: 'clear' }))).params).toMatchObject({ status: 500 });
  });

  it('says when nothing answers, with the system\'s reason', async () => {
    const port = await closedPort();
    expect(await failure(sendDrill(new URL(`http://127.0.0.1:${port}`), { kind: 'clear' }))).toEqual({
      code: 'cli.controlUnreachable',
      key: 'cli.error.controlUnreachable',
      params: { control: `http://127.0.0.1:${port}`, reason: 'ECONNREFUSED' },
      exit: 1,
    });
  });
});
