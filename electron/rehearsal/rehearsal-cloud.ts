import { createLogger, type Logger } from '../log';
import { cutUpstream, restoreUpstream } from './aliyun/stream-drills';
import { createControlHandler } from './control/control-server';
import type { Drill } from '../../shared/domain/rehearsal';
import { createFaultPlan } from './faults/fault-plan';
import { createAliyunGateway } from './gateway/aliyun-gateway';
import { createNonceBook } from './gateway/nonce-book';
import { timestampToleranceMs } from './gateway/aliyun-auth';
import { createRateGate } from './gateway/rate-gate';
import { createVolcengineGateway } from './gateway/volcengine-gateway';
import { startLoopbackEndpoint, type LoopbackEndpoint } from './loopback-endpoint';
import type { RehearsalInfo } from './rehearsal-info';
import { aliyunRehearsalAccounts, rehearsalKeys, rehearsalVolcengineRegion, volcengineRehearsalAccounts } from './rehearsal-keys';
import { createPrng } from './world/prng';
import { seedWorld } from './world/rehearsal-world';

/** How to start a rehearsal cloud. */
export interface RehearsalOptions {
  /** 0 (default): free ports; N: Alibaba on N, Volcengine on N+1, control on N+2. */
  port?: number;
  /** Builds the same world for the same seed (default 1). */
  seed?: number;
  /** Studios allowed per Alibaba account (default 50). */
  quota?: number;
  log?: Logger;
}

/** A running rehearsal cloud. */
export interface RehearsalCloud {
  info: RehearsalInfo;
  /** Applies a drill, as the control endpoint does; resolves to what was done, in words. */
  drill(drill: Drill): Promise<string>;
  close(): Promise<void>;
}

/** The studio quota Alibaba documents per account (aliyun-live.md §3.4). */
export const defaultStudioQuota = 50;

/**
 * Starts the rehearsal cloud: Alibaba Cloud Live and Volcengine Live on two loopback endpoints
 * (path `/`, as on the real hosts), seeded with a deterministic world, and a control endpoint for
 * drills. Everything lives in memory and ends with `close()`.
 */
export async function startRehearsalCloud(options: RehearsalOptions = {}): Promise<RehearsalCloud> {
  const seed = options.seed ?? 1;
  const quota = options.quota ?? defaultStudioQuota;
  const log = options.log ?? createLogger('rehearsal');
  const faults = createFaultPlan(createPrng(seed));
  const now = () => Date.now() + faults.skewMs();
  // Flow control counts elapsed time, so a skew drill (and turning it back) must not move its windows.
  const elapsed = () => performance.now();
  const world = seedWorld({ seed, now: Date.now(), quota });
  const rate = createRateGate();
  const accounts = <T extends { accessKeyId: string }>(list: readonly T[]) => new Map(list.map((account) => [account.accessKeyId, account]));

  const base = options.port ?? 0;
  const endpoints: LoopbackEndpoint[] = [];
  const start = async (handler: Parameters<typeof startLoopbackEndpoint>[0], offset: number) => {
    const endpoint = await startLoopbackEndpoint(handler, base === 0 ? 0 : base + offset);
    endpoints.push(endpoint);
    return endpoint;
  };
  const close = async () => {
    await Promise.all(endpoints.map((endpoint) => endpoint.close()));
  };

  try {
    const aliyun = await start(
      createAliyunGateway({ accounts: accounts(rehearsalKeys.aliyun), worlds: world.aliyun, nonces: createNonceBook(timestampToleranceMs), rate, faults, now, elapsed, log }),
      0,
    );
    const volcengine = await start(createVolcengineGateway({ accounts: accounts(rehearsalKeys.volcengine), worlds: world.volcengine, rate, faults, now, elapsed, log }), 1);
    const byProvider = { aliyun, volcengine };

    const drill = async (order: Drill): Promise<string> => {
      let applied: string;
      if (order.kind === 'cut') applied = cutUpstream([...world.aliyun.values()], order.stream, order.upstream, now());
      else if (order.kind === 'restore') applied = restoreUpstream([...world.aliyun.values()], order.stream, order.upstream, now());
      else {
        applied = faults.apply(order);
        if (order.kind === 'offline' || order.kind === 'online' || order.kind === 'clear') {
          for (const [provider, endpoint] of Object.entries(byProvider)) {
            await (faults.isOffline(provider as keyof typeof byProvider) ? endpoint.goOffline() : endpoint.goOnline());
          }
        }
      }
      log.info(`drill ${order.kind}: ${applied}`);
      return applied;
    };
    const control = await start(
      createControlHandler({ drill, state: () => ({ seed, quota, faults: faults.describe() }) }, () => control.port),
      2,
    );

    const [desk] = aliyunRehearsalAccounts;
    const [volcDesk] = volcengineRehearsalAccounts;
    const info: RehearsalInfo = {
      aliyun: { endpoint: aliyun.url, accessKeyId: desk.accessKeyId, accessKeySecret: desk.secret },
      volcengine: { endpoint: volcengine.url, accessKeyId: volcDesk.accessKeyId, secretKey: volcDesk.secret, region: rehearsalVolcengineRegion },
      control: control.url,
    };
    return { info, drill, close };
  } catch (thrown) {
    await close();
    throw thrown;
  }
}
