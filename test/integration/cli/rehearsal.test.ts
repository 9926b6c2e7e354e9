import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RehearsalInfo } from '../../../electron/rehearsal/rehearsal-info';
import { cliDesk } from './run-lcr';

// `lcr rehearsal` as scripts use it: a real process that prints one JSON line once the cloud
// listens, takes drills from other `lcr` processes, and stops cleanly on SIGINT or SIGTERM.

/** A running `lcr rehearsal`: what it printed so far and how it ends. */
interface Running {
  child: ChildProcessWithoutNullStreams;
  info: RehearsalInfo;
  firstLine: string;
  output(): { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts `lcr rehearsal` and resolves with its first stdout line, or rejects if it exits first. */
function startRehearsal(start: Awaited<ReturnType<typeof cliDesk>>['start'], args: readonly string[]): Promise<Running> {
  const child = start(['rehearsal', ...args]);
  children.push(child);
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    const output = () => ({ stdout, stderr });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const hadLine = stdout.includes('\n');
      stdout += chunk.toString();
      if (hadLine || !stdout.includes('\n')) return;
      const firstLine = stdout.slice(0, stdout.indexOf('\n'));
      resolve({ child, info: JSON.parse(firstLine) as RehearsalInfo, firstLine, output, exited });
    });
    void exited.then((code) => reject(new Error(`lcr rehearsal exited (${code}) before printing a line: ${stderr}`)));
  });
}

const portOf = (url: string) => Number(new URL(url).port);

/** Whether something accepts TCP connections on a loopback port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Listens on a loopback port (0: any free one) until closed. */
async function occupy(port: number): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

const release = (server: net.Server) => new Promise((resolve) => server.close(resolve));

/** A base port whose next two are free as well, found by binding them and letting go (a rare race is accepted). */
async function freeBasePort(): Promise<number> {
  for (;;) {
    const first = await occupy(0);
    const base = (first.address() as net.AddressInfo).port;
    const rest = await Promise.allSettled([occupy(base + 1), occupy(base + 2)]);
    await Promise.all([first, ...rest.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))].map(release));
    if (base <= 65_533 && rest.every((r) => r.status === 'fulfilled')) return base;
  }
}

const endpoint = expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/);

