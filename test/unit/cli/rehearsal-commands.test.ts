import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createCliIo } from '../../../electron/cli/cli-io';
import type { CommandContext } from '../../../electron/cli/commands/command-context';
import { rehearsalRun, type StartCloud } from '../../../electron/cli/commands/rehearsal-run';
import { CliError } from '../../../electron/cli/exit-codes';
import { parseCommandLine } from '../../../electron/cli/parse-command-line';
import { runCli } from '../../../electron/cli/run-cli';
import type { RehearsalOptions } from '../../../electron/rehearsal/rehearsal-cloud';
import type { RehearsalInfo } from '../../../electron/rehearsal/rehearsal-info';
import { translate } from '../../../shared/i18n/translate';

const info: RehearsalInfo = {
  aliyun: { endpoint: 'http://127.0.0.1:40000', accessKeyId: 'LTAIRehearsal', accessKeySecret: 'rehearsal-aliyun-secret' },
  volcengine: { endpoint: 'http://127.0.0.1:40001', accessKeyId: 'AKLTRehearsal', secretKey: 'rehearsal-volc-secret', region: 'cn-north-1' },
  control: 'http://127.0.0.1:40002',
};

/** Collected output of one stream. */
function sink() {
  const stream = new PassThrough();
  const seen = { text: '' };
  stream.on('data', (chunk: Buffer) => (seen.text += chunk.toString()));
  return { stream, seen };
}

/** A command context with its streams captured and a stop signal the test sends. */
function context() {
  const out = sink();
  const err = sink();
  const listeners = new Set<() => void>();
  const ctx: CommandContext = {
    io: createCliIo({ stdin: new PassThrough(), stdout: out.stream, stderr: err.stream }),
    t: (key, params) => translate('en', key, params),
    call: () => Promise.reject(new Error('the rehearsal needs no services')),
    cloud: () => {
      throw new Error('the rehearsal needs no cloud client');
    },
    env: {},
    onInterrupt: () => () => undefined,
    onStop: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    now: () => new Date(),
  };
  const stop = () => [...listeners].forEach((listener) => listener());
  return { ctx, out: out.seen, err: err.seen, stop, listeners };
}

const argsOf = (line: string[]) => {
  const outcome = parseCommandLine(['rehearsal', ...line]);
  if (outcome.kind !== 'run') throw new Error(`expected run, got ${outcome.kind}`);
  return outcome.args;
};

