import type { z } from 'zod';
import type { Provider } from '../../../shared/domain/provider';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import type { RpcValue } from '../aliyun/rpc-params';
import type { CloudClient } from '../cloud-client';
import { fieldIssuesFrom } from './input-issues';

/**
 * One typed cloud action: what the caller may ask (validated before anything is sent, with the
 * references' rules), how that becomes wire parameters, what the cloud's answer must look like
 * (extra fields tolerated), and the domain value the screens get. Screens call these, never raw
 * actions.
 */
export interface ActionDefinition<Input, Response, Output> {
  provider: Provider;
  action: string;
  input: z.ZodType<Input, unknown>;
  params(input: Input): Record<string, RpcValue>;
  response: z.ZodType<Response, unknown>;
  result(response: Response, input: Input): Output;
  /** What the call acts on, in words for the journal (`domain/app/stream`, a studio id…). */
  target?(input: Input): string;
}

/** Who to call as, and a way to stop. */
export interface ActionOptions {
  profileId?: string;
  signal?: AbortSignal;
}

/** Declares an action with its types inferred from the parts. */
export function defineAction<Input, Response, Output>(definition: ActionDefinition<Input, Response, Output>): ActionDefinition<Input, Response, Output> {
  return definition;
}

/**
 * Validates the input, calls through the one client, and checks the answer. Bad input never
 * leaves the desk: it comes back as `cloud.invalidInput` with a reason per field. An answer that
 * does not have the documented shape is `cloud.unexpectedResponse`, never a half-read success.
 */
export async function runAction<Input, Response, Output>(
  client: CloudClient,
  definition: ActionDefinition<Input, Response, Output>,
  request: unknown,
  options: ActionOptions = {},
): Promise<Output> {
  const { provider, action } = definition;
  // With the input on each issue, a wrong-typed value (`'on'` for a boolean) reads `invalid`, not `required`.
  const input = definition.input.safeParse(request, { reportInput: true });
  if (!input.success) {
    throw new AppErrorException(appError('cloud.invalidInput', {}, { provider, action, fields: fieldIssuesFrom(input.error) }));
  }
  const { json, requestId } = await client.call({
    provider,
    action,
    params: definition.params(input.data),
    ...(definition.target ? { target: definition.target(input.data) } : {}),
    ...options,
  });
  const response = definition.response.safeParse(json);
  if (!response.success) {
    const where = response.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppErrorException(appError('cloud.unexpectedResponse', {}, { provider, action, retryable: true, hint: where, ...(requestId ? { requestId } : {}) }));
  }
  return definition.result(response.data, input.data);
}
