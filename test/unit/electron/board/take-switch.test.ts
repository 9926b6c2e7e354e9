import { describe, expect, it } from 'vitest';
import type { CloudCall } from '../../../../electron/cloud/cloud-client';
import { takeSwitch } from '../../../../electron/board/take-switch';
import { AppErrorException, appError } from '../../../../shared/errors/app-error';
import { errorOf, fakeCloudClient } from '../../support/fake-cloud-client';
import { virtualTimer } from '../../support/virtual-timer';

const ref = { domain: 'live.example.com', app: 'live', stream: 'match1' };

/** A recorded QueryLiveDomainMultiStreamList page with `master` on air (aliyun-live.md §2.1). */
function streams(master: string) {
  return {
    RequestId: 'R',
    PageNumber: 1,
    PageSize: 100,
    TotalCount: 1,
    OnlineStreams: [
      {
        Domain: ref.domain,
        AppName: ref.app,
        StreamName: ref.stream,
        OptimalMode: 'off',
        UpstreamList: ['match1_AliRewrite_1', 'match1_AliRewrite_2'].map((sequence, index) => ({
          UpstreamSequence: sequence,
          UpstreamIp: `10.0.0.${index + 1}`,
          UpstreamTime: '2026-11-22T19:00:00Z',
          MasterFlag: sequence === master,
        })),
        ChangeLogs: [],
      },
    ],
  };
}

const target = 'match1_AliRewrite_2';

/** Runs a take on virtual time: every pause between re-reads passes at once. */
async function take(client: ReturnType<typeof fakeCloudClient>['client'], policy?: { reads: number; everyMs: number }) {
  const clock = virtualTimer();
  const taking = takeSwitch({ client, timer: clock.timer, ...(policy ? { policy } : {}) }, ref, target);
  taking.catch(() => undefined);
  await clock.runUntilIdle();
  return taking;
}
const actions = (calls: CloudCall[]) => calls.map((call) => call.action);

describe('taking a switch', () => {
  it('is done only when a re-read shows the target on air', async () => {
    let reads = 0;
    const { client, calls } = fakeCloudClient((call) => {
      if (call.action === 'SetLiveDomainMultiStreamMaster') return { status: 200, json: { RequestId: 'S' } };
      reads += 1;
      return { status: 200, json: streams(reads < 3 ? 'match1_AliRewrite_1' : target) };
    });
    const stream = await take(client);
    expect(stream.upstreams.find((upstream) => upstream.master)?.sequence).toBe(target);
    expect(actions(calls)).toEqual(['SetLiveDomainMultiStreamMaster', 'QueryLiveDomainMultiStreamList', 'QueryLiveDomainMultiStreamList', 'QueryLiveDomainMultiStreamList']);
  });

  it('passes a refusal on in the provider\'s words and never re-reads it into a success', async () => {
    const { client, calls } = fakeCloudClient(() => ({ status: 400, json: { RequestId: 'E', Code: 'CodeTaskNotExist', Message: 'Task does not exist.' } }));
    expect(await errorOf(take(client))).toMatchObject({ code: 'stream.noDualIngest' });
    expect(actions(calls)).toEqual(['SetLiveDomainMultiStreamMaster']);
  });

  it('re-reads after no answer: confirmed if the cloud did switch, unconfirmed (never success) if not', async () => {
    const lost = (master: string) =>
      fakeCloudClient((call) => {
        if (call.action === 'SetLiveDomainMultiStreamMaster') throw new AppErrorException(appError('cloud.outcomeUnknown', {}, { provider: 'aliyun' }));
        return { status: 200, json: streams(master) };
      });
    const happened = lost(target);
    expect((await take(happened.client)).stream).toBe('match1');

    const didNot = lost('match1_AliRewrite_1');
    const error = await errorOf(take(didNot.client, { reads: 3, everyMs: 200 }));
    expect(error).toMatchObject({ code: 'stream.switchUnconfirmed', params: { stream: 'live.example.com/live/match1', target, onAir: 'match1_AliRewrite_1' } });
    expect(actions(didNot.calls).filter((action) => action === 'QueryLiveDomainMultiStreamList')).toHaveLength(3);
  });

  it('is unconfirmed, not failed, when the request went out and the re-read then fails: it may have happened', async () => {
    const { client } = fakeCloudClient((call) => {
      if (call.action === 'SetLiveDomainMultiStreamMaster') throw new AppErrorException(appError('cloud.timeout', {}, { provider: 'aliyun' }));
      throw new AppErrorException(appError('cloud.unavailable', {}, { provider: 'aliyun' }));
    });
    expect(await errorOf(take(client))).toMatchObject({ code: 'stream.switchUnconfirmed', params: { onAir: '—' }, hint: 'cloud.unavailable' });
  });
});