/** A stand-in cloud that records how it was started and whether it was closed. */
function standIn() {
  const started: RehearsalOptions[] = [];
  let closed = 0;
  const start: StartCloud = async (options) => {
    started.push(options);
    options.log?.info('world seeded');
    return { info, drill: async () => 'done', close: async () => void closed++ };
  };
  return { start, started, closed: () => closed };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('lcr rehearsal', () => {
  it('prints exactly the info line on stdout, runs until stopped, then closes the cloud and exits 0', async () => {
    const { ctx, out, err, stop, listeners } = context();
    const cloud = standIn();
    const running = rehearsalRun(cloud.start)(ctx, argsOf(['--port', '4100', '--seed', '3', '--quota', '2']));
    await tick();
    expect(out.text).toBe(`${JSON.stringify(info)}\n`);
    expect(cloud.started).toEqual([expect.objectContaining({ port: 4100, seed: 3, quota: 2 })]);
    expect(err.text).toMatch(/ info \[rehearsal\] world seeded\n/);
    expect(err.text).toContain('Rehearsal cloud listening: Alibaba Cloud http://127.0.0.1:40000, Volcengine http://127.0.0.1:40001, control http://127.0.0.1:40002.');
    expect(cloud.closed()).toBe(0);
    stop();
    expect(await running).toBe(0);
    expect(cloud.closed()).toBe(1);
    expect(out.text).toBe(`${JSON.stringify(info)}\n`);
    expect(err.text).toMatch(/Rehearsal cloud stopped\.\n$/);
    expect(listeners.size).toBe(0);
  });

  it('takes free ports and the cloud\'s own defaults when no option is given', async () => {
    const { ctx, stop } = context();
    const cloud = standIn();
    const running = rehearsalRun(cloud.start)(ctx, argsOf([]));
    await tick();
    stop();
    await running;
    expect(cloud.started[0]).toEqual({ port: 0, log: expect.any(Object) });
  });

  it('names the port in use when the cloud cannot listen (exit 1), and says what else stopped it', async () => {
    const failing = (error: Error): StartCloud => () => Promise.reject(error);
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:4101'), { code: 'EADDRINUSE', port: 4101 });
    const outcome = async (start: StartCloud, line: string[]) => {
      const { ctx, listeners } = context();
      try {
        await rehearsalRun(start)(ctx, argsOf(line));
      } catch (thrown) {
        expect(listeners.size).toBe(0);
        if (thrown instanceof CliError) return { code: thrown.code, key: thrown.key, params: thrown.params, exit: thrown.exit };
      }
      throw new Error('expected a failure');
    };
    expect(await outcome(failing(inUse), ['--port', '4100'])).toEqual({ code: 'cli.rehearsalPortInUse', key: 'cli.error.portInUse', params: { port: 4101 }, exit: 1 });
    const wrapped = new Error('endpoint failed', { cause: Object.assign(new Error('in use'), { code: 'EADDRINUSE' }) });
    expect((await outcome(failing(wrapped), ['--port', '4200'])).params).toEqual({ port: 4200 });
    expect(await outcome(failing(new Error('listen EACCES: permission denied')), ['--port', '80'])).toEqual({
      code: 'cli.rehearsalNotStarted',
      key: 'cli.error.rehearsalNotStarted',
      params: { reason: 'listen EACCES: permission denied' },
      exit: 1,
    });
  });
});

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** `lcr` over a host whose desk services must never be opened. */
async function lcr(argv: string[], env: Record<string, string> = {}) {
  const out = sink();
  const err = sink();
  let opened = false;
  const code = await runCli(argv, {
    streams: { stdin: new PassThrough(), stdout: out.stream, stderr: err.stream },
    env: { LANG: 'en_US.UTF-8', ...env },
    version: '9.9.9',
    now: () => new Date(),
    onInterrupt: () => () => undefined,
    onStop: () => () => undefined,
    openServices: () => {
      opened = true;
      throw new Error('the desk\'s services were opened');
    },
  });
  return { code, out: out.seen.text, err: err.seen.text, opened };
}

describe('lcr rehearsal wiring', () => {
  it('checks the cloud\'s numbers before starting anything (exit 2), without the desk\'s services', async () => {
    expect(await lcr(['rehearsal', '--port', 'x'])).toEqual({
      code: 2,
      out: '',
      err: 'lcr: Option --port takes a whole number.\n',
      opened: false,
    });
    expect(await lcr(['rehearsal', '--port', '65534'])).toMatchObject({ code: 2, err: expect.stringContaining('Option --port must be at most 65533.'), opened: false });
    expect(await lcr(['rehearsal', '--seed=-1'])).toMatchObject({ code: 2, err: expect.stringContaining('Option --seed must be at least 0.') });
    expect(await lcr(['rehearsal', '--quota', '1.5'])).toMatchObject({ code: 2, err: expect.stringContaining('Option --quota takes a whole number.') });
  });

  it('speaks --lang, else the system\'s language, never reading the desk\'s setting', async () => {
    const chinese = await lcr(['rehearsal', '--help'], { LANG: 'zh_CN.UTF-8' });
    expect(chinese).toMatchObject({ code: 0, err: '', opened: false });
    expect(chinese.out).toContain('演练云');
    expect((await lcr(['rehearsal', 'drill', '--help', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).out).toContain('Stage a drill');
    expect(await lcr(['rehearsal', 'drill', 'clear', '--lang', 'zh-CN'])).toMatchObject({ code: 2, err: expect.stringContaining('缺少控制端点'), opened: false });
  });

  it('refuses a drill without a control endpoint, or with a bad value, as a usage mistake', async () => {
    expect(await lcr(['rehearsal', 'drill', 'clear'])).toEqual({
      code: 2,
      out: '',
      err: 'lcr: No control endpoint: pass --control URL, or set LCR_REHEARSAL_CONTROL to the "control" address lcr rehearsal printed.\n',
      opened: false,
    });
    expect(await lcr(['rehearsal', 'drill', 'cut', 'nope', '--control', 'http://127.0.0.1:9'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('"nope" is not a stream: write domain/app/stream.'),
    });
    expect((await lcr(['rehearsal', 'drill'])).err).toContain('lcr rehearsal drill latency --ms MS');
  });

  it('sends a drill to the address in LCR_REHEARSAL_CONTROL and prints the cloud\'s sentence', async () => {
    const bodies: string[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"applied":"clock 30 s behind"}');
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const control = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await lcr(['rehearsal', 'drill', 'skew', '--seconds=-30'], { LCR_REHEARSAL_CONTROL: control })).toEqual({
      code: 0,
      out: 'clock 30 s behind\n',
      err: '',
      opened: false,
    });
    expect(bodies).toEqual(['{"kind":"skew","seconds":-30}']);
  });
});
