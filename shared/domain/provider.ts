import { z } from 'zod';

/** The two clouds the control room speaks to. Every cloud-facing type is tagged with one. */
export const Provider = z.enum(['aliyun', 'volcengine']);
export type Provider = z.infer<typeof Provider>;
