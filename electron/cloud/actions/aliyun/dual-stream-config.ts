import { z } from 'zod';
import { defineAction } from '../action-definition';
import { DomainName } from './live-request-fields';

const Ack = z.object({ RequestId: z.string() });

/** Whether dual-stream disaster recovery is on for a domain (aliyun-live.md §2.3). */
export const describeDualStreamConfig = defineAction({
  provider: 'aliyun',
  action: 'DescribeLiveDomainMultiStreamConfig',
  input: z.strictObject({ domain: DomainName }),
  params: ({ domain }) => ({ Domain: domain }),
  response: Ack.extend({ Switch: z.enum(['on', 'off']) }),
  result: (response) => ({ enabled: response.Switch === 'on' }),
});

/** Turns dual-stream disaster recovery on or off for a domain (aliyun-live.md §2.3). */
export const setDualStreamConfig = defineAction({
  provider: 'aliyun',
  action: 'SetLiveDomainMultiStreamConfig',
  input: z.strictObject({ domain: DomainName, enabled: z.boolean() }),
  params: ({ domain, enabled }) => ({ Domain: domain, Switch: enabled ? 'on' : 'off' }),
  response: Ack,
  result: (response) => ({ requestId: response.RequestId }),
  target: ({ domain }) => domain,
});
