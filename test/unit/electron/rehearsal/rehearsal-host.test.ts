import { describe, expect, it } from 'vitest';
import type { Drill } from '../../../../shared/domain/rehearsal';
import { createLogger } from '../../../../electron/log';
import type { RehearsalCloud } from '../../../../electron/rehearsal/rehearsal-cloud';
import { createRehearsalHost } from '../../../../electron/rehearsal/rehearsal-host';
import type { RehearsalInfo } from '../../../../electron/rehearsal/rehearsal-info';

const info: RehearsalInfo = {
  aliyun: { endpoint: 'http://127.0.0.1:7001', accessKeyId: 'LTAIRehearsalDesk0001', accessKeySecret: 's' },
  volcengine: { endpoint: 'http://127.0.0.1:7002', accessKeyId: 'AKLTRehearsalDesk0001', secretKey: 's', region: 'cn-north-1' },
  control: 'http://127.0.0.1:7003',
};

/** A starter that records each start and can be told to fail once. */
function starter(failures = 0) {
  const calls = { starts: 0, closes: 0, drills: [] as Drill[] };
  let failing = failures;
  const start = async (): Promise<RehearsalCloud> => {
    calls.starts += 1;
    if (failing > 0) {
      failing -= 1;
      throw new Error('listen EADDRINUSE 127.0.0.1:7001');
    }
    return {
      info,
      drill: async (drill) => {
        calls.drills.push(drill);
        return 'done';
      },
      close: async () => {
        calls.closes += 1;
      },
    };
  };
  return { start, calls };
}

const quiet = createLogger('rehearsal', () => undefined);

describe('the embedded rehearsal cloud', () => {
  it('starts nothing until first asked, then one cloud for every caller', async () => {
    const { start, calls } = starter();
    const host = createRehearsalHost(start, quiet);
    expect(host.status()).toEqual({ running: false, endpoints: null });
    expect(calls.starts).toBe(0);
    const [a, b] = await Promise.all([host.info(), host.info()]);
    expect(a).toBe(b);
    await host.drill({ kind: 'clear' });
    expect(calls).toMatchObject({ starts: 1, drills: [{ kind: 'clear' }] });
    expect(host.status()).toEqual({ running: true, endpoints: { aliyun: info.aliyun.endpoint, volcengine: info.volcengine.endpoint, control: info.control } });
  });

  it('reports a cloud that cannot start as rehearsal.unavailable with the reason, and tries again next time', async () => {
    const { start, calls } = starter(1);
    const host = createRehearsalHost(start, quiet);
    await expect(host.info()).rejects.toMatchObject({ error: { code: 'rehearsal.unavailable', params: { detail: 'listen EADDRINUSE 127.0.0.1:7001' } } });
    await expect(host.info()).resolves.toBe(info);
    expect(calls.starts).toBe(2);
  });

  it('closes the running cloud, and a closed host starts afresh when asked again', async () => {
    const { start, calls } = starter();
    const host = createRehearsalHost(start, quiet);
    await host.close();
    expect(calls.closes).toBe(0);
    await host.info();
    await host.close();
    expect(calls.closes).toBe(1);
    expect(host.status().running).toBe(false);
  });
});
