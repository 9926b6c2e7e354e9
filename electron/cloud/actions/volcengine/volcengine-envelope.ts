import { z } from 'zod';

/**
 * Volcengine's answer envelope as the typed actions read it (volcengine-live.md §2). The error
 * half is handled by the provider's reader before a schema sees the answer; what reaches these
 * schemas is a success, whose only sure field is the request id support asks for.
 */
export const ResponseMetadata = z.object({ RequestId: z.string() });

/** The answer to a mutation that returns no `Result` (group calls, task update/stop/delete…). */
export const Ack = z.object({ ResponseMetadata });

/** An answer whose `Result` has the given shape. */
export function withResult<T extends z.ZodType>(result: T) {
  return z.object({ ResponseMetadata, Result: result });
}

/** What a mutation confirms: the cloud took it, under this request id. */
export interface MutationAck {
  requestId: string;
}

/** Reads a metadata-only answer. */
export function ackOf(response: z.infer<typeof Ack>): MutationAck {
  return { requestId: response.ResponseMetadata.RequestId };
}
