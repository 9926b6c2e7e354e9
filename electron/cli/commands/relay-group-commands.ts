import { taskCounts, tasksOfGroup } from '../../../shared/domain/relay-desk';
import { validateRelayGroupDraft, validateRelayTags } from '../../../shared/domain/relay-validation';
import type { RelayGroupDraft, RelayTask } from '../../../shared/domain/relays';
import { AppErrorException, appError, toAppError, type AppError } from '../../../shared/errors/app-error';
import { CliError, CommandFailure, ExitCode } from '../exit-codes';
import type { ParsedArgs } from '../parse-command-line';
import { askLine } from '../prompts';
import { readTags } from '../relay-options';
import { relayGroupDetails, relayGroupsTable, relayTaskLabel } from '../relay-tables';
import { printable } from '../text-table';
import { writeJson, type CommandContext, type CommandRunner } from './command-context';
import { checkRelayRequest, listedGroup, listedRelays, lookAtGroups, sendRelayChange, type RelayChange } from './relay-calls';
import { activeProfileName } from './stream-commands';

// `lcr relays groups list|create|update|delete`: the Relay groups screen's groups on the command
// line, for the active Volcengine profile, through the same contract calls. Every change is the
// service's (confirmed by re-reading before it answers); these commands check the request with the
// screen's rules, ask where the screen asks, and say how it ended.

/** The group a command line names (the parser has made sure there is one). */
const groupNameOf = (args: ParsedArgs): string => args.positionals[0] ?? '';
/** A group's `name` is set by the <name> argument: labelled so, not as `--name`. */
const groupFields = { name: 'groupName' } as const;
/** How many of a group's tasks a refused delete names; the count says how many there are. */
const tasksNamed = 10;

/** A sentence on stdout, kept from driving the terminal (names come from the cloud). */
const say = (ctx: CommandContext, text: string) => ctx.io.out(`${printable(text)}\n`);
const changeOf = (name: string): RelayChange => ({ target: `"${name}"`, look: lookAtGroups });

/**
 * `lcr relays groups list [--json]`: every group as the cloud lists it now, with its tasks counted
 * by status; `--json` gives the contract's groups, each with `taskCounts`. A listing that failed is
 * exit 1 with its reason: nothing older is shown as if it were current.
 */
export const relayGroupsListCommand: CommandRunner = async (ctx, args) => {
  const view = await listedRelays(ctx);
  if (args.flag('json')) writeJson(ctx, view.groups.map((group) => ({ ...group, taskCounts: taskCounts(tasksOfGroup(view, group.name)) })));
  else if (view.groups.length > 0) ctx.io.out(relayGroupsTable(view.groups, view.tasks, ctx.t));
  else say(ctx, ctx.t('cli.relays.noGroups'));
  return ExitCode.ok;
};

/**
 * `lcr relays groups create <name> --project P [--tag KEY=VALUE …] [--json]`: checked with the
 * screen's rules first (a name with characters Volcengine refuses names them; nothing is sent), then
 * printed as the cloud lists it. A name taken is `relay.groupExists` (exit 1), never retried.
 */
export const relayGroupsCreateCommand: CommandRunner = async (ctx, args) => {
  const name = groupNameOf(args);
  const tags = readTags(args);
  const draft: RelayGroupDraft = { name, project: args.string('project') ?? '', ...(tags.length > 0 ? { tags } : {}) };
  const request = checkRelayRequest('relays.createGroup', draft, validateRelayGroupDraft(draft), groupFields);
  const group = await sendRelayChange(ctx, changeOf(name), () => ctx.call('relays.createGroup', request));
  if (args.flag('json')) writeJson(ctx, group);
  else {
    say(ctx, ctx.t('cli.relays.groupCreated', { group: `"${group.name}"` }));
    ctx.io.out(relayGroupDetails(group, ctx.t));
  }
  return ExitCode.ok;
};

/**
 * `lcr relays groups update <name> (--tag KEY=VALUE … | --clear-tags) [--json]`: the group's whole
 * set of custom tags becomes the one given (the cloud keeps its System tags); printed as re-read.
 */
