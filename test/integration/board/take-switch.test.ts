import { describe, expect, it } from 'vitest';
import { takeSwitch } from '../../../electron/board/take-switch';
import { realTimer } from '../../../electron/cloud/transport/rate-limiter';
import { onAirUpstream } from '../../../shared/domain/live-streams';
import { errorOf } from '../cloud/client-harness';
import { rereadStream, streamPath, switchableStream } from '../cloud/desk-lookups';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// A take against the rehearsal cloud: done only when a re-read shows the new master; a refusal or
// a lost answer never shows as success.
const rehearsal = useRehearsalCloud();
const policy = { reads: 4, everyMs: 100 };

describe('taking a switch on the rehearsal cloud', () => {
  it('puts the standby on air and returns the stream as re-read, with the manual change logged', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const { stream, standby: { sequence: standby } } = await switchableStream(client, false);
    const taken = await takeSwitch({ client, timer: realTimer, policy }, stream, standby);
    expect(onAirUpstream(taken)?.sequence).toBe(standby);
    expect(taken.changes[0]).toMatchObject({ reason: 'manual', sequence: standby });
  });

  it('gives the cloud\'s refusal (CodeTaskNotExist) and leaves the master where it was', async () => {
    const cloud = rehearsal();
    const { client } = await deskClient(cloud, 'aliyun');
    const { stream, standby: { sequence: standby } } = await switchableStream(client, false);
    await cloud.drill({ kind: 'fail', rate: 1, code: 'CodeTaskNotExist', provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster' });
    expect(await errorOf(takeSwitch({ client, timer: realTimer, policy }, stream, standby))).toMatchObject({ code: 'stream.noDualIngest' });
    expect(onAirUpstream((await rereadStream(client, stream)) ?? stream)?.sequence).toBe(onAirUpstream(stream)?.sequence);
  });

  it('confirms a switch whose answer was lost after it happened, and refuses one lost before it', async () => {
    const cloud = rehearsal();
    const { client } = await deskClient(cloud, 'aliyun');
    const { stream, standby: { sequence: standby } } = await switchableStream(client, false);
    await cloud.drill({ kind: 'drop', rate: 1, after: true, provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster' });
    expect(onAirUpstream(await takeSwitch({ client, timer: realTimer, policy }, stream, standby))?.sequence).toBe(standby);

    const back = onAirUpstream(stream)?.sequence ?? '';
    await cloud.drill({ kind: 'drop', rate: 1, provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster' });
    expect(await errorOf(takeSwitch({ client, timer: realTimer, policy }, stream, back))).toMatchObject({
      code: 'stream.switchUnconfirmed',
      params: { stream: streamPath(stream), target: back, onAir: standby },
    });
  });
});
