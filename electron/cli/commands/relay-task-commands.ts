import { tasksOfGroup } from '../../../shared/domain/relay-desk';
import { validateRelayTaskDraft } from '../../../shared/domain/relay-validation';
import type { RelayTask } from '../../../shared/domain/relays';
import { CliError, ExitCode, usageError } from '../exit-codes';
import { newTaskRequest, readTaskOptions, updatedTaskRequest } from '../relay-options';
import { relayTaskDetails, relayTaskLabel, relayTasksTable } from '../relay-tables';
import { printable } from '../text-table';
import { writeJson, type CommandContext, type CommandRunner } from './command-context';
import { checkRelayRequest, listedRelays, listedTask, lookAtTasks, sendRelayChange } from './relay-calls';

// `lcr relays tasks list|create|update`: a group's pull-to-push tasks on the command line, for the
// active Volcengine profile, through the screen's contract calls. Times are read in either zone
// (time-arguments.ts) and printed in both; a change is printed as the cloud lists the task again.
// The on-air actions (stop, continue, delete) are in relay-task-actions.ts.

/** A sentence on stdout, kept from driving the terminal (titles come from the cloud). */
const say = (ctx: CommandContext, text: string) => ctx.io.out(`${printable(text)}\n`);

/** A task as a change's messages name it before it has an id: its title, else where it pushes (without the query, which may hold a key). */
const newTaskTarget = (request: { title?: string; destination: string }): string => (request.title ? `"${request.title}"` : (request.destination.split('?')[0] ?? ''));

/** A task printed after a change: the sentence, then its settings as re-read (or the task as JSON). */
function printTask(ctx: CommandContext, json: boolean, sentence: string, task: RelayTask): void {
  if (json) return writeJson(ctx, task);
  say(ctx, sentence);
  ctx.io.out(relayTaskDetails(task, ctx.t));
}

/**
 * `lcr relays tasks list [<group>] [--json]`: the tasks of one group, or of every group (then with
 * a group column), as the cloud lists them now; `--json` gives them as the contract does. A group
 * the account does not have is exit 1, so a mistyped name is not mistaken for an empty schedule.
 */
export const relayTasksListCommand: CommandRunner = async (ctx, args) => {
  const group = args.positionals[0];
  const view = await listedRelays(ctx);
  const tasks = group === undefined ? view.tasks : tasksOfGroup(view, group);
  if (group !== undefined && tasks.length === 0 && !view.groups.some((listed) => listed.name === group)) {
    throw new CliError('relay.notFound', 'cli.error.relayGroupNotFound', { group }, ExitCode.failed);
  }
  if (args.flag('json')) writeJson(ctx, tasks);
  else if (tasks.length > 0) ctx.io.out(relayTasksTable(tasks, ctx.t, group === undefined));
  else say(ctx, group === undefined ? ctx.t('cli.relays.noTasks') : ctx.t('cli.relays.noTasksInGroup', { group }));
  return ExitCode.ok;
};

/**
 * `lcr relays tasks create --group G --start TIME --end TIME (--source URL | --vod URL …)
 * --destination DEST [--title T] [--loops N|until-end] [--callback URL] [--json]`: checked with the
 * screen's rules (a window of at most seven days, one live source or 1–30 files), then printed as
 * the cloud lists it, its times in this terminal's zone and in UTC.
 */
export const relayTasksCreateCommand: CommandRunner = async (ctx, args) => {
  const group = args.string('group') ?? '';
  const request = newTaskRequest(group, readTaskOptions(args));
  checkRelayRequest('relays.createTask', request, validateRelayTaskDraft(request));
  const task = await sendRelayChange(ctx, { target: newTaskTarget(request), look: lookAtTasks(group) }, () => ctx.call('relays.createTask', request));
  printTask(ctx, args.flag('json'), ctx.t('cli.relays.taskCreated', { task: relayTaskLabel(task), group }), task);
  return ExitCode.ok;
};

/**
 * `lcr relays tasks update <task-id> --group G [settings…] [--json]`: the cloud replaces a task's
 * settings whole, so the task is read as listed and only the options given are changed; printed
 * as the cloud lists it afterwards.
 */
export const relayTasksUpdateCommand: CommandRunner = async (ctx, args) => {
  const id = args.positionals[0] ?? '';
  const group = args.string('group') ?? '';
  const given = readTaskOptions(args);
  if (Object.keys(given).length === 0) throw usageError('cli.usage.nothingToChange');
  const current = await listedTask(ctx, group, id);
  const request = updatedTaskRequest(current, group, given);
  checkRelayRequest('relays.updateTask', request, validateRelayTaskDraft(request));
  const task = await sendRelayChange(ctx, { target: relayTaskLabel(current), look: lookAtTasks(group) }, () => ctx.call('relays.updateTask', request));
  printTask(ctx, args.flag('json'), ctx.t('cli.relays.taskUpdated', { task: relayTaskLabel(task), group }), task);
  return ExitCode.ok;
};