export const relayGroupsUpdateCommand: CommandRunner = async (ctx, args) => {
  const name = groupNameOf(args);
  const tags = args.flag('clear-tags') ? [] : readTags(args);
  const request = checkRelayRequest('relays.updateGroup', { name, tags }, validateRelayTags(tags), groupFields);
  const group = await sendRelayChange(ctx, changeOf(name), () => ctx.call('relays.updateGroup', request));
  if (args.flag('json')) writeJson(ctx, group);
  else {
    say(ctx, ctx.t('cli.relays.groupUpdated', { group: `"${group.name}"` }));
    ctx.io.out(relayGroupDetails(group, ctx.t));
  }
  return ExitCode.ok;
};

/** A delete refused while tasks remain, naming them (the first ten) and the command that deletes one. */
function tasksRemain(error: AppError, group: string, tasks: readonly RelayTask[]): CommandFailure {
  const named = tasks.slice(0, tasksNamed).map(relayTaskLabel).join(', ');
  return new CommandFailure(error, ExitCode.failed, { key: 'cli.relays.deleteTasksFirst', params: { group, tasks: tasks.length > tasksNamed ? `${named}, …` : named } });
}

/** The service's refusal of a delete while tasks remain, with the tasks it has just listed. */
async function withTasksNamed(ctx: CommandContext, thrown: unknown, group: string): Promise<unknown> {
  if (!(thrown instanceof AppErrorException) || toAppError(thrown).code !== 'relay.groupHasTasks') return thrown;
  try {
    return tasksRemain(toAppError(thrown), group, tasksOfGroup(await ctx.call('relays.view', {}), group));
  } catch {
    return thrown;
  }
}

/**
 * The name that confirms a delete, typed on the terminal after the group is named. A group with
 * tasks is refused before anything is typed (delete them first); an empty answer deletes nothing.
 */
async function typedConfirmation(ctx: CommandContext, name: string): Promise<string> {
  const { group, tasks } = await listedGroup(ctx, name);
  if (tasks.length > 0) throw tasksRemain(appError('relay.groupHasTasks', { name, count: tasks.length }), name, tasks);
  const question = ctx.t('cli.relays.confirmDeleteGroup', { group: `"${name}"`, project: group.project || '-', profile: await activeProfileName(ctx, 'volcengine') });
  const typed = await askLine(ctx.io, printable(question));
  if (!typed.trim()) throw new CliError('cli.declined', 'cli.error.relayDeleteDeclined', {}, ExitCode.notConfirmed);
  return typed;
}

/**
 * `lcr relays groups delete <name> [--confirm NAME] [--json]`: deletes for good, so the group's
 * name is the confirmation — typed on a terminal, `--confirm NAME` from a script (required without
 * a terminal: exit 3). The service refuses a name that does not match and a group that still has
 * tasks (exit 1, the tasks named); it is done when the cloud no longer lists the group.
 */
export const relayGroupsDeleteCommand: CommandRunner = async (ctx, args) => {
  const name = groupNameOf(args);
  const given = args.string('confirm');
  if (given === undefined && !ctx.io.interactive) {
    throw new CliError('cli.confirmationRequired', 'cli.error.relayGroupConfirmationRequired', { group: `"${name}"` }, ExitCode.notConfirmed);
  }
  checkRelayRequest('relays.deleteGroup', { name, confirmName: given ?? '' }, {}, groupFields);
  const confirmName = given ?? (await typedConfirmation(ctx, name));
  try {
    await sendRelayChange(ctx, changeOf(name), () => ctx.call('relays.deleteGroup', { name, confirmName }));
  } catch (thrown) {
    throw await withTasksNamed(ctx, thrown, name);
  }
  if (args.flag('json')) writeJson(ctx, { deleted: { name } });
  else say(ctx, ctx.t('cli.relays.groupDeleted', { group: `"${name}"` }));
  return ExitCode.ok;
};
