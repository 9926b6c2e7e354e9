import { channels, type ChannelName, type RequestOf } from '../../../shared/contract/channels';
import type { Studio } from '../../../shared/domain/studios';
import { AppErrorException, appError, toAppError } from '../../../shared/errors/app-error';
import { fieldIssuesFrom } from '../../cloud/actions/input-issues';
import { CliError, CommandFailure, ExitCode } from '../exit-codes';
import { studioLabel } from '../studio-tables';
import { untilInterrupted, type CommandContext } from './command-context';

// What every `lcr studios` command shares: requests checked against the contract before anything
// is sent, the studio list as the cloud confirms it, and the services' refusals said in the
// command line's terms.

/**
 * Checks a request against the contract's own schema before it is sent, so a mistake is reported
 * field by field, labelled with the option that sets it (`name pattern (--pattern): Put {n}…`),
 * instead of as a malformed request. Nothing is sent (exit 1: invalid input).
 */
export function checkRequest<C extends ChannelName>(channel: C, request: RequestOf<C>): RequestOf<C> {
  const parsed = channels[channel].request.safeParse(request);
  if (!parsed.success) throw new CliError('cli.invalidOptions', 'cli.error.studioOptionsInvalid', {}, ExitCode.failed, fieldIssuesFrom(parsed.error));
  return request;
}

/**
 * Every studio, as the cloud lists it now. A listing that failed comes back with the previous list
 * and the reason; `lcr` has no previous list worth showing, so it is a failure (exit 1).
 */
export async function listedStudios(ctx: CommandContext): Promise<Studio[]> {
  const view = await ctx.call('studios.refresh', {});
  if (view.readError) throw new AppErrorException(view.readError);
  return view.studios;
}

/** One studio as the cloud lists it now; `studio.notFound` (exit 1) when it does not. */
export async function listedStudio(ctx: CommandContext, studioId: string): Promise<Studio> {
  const studio = (await listedStudios(ctx)).find((listed) => listed.id === studioId.trim());
  if (!studio) throw new AppErrorException(appError('studio.notFound', { id: studioId }));
  return studio;
}

/** Which change a refusal answered, and of which studio, for saying what to do next. */
export interface ChangeContext {
  action: 'copy' | 'create' | 'configure' | 'start' | 'stop' | 'delete';
  studioId: string;
  name?: string | null;
}

/**
 * A service's refusal in `lcr studios`' terms. A change nobody could confirm is exit 4, outcome
 * unknown, with the command to look with; a start of a running studio (or a stop of an idle one)
 * says so instead of "stop it first"; a studio without an output domain, or a delete of a running
 * one, says which command comes next. Anything else is passed on as it is.
 */
export function explainRefusal(thrown: unknown, change: ChangeContext): unknown {
  if (!(thrown instanceof AppErrorException)) return thrown;
  const error = toAppError(thrown);
  const studio = studioLabel({ id: change.studioId, name: change.name });
  if (error.code === 'cloud.outcomeUnknown') return new CommandFailure(error, ExitCode.outcomeUnknown, { key: 'cli.studios.outcomeUnknown', params: {} });
  if (error.code === 'studio.deleteUnconfirmed') return new CommandFailure(error, ExitCode.outcomeUnknown);
  if (change.action === 'start' && error.code === 'studio.running') return new CliError('studio.running', 'cli.error.alreadyRunning', { studio }, ExitCode.failed);
  if (change.action === 'stop' && error.code === 'studio.notRunning') return new CliError('studio.notRunning', 'cli.error.notRunning', { studio }, ExitCode.failed);
  if (change.action === 'start' && error.code === 'studio.noOutputDomain') return new CommandFailure(error, ExitCode.failed, { key: 'cli.studios.setDomain', params: { id: change.studioId } });
  if (change.action === 'delete' && error.code === 'studio.running') return new CommandFailure(error, ExitCode.failed, { key: 'cli.studios.stopFirst', params: { id: change.studioId } });
  return thrown;
}

/** Sends a change, waits for it (Ctrl-C stops only the waiting) and explains a refusal. */
export async function sendChange<T>(ctx: CommandContext, change: ChangeContext, send: () => Promise<T>): Promise<T> {
  try {
    const studio = studioLabel({ id: change.studioId, name: change.name });
    return await untilInterrupted(ctx, send(), () => new CliError('cli.interrupted', 'cli.error.studioInterrupted', { studio }, ExitCode.interrupted));
  } catch (thrown) {
    throw explainRefusal(thrown, change);
  }
}
