import type { CopyStudioRequest, CreateStudioRequest, StudioCreation } from '../../../../shared/domain/studios';
import { AppErrorException, appError, type AppError } from '../../../../shared/errors/app-error';
import { isAmbiguousFailure } from '../../ambiguous-failure';
import type { CloudClient } from '../../cloud-client';
import { runAction, type ActionDefinition, type ActionOptions } from '../action-definition';
import { listStudios } from './caster-list';
import { copyCaster, createCaster } from './caster-lifecycle';

type CreatingAction<Input> = ActionDefinition<Input, unknown, { studioId: string }>;

function ambiguity(thrown: unknown): AppError | null {
  return thrown instanceof AppErrorException && isAmbiguousFailure(thrown.error) ? thrown.error : null;
}

/** Still no way to know: say so, and say that trying again means looking first. */
function stillUnknown(action: string, first: AppError, detail: string): AppErrorException {
  const hint = `${first.code} and then ${detail}; list the studios before trying again`;
  return new AppErrorException(appError('cloud.outcomeUnknown', {}, { provider: 'aliyun', action, retryable: false, hint, ...(first.requestId ? { requestId: first.requestId } : {}) }));
}

/**
 * Calls a token-carrying create once, and settles an ambiguous failure without ever making a
 * second studio: list the region's studios and look for one carrying the token; if there is none,
 * send the same request with the same token exactly once more (the cloud treats a repeated token as
 * the same request, §3.2). If even that cannot be settled, the answer is `cloud.outcomeUnknown`,
 * never a guess.
 */
async function createOnce<Input>(
  client: CloudClient,
  definition: CreatingAction<Input>,
  request: Input,
  token: string,
  regionId: string | undefined,
  options: ActionOptions,
): Promise<StudioCreation> {
  let first: AppError;
  try {
    const { studioId } = await runAction(client, definition, request, options);
    return { studioId, how: 'created' };
  } catch (thrown) {
    const ambiguous = ambiguity(thrown);
    if (!ambiguous) throw thrown;
    first = ambiguous;
  }
  let existing: string | undefined;
  try {
    const studios = await listStudios(client, regionId === undefined ? {} : { regionId }, options);
    existing = studios.find((studio) => studio.clientToken === token)?.id;
  } catch (thrown) {
    throw stillUnknown(definition.action, first, `the token lookup failed (${thrown instanceof AppErrorException ? thrown.error.code : String(thrown)})`);
  }
  if (existing !== undefined) return { studioId: existing, how: 'found' };
  try {
    const { studioId } = await runAction(client, definition, request, options);
    return { studioId, how: 'retried' };
  } catch (thrown) {
    const again = ambiguity(thrown);
    if (again) throw stillUnknown(definition.action, first, `the retry with the same token failed too (${again.code})`);
    throw thrown;
  }
}

/**
 * Copies a studio at most once per user action. `token` is made by the caller once per action
 * (a UUID) and passed unchanged to every attempt; nothing here generates one.
 */
export function copyCasterOnce(client: CloudClient, input: CopyStudioRequest, token: string, options: ActionOptions = {}): Promise<StudioCreation> {
  return createOnce(client, copyCaster, { ...input, clientToken: token }, token, input.regionId, options);
}

/**
 * Creates a studio at most once per user action; `token` as for {@link copyCasterOnce}.
 */
export function createCasterOnce(client: CloudClient, input: CreateStudioRequest, token: string, options: ActionOptions = {}): Promise<StudioCreation> {
  return createOnce(client, createCaster, { ...input, clientToken: token }, token, input.regionId, options);
}