describe('lcr rehearsal', () => {
  it('prints one info line, takes drills from other lcr runs, and exits 0 on SIGINT with nothing more on stdout', async () => {
    const { start, run, dataDir } = await cliDesk();
    const cloud = await startRehearsal(start, ['--seed', '3']);
    expect(cloud.info).toEqual({
      aliyun: { endpoint, accessKeyId: expect.any(String), accessKeySecret: expect.any(String) },
      volcengine: { endpoint, accessKeyId: expect.any(String), secretKey: expect.any(String), region: 'cn-north-1' },
      control: endpoint,
    });
    const ports = [cloud.info.aliyun.endpoint, cloud.info.volcengine.endpoint, cloud.info.control].map(portOf);
    expect(new Set(ports).size).toBe(3);
    expect(await Promise.all(ports.map(accepts))).toEqual([true, true, true]);

    const control = cloud.info.control;
    const latency = await run(['rehearsal', 'drill', 'latency', '--ms', '5', '--control', control]);
    expect(latency).toMatchObject({ code: 0, stderr: '' });
    expect(latency.stdout).toMatch(/^\S.*\n$/);
    const state = (await (await fetch(`${control}/state`)).json()) as unknown;
    expect(state).toMatchObject({ seed: 3 });
    expect(JSON.stringify(state)).toContain('"ms":5');

    const cut = await run(['rehearsal', 'drill', 'cut', 'nosuch/app/stream', '--control', control]);
    expect(cut).toMatchObject({ code: 1, stdout: '' });
    expect(cut.stderr).toMatch(/^lcr: The rehearsal cloud refused the drill: \S.*\n$/);

    const cleared = await run(['rehearsal', 'drill', 'clear'], { env: { LCR_REHEARSAL_CONTROL: control } });
    expect(cleared).toMatchObject({ code: 0, stderr: '' });

    cloud.child.kill('SIGINT');
    expect(await cloud.exited).toBe(0);
    expect(cloud.output().stdout).toBe(`${cloud.firstLine}\n`);
    expect(cloud.output().stderr).toContain('Rehearsal cloud stopped.');
    expect(await Promise.all(ports.map(accepts))).toEqual([false, false, false]);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('exits 0 on SIGTERM too, closing the cloud', async () => {
    const { start, run } = await cliDesk();
    const cloud = await startRehearsal(start, []);
    expect((await run(['rehearsal', 'drill', 'offline', '--provider', 'volcengine', '--control', cloud.info.control])).code).toBe(0);
    expect(await accepts(portOf(cloud.info.volcengine.endpoint))).toBe(false);
    cloud.child.kill('SIGTERM');
    expect(await cloud.exited).toBe(0);
    expect(cloud.output().stdout).toBe(`${cloud.firstLine}\n`);
    expect(await accepts(portOf(cloud.info.control))).toBe(false);
  });

  it('listens on N, N+1 and N+2 with --port N', async () => {
    const { start } = await cliDesk();
    const base = await freeBasePort();
    const cloud = await startRehearsal(start, ['--port', String(base)]);
    expect([cloud.info.aliyun.endpoint, cloud.info.volcengine.endpoint, cloud.info.control]).toEqual([0, 1, 2].map((i) => `http://127.0.0.1:${base + i}`));
    cloud.child.kill('SIGTERM');
    expect(await cloud.exited).toBe(0);
  });

  it('exits 1 naming the port when it is in use, in the operator\'s language', async () => {
    const { run } = await cliDesk();
    const taken = await occupy(0);
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const english = await run(['rehearsal', '--port', String(port)]);
      expect(english).toMatchObject({ code: 1, stdout: '' });
      expect(english.stderr).toContain(`lcr: Port ${port} is already in use, so the rehearsal cloud did not start.`);
      const chinese = await run(['rehearsal', '--port', String(port)], { env: { LANG: 'zh_CN.UTF-8' } });
      expect(chinese).toMatchObject({ code: 1, stdout: '' });
      expect(chinese.stderr).toContain(`lcr: 端口 ${port} 已被占用`);
    } finally {
      await release(taken);
    }
  });

  it('says so when no cloud answers at the control address (exit 1), and refuses bad numbers (exit 2)', async () => {
    const { run } = await cliDesk();
    const gone = await occupy(0);
    const port = (gone.address() as net.AddressInfo).port;
    await release(gone);
    const unreachable = await run(['rehearsal', 'drill', 'clear', '--control', `http://127.0.0.1:${port}`]);
    expect(unreachable).toMatchObject({ code: 1, stdout: '' });
    expect(unreachable.stderr).toContain(`lcr: Nothing answered at http://127.0.0.1:${port} (ECONNREFUSED).`);
    expect(await run(['rehearsal', '--port', 'eighty'])).toEqual({ code: 2, stdout: '', stderr: 'lcr: Option --port takes a whole number.\n' });
    expect(await run(['rehearsal', 'drill', 'latency', '--ms', '-5', '--control', 'http://127.0.0.1:1'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('drills a failover end to end: cut the master of a stream in automatic mode, and lcr call shows the new master and why', async () => {
    const { start, run } = await cliDesk();
    const cloud = await startRehearsal(start, ['--seed', '3']);
    const { endpoint: aliyun, accessKeyId, accessKeySecret } = cloud.info.aliyun;
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: accessKeySecret };
    const call = async (action: string, ...params: string[]) => {
      const result = await run(['call', 'aliyun', action, ...params, '--endpoint', aliyun], { env });
      expect(result).toMatchObject({ code: 0 });
      return JSON.parse(result.stdout) as Record<string, unknown>;
    };
    type Streams = { OnlineStreams: { Domain: string; AppName: string; StreamName: string; OptimalMode: string; UpstreamList: { UpstreamSequence: string; MasterFlag: boolean }[]; ChangeLogs: { ChangeReason: string; UpstreamSequence: string }[] }[] };

    const domains = (await call('DescribeLiveUserDomains', 'LiveDomainType=liveVideo')) as { Domains: { PageData: { DomainName: string }[] } };
    let automatic: Streams['OnlineStreams'][number] | undefined;
    for (const { DomainName } of domains.Domains.PageData) {
      const { OnlineStreams } = (await call('QueryLiveDomainMultiStreamList', `Domain=${DomainName}`, 'PageSize=100')) as Streams;
      automatic ??= OnlineStreams.find((stream) => stream.OptimalMode === 'on' && stream.UpstreamList.length >= 2 && stream.UpstreamList.some((u) => u.MasterFlag));
      if (automatic) break;
    }
    if (!automatic) throw new Error('the seeded world has no dual-ingest stream in automatic mode');
    const master = automatic.UpstreamList.find((upstream) => upstream.MasterFlag)?.UpstreamSequence;
    const path = `${automatic.Domain}/${automatic.AppName}/${automatic.StreamName}`;

    const cut = await run(['rehearsal', 'drill', 'cut', path, '--control', cloud.info.control]);
    expect(cut).toMatchObject({ code: 0, stderr: '' });

    const after = (await call('QueryLiveDomainMultiStreamList', `Domain=${automatic.Domain}`, `StreamName=${automatic.StreamName}`)) as Streams;
    const [stream] = after.OnlineStreams;
    const onAir = stream?.UpstreamList.filter((upstream) => upstream.MasterFlag).map((upstream) => upstream.UpstreamSequence);
    expect(onAir).toHaveLength(1);
    expect(onAir?.[0]).not.toBe(master);
    expect(stream?.UpstreamList.map((upstream) => upstream.UpstreamSequence)).not.toContain(master);
    expect(stream?.ChangeLogs.at(-1)).toMatchObject({ ChangeReason: 'master stream no data', UpstreamSequence: onAir?.[0] });

    cloud.child.kill('SIGTERM');
    expect(await cloud.exited).toBe(0);
  });
});
