import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { startCaster } from '../../../electron/cloud/actions/aliyun/caster-lifecycle';
import { listStudios } from '../../../electron/cloud/actions/aliyun/caster-list';
import { listAllRelayTasks } from '../../../electron/cloud/actions/volcengine/relay-task-list';
import { stopRelayTask } from '../../../electron/cloud/actions/volcengine/relay-tasks';
import type { CloudCall } from '../../../electron/cloud/cloud-client';
import { aliyunRehearsalAccounts, rehearsalStsKeys, volcengineRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import type { Provider } from '../../../shared/domain/provider';
import { errorOf } from '../cloud/client-harness';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// What the two gateways refuse before any action runs — keys, signatures, action names, methods,
// parameter types, STS tokens — and one account reaching for another's resources, each surfacing
// as the app error code the operator reads.
const rehearsal = useRehearsalCloud();

const aliyunCall = (action: string, params: CloudCall['params'] = {}): CloudCall => ({ provider: 'aliyun', action, params });
const volcengineCall = (action: string, params: CloudCall['params'] = {}, method?: 'GET' | 'POST'): CloudCall => ({ provider: 'volcengine', action, params, ...(method ? { method } : {}) });
const listGroups = volcengineCall('ListPullToPushGroup', { PageNum: 1, PageSize: 10 });

interface Refusal {
  what: string;
  provider: Provider;
  accessKeyId?: string;
  secret?: string;
  call: CloudCall;
  code: string;
  providerCode: string;
}

const refusals: Refusal[] = [
  { what: 'an unknown AccessKey', provider: 'aliyun', accessKeyId: 'LTAIRehearsalNobody01', secret: 'x', call: aliyunCall('DescribeCasters'), code: 'cloud.accessKeyNotFound', providerCode: 'InvalidAccessKeyId.NotFound' },
  { what: 'a wrong secret', provider: 'aliyun', secret: 'not-the-secret', call: aliyunCall('DescribeCasters'), code: 'cloud.signatureMismatch', providerCode: 'SignatureDoesNotMatch' },
  { what: 'an action Live does not have', provider: 'aliyun', call: aliyunCall('DescribeNothing'), code: 'cloud.apiNotFound', providerCode: 'InvalidAction.NotFound' },
  { what: 'a missing mandatory parameter', provider: 'aliyun', call: aliyunCall('DescribeCasterConfig'), code: 'cloud.invalidParameter', providerCode: 'MissingCasterId' },
  { what: 'an unknown AccessKey', provider: 'volcengine', accessKeyId: 'AKLTRehearsalNobody01', secret: 'eA==', call: listGroups, code: 'cloud.accessKeyNotFound', providerCode: 'InvalidAccessKey' },
  { what: 'a wrong secret', provider: 'volcengine', secret: 'bm90LXRoZS1zZWNyZXQ=', call: listGroups, code: 'cloud.signatureMismatch', providerCode: 'SignatureDoesNotMatch' },
  { what: 'an action Live does not have', provider: 'volcengine', call: volcengineCall('ListNothing'), code: 'cloud.apiNotFound', providerCode: 'InvalidActionOrVersion' },
  { what: 'the wrong HTTP method', provider: 'volcengine', call: volcengineCall('ListPullToPushGroup', { PageNum: 1, PageSize: 10 }, 'GET'), code: 'cloud.apiNotFound', providerCode: 'MethodNotAllowed' },
  { what: 'a value of the wrong type', provider: 'volcengine', call: volcengineCall('ListPullToPushGroup', { PageNum: '1', PageSize: 10 }), code: 'cloud.invalidParameter', providerCode: 'InvalidParam.BindError' },
];

describe('gateway refusals', () => {
  it.each(refusals)('$provider refuses $what as $code', async ({ provider, accessKeyId, secret, call, code, providerCode }) => {
    const t = await deskClient(rehearsal(), provider, { ...(secret ? { secret } : {}), ...(accessKeyId ? { profile: { accessKeyId } } : {}) });
    expect(await errorOf(t.client.call(call))).toMatchObject({ code, params: { providerCode }, retryable: false, requestId: expect.any(String) });
    expect(t.sent).toHaveLength(1);
  });

  it('Volcengine refuses temporary keys without their token, and answers them with it', async () => {
    const cloud = rehearsal();
    const sts = rehearsalStsKeys.volcengine;
    const tokenless = await deskClient(cloud, 'volcengine', { profile: { accessKeyId: sts.accessKeyId } });
    expect(await errorOf(tokenless.client.call(listGroups))).toMatchObject({ code: 'cloud.securityTokenInvalid', params: { providerCode: 'InvalidSecretToken' } });
    const withToken = await deskClient(cloud, 'volcengine', { profile: { accessKeyId: sts.accessKeyId }, securityToken: sts.securityToken });
    expect((await withToken.client.call(listGroups)).attempts).toBe(1);
  });
});

describe('one account reaching for another\'s resources', () => {
  it("finds none of the desk account's studios or relay tasks", async () => {
    const cloud = rehearsal();
    const [desk] = await listStudios((await deskClient(cloud, 'aliyun')).client);
    const [task] = await listAllRelayTasks((await deskClient(cloud, 'volcengine')).client);
    if (!desk || !task) throw new Error('the desk account lists no studio or relay task');
    const secondAliyun = await deskClient(cloud, 'aliyun', { profile: { accessKeyId: aliyunRehearsalAccounts[1].accessKeyId } });
    expect(await errorOf(runAction(secondAliyun.client, startCaster, { studioId: desk.id }))).toMatchObject({ code: 'studio.notFound' });
    const secondVolcengine = await deskClient(cloud, 'volcengine', { profile: { accessKeyId: volcengineRehearsalAccounts[1].accessKeyId } });
    expect(await errorOf(runAction(secondVolcengine.client, stopRelayTask, { id: task.id }))).toMatchObject({ code: 'relay.notFound', params: { providerCode: 'ResourceNotFound' } });
  });
});
