import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { Provider } from './provider';

/**
 * How one profile's link to its cloud is doing, as the status bar and every screen show it: when
 * the cloud last answered, the last error, whether the desk looks offline, how much of the rate
 * budget the busiest action is using, and how far the desk's clock is from the cloud's.
 */
export const ConnectionState = z.object({
  provider: Provider,
  profileId: z.string(),
  lastSuccessAt: z.string().nullable(),
  lastError: AppError.nullable(),
  offline: z.boolean(),
  busiestAction: z.object({ action: z.string(), used: z.number(), limit: z.number() }).nullable(),
  clockOffsetMs: z.number(),
  updatedAt: z.string(),
});
export type ConnectionState = z.infer<typeof ConnectionState>;
