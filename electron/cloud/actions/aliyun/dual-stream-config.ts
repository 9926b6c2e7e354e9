import { z } from 'zod';
import { defineAction } from '../action-definition';

/** A play domain as the dual-stream actions name it (`Domain`, not `DomainName`). */
export const DomainName = z.string().trim().min(1).max(253).regex(/^[A-Za-z0-9*]([A-Za-z0-9.*-]*[A-Za-z0-9])?$/, { error: 'invalid' });

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
