import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { describeDualStreamConfig } from '../../../electron/cloud/actions/aliyun/dual-stream-config';
import type { CloudClient } from '../../../electron/cloud/cloud-client';
import type { RateLimiter } from '../../../electron/cloud/transport/rate-limiter';
import { aliyunRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import { toAppError } from '../../../shared/errors/app-error';
import { errorOf, retryLines } from '../cloud/client-harness';
import { switchableStream } from '../cloud/desk-lookups';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// The cloud counts calls per access key and action and refuses those over the documented limit
// (`Throttling.User`); the app's limiter keeps a burst inside it so the cloud never has to. Both
// halves are shown: the same burst with and without the limiter.
const rehearsal = useRehearsalCloud();

/** A limiter that lets everything through at once: what the app's limiter is there to prevent. */
const noLimiter: RateLimiter = { acquire: async () => () => undefined, inUse: () => 0 };

/** Fifteen concurrent reads of a domain's dual-stream switch (documented limit: ten a second). */
async function burst(client: CloudClient, domain: string) {
  return Promise.all(Array.from({ length: 15 }, () => runAction(client, describeDualStreamConfig, { domain }).then(() => null, toAppError)));
}

describe('rate limits', () => {
  it('keeps a burst under the documented limit: the cloud throttles none of it', async () => {
    const cloud = rehearsal();
    const { stream } = await switchableStream((await deskClient(cloud, 'aliyun')).client, true);
    const t = await deskClient(cloud, 'aliyun');
    const startedAt = performance.now();
    expect(await burst(t.client, stream.domain)).toEqual(Array.from({ length: 15 }, () => null));
    expect(t.sent).toHaveLength(15);
    expect(retryLines(t.logs)).toEqual([]);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(1000);
  });

  it('without the limiter, the same burst is throttled by the cloud beyond ten', async () => {
    const cloud = rehearsal();
    const { stream } = await switchableStream((await deskClient(cloud, 'aliyun')).client, true);
    const t = await deskClient(cloud, 'aliyun', { limiter: noLimiter });
    const refused = (await burst(t.client, stream.domain)).filter((error) => error !== null);
    expect(refused).toHaveLength(5);
    expect(refused.every((error) => error.code === 'cloud.throttled' && error.params.providerCode === 'Throttling.User')).toBe(true);
    expect(t.sent).toHaveLength(10 + 5 * 3);
  });

  it('counts each access key on its own: one account throttled leaves another answered', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'throttle', provider: 'aliyun', action: 'DescribeCasters', perSecond: 1 });
    const desk = await deskClient(cloud, 'aliyun');
    const call = { provider: 'aliyun' as const, action: 'DescribeCasters', params: {} };
    expect((await desk.client.call(call)).attempts).toBe(1);
    expect(await errorOf(desk.client.call(call))).toMatchObject({ code: 'cloud.throttled' });
    const second = await deskClient(cloud, 'aliyun', { profile: { accessKeyId: aliyunRehearsalAccounts[1].accessKeyId } });
    expect((await second.client.call(call)).attempts).toBe(1);
  });

  it('counts in real time across skew drills: moving the cloud clock neither frees nor blocks a window', async () => {
    const cloud = rehearsal();
    await cloud.drill({ kind: 'throttle', provider: 'aliyun', action: 'DescribeCasters', perSecond: 1 });
    const callAfterSkew = async (seconds: number) => {
      await cloud.drill({ kind: 'skew', seconds });
      return (await deskClient(cloud, 'aliyun')).client.call({ provider: 'aliyun', action: 'DescribeCasters', params: {} });
    };
    const aSecond = () => new Promise((resolve) => setTimeout(resolve, 1100));
    // A call admitted while the cloud clock runs behind still fills this second once it is set right…
    expect((await callAfterSkew(-1800)).attempts).toBe(2);
    expect(await errorOf(callAfterSkew(0))).toMatchObject({ code: 'cloud.throttled' });
    // …and one admitted while it runs ahead no longer counts a second later, whatever the clock says.
    await aSecond();
    expect((await callAfterSkew(1800)).attempts).toBe(2);
    await aSecond();
    expect((await callAfterSkew(0)).attempts).toBe(1);
  });
});
