import { describe, expect, it } from 'vitest';
import { runAction } from '../../../../../../electron/cloud/actions/action-definition';
import { describeDualStreamConfig, setDualStreamConfig } from '../../../../../../electron/cloud/actions/aliyun/dual-stream-config';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';

// Recorded shapes from aliyun-live.md §2.3.
describe('DescribeLiveDomainMultiStreamConfig', () => {
  it('sends Domain and reads the switch', async () => {
    const { client, calls } = fakeCloudClient(() => ({ status: 200, json: { RequestId: 'R1', Switch: 'on', Extra: 'tolerated' } }));
    await expect(runAction(client, describeDualStreamConfig, { domain: 'play.example.com' })).resolves.toEqual({ enabled: true });
    expect(calls).toMatchObject([{ provider: 'aliyun', action: 'DescribeLiveDomainMultiStreamConfig', params: { Domain: 'play.example.com' } }]);
  });

  it('refuses a malformed domain before sending, naming the field', async () => {
    const { client, calls } = fakeCloudClient(() => ({ status: 200, json: {} }));
    expect(await errorOf(runAction(client, describeDualStreamConfig, { domain: 'not a domain' }))).toMatchObject({
      code: 'cloud.invalidInput',
      fields: { domain: { code: 'invalid' } },
    });
    expect(await errorOf(runAction(client, describeDualStreamConfig, {}))).toMatchObject({ fields: { domain: { code: 'required' } } });
    expect(calls).toEqual([]);
  });

  it('raises the documented error for a domain without an ingest mapping', async () => {
    const { client } = fakeCloudClient(() => ({
      status: 400,
      json: { RequestId: 'R2', Code: 'CodeGetPushbackDomainError', Message: 'Unable to get the push domain name, please check the domain name mapping configuration.' },
    }));
    expect(await errorOf(runAction(client, describeDualStreamConfig, { domain: 'play.example.com' }))).toMatchObject({
      code: 'domain.noIngestMapping',
      requestId: 'R2',
    });
  });

  it('refuses an answer without the documented switch', async () => {
    const { client } = fakeCloudClient(() => ({ status: 200, json: { RequestId: 'R3', Switch: 'maybe' } }));
    expect(await errorOf(runAction(client, describeDualStreamConfig, { domain: 'play.example.com' }))).toMatchObject({
      code: 'cloud.unexpectedResponse',
      requestId: 'R3',
    });
  });
});

describe('SetLiveDomainMultiStreamConfig', () => {
  it('sends Switch=on|off and names the domain for the journal', async () => {
    const { client, calls } = fakeCloudClient(() => ({ status: 200, json: { RequestId: 'R4' } }));
    await expect(runAction(client, setDualStreamConfig, { domain: 'play.example.com', enabled: true })).resolves.toEqual({ requestId: 'R4' });
    await runAction(client, setDualStreamConfig, { domain: 'play.example.com', enabled: false });
    expect(calls.map((c) => [c.params, c.target])).toEqual([
      [{ Domain: 'play.example.com', Switch: 'on' }, 'play.example.com'],
      [{ Domain: 'play.example.com', Switch: 'off' }, 'play.example.com'],
    ]);
  });
});
