import { channels, type ChannelName, type RequestOf } from '../../../shared/contract/channels';
import { tasksOfGroup, type RelaysView } from '../../../shared/domain/relay-desk';
import type { RelayGroup, RelayTask } from '../../../shared/domain/relays';
import { AppErrorException, toAppError } from '../../../shared/errors/app-error';
import type { FieldIssues } from '../../../shared/errors/field-issue';
import { fieldIssuesFrom } from '../../cloud/actions/input-issues';
import { actionSpec } from '../../cloud/action-catalog';
import { isAmbiguousFailure } from '../../cloud/ambiguous-failure';
import { CliError, CommandFailure, ExitCode } from '../exit-codes';
import { untilInterrupted, type CommandContext } from './command-context';

// What every `lcr relays` command shares: requests checked against the contract and the relay
// rules before anything is sent, the groups and tasks as the cloud lists them now, and a change
// whose outcome nobody could confirm said as such (exit 4).

/**
 * Checks a request against the contract's schema and the relay rules the screen checks as the
 * operator types (`rules`, from relay-validation.ts), so a mistake is reported field by field,
 * labelled with the option or argument that sets it, and nothing is sent (exit 1: invalid input).
 * `rename` gives a field the label of what sets it where the request's own name would mislead
 * (a group's `name` is the <name> argument, not `--name`).
 */
export function checkRelayRequest<C extends ChannelName>(channel: C, request: RequestOf<C>, rules: FieldIssues = {}, rename: Readonly<Record<string, string>> = {}): RequestOf<C> {
  const parsed = channels[channel].request.safeParse(request);
  const issues: FieldIssues = { ...(parsed.success ? {} : fieldIssuesFrom(parsed.error)), ...rules };
  if (Object.keys(issues).length === 0) return request;
  const fields = Object.fromEntries(Object.entries(issues).map(([field, issue]) => [rename[field] ?? field, issue]));
  throw new CliError('cli.invalidOptions', 'cli.error.relayOptionsInvalid', {}, ExitCode.failed, fields);
}

/**
 * Every group and every task as the cloud lists them now. A listing that failed comes back with
 * the previous one and the reason; `lcr` has no previous list worth showing, so it is exit 1.
 */
export async function listedRelays(ctx: CommandContext): Promise<RelaysView> {
  const view = await ctx.call('relays.refresh', {});
  if (view.readError) throw new AppErrorException(view.readError);
  return view;
}

/** A group of the account, listed now, with its tasks; a name no group has is exit 1. */
export async function listedGroup(ctx: CommandContext, name: string): Promise<{ group: RelayGroup; tasks: RelayTask[] }> {
  const view = await listedRelays(ctx);
  const group = view.groups.find((listed) => listed.name === name);
  if (!group) throw new CliError('relay.notFound', 'cli.error.relayGroupNotFound', { group: name }, ExitCode.failed);
  return { group, tasks: tasksOfGroup(view, name) };
}

/** A task of a group as the cloud lists it now (that group's tasks alone are listed); exit 1 when it has none by that id. */
export async function listedTask(ctx: CommandContext, group: string, id: string): Promise<RelayTask> {
  const view = await ctx.call('relays.refreshGroup', { group });
  const task = tasksOfGroup(view, group).find((listed) => listed.id === id);
  if (!task) throw new CliError('relay.notFound', 'cli.error.relayTaskNotFound', { id, group }, ExitCode.failed);
  return task;
}

/** The command that shows how a group stands after a change: the listing to look at before trying again. */
export const lookAtGroups = 'lcr relays groups list';
/** The same for a group's tasks. */
export const lookAtTasks = (group: string): string => `lcr relays tasks list ${group}`;

/** A change as its messages name it: what it is for, and the command to look with. */
export interface RelayChange {
  target: string;
  look: string;
}

/**
 * A service's failure in `lcr relays`' terms. A change the cloud took but a re-read does not show
 * (`relay.unconfirmed`), or one that got no definite answer (the failures after which the service
 * settles by re-reading: no answer, the cloud's own trouble), may or may not have happened: exit 4,
 * with the listing to look at, since the service never sends it a second time. A read's failure
 * (the listing a change starts with) means nothing was sent, and like anything else is passed on.
 */
function explainRelayRefusal(thrown: unknown, change: RelayChange): unknown {
  if (!(thrown instanceof AppErrorException) || thrown instanceof CommandFailure) return thrown;
  const error = toAppError(thrown);
  const fromChange = error.provider !== null && error.action !== null && actionSpec(error.provider, error.action).kind !== 'read';
  if (error.code !== 'relay.unconfirmed' && !(fromChange && isAmbiguousFailure(error))) return thrown;
  return new CommandFailure(error, ExitCode.outcomeUnknown, { key: 'cli.relays.outcomeUnknown', params: { look: change.look } });
}

/** Sends a change, waits for it (Ctrl-C stops only the waiting: exit 130, outcome unknown) and explains a refusal. */
export async function sendRelayChange<T>(ctx: CommandContext, change: RelayChange, send: () => Promise<T>): Promise<T> {
  try {
    return await untilInterrupted(ctx, send(), () => new CliError('cli.interrupted', 'cli.error.relayInterrupted', { ...change }, ExitCode.interrupted));
  } catch (thrown) {
    throw explainRelayRefusal(thrown, change);
  }
}
