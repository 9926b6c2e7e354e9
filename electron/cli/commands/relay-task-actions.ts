import type { TaskRequest } from '../../../shared/domain/relay-desk';
import type { RelayTask } from '../../../shared/domain/relays';
import { CliError, ExitCode } from '../exit-codes';
import { askYesNo } from '../prompts';
import { relayStatusWord, relayTaskLabel } from '../relay-tables';
import { printable } from '../text-table';
import { writeJson, type CommandContext, type CommandRunner } from './command-context';
import { checkRelayRequest, listedTask, lookAtTasks, sendRelayChange } from './relay-calls';
import { activeProfileName } from './stream-commands';

// `lcr relays tasks stop|continue|delete`: the actions that change what goes on air, through the
// house's one confirmation rule — asked on a terminal (default No), refused without one unless
// `--yes` (exit 3, before anything is read). Each is done when the task as re-read shows it.

/** The three actions and their words. */
const actions = {
  stop: { required: 'cli.error.relayStopConfirmationRequired', question: 'cli.relays.confirmStop', waiting: 'cli.relays.stopping' },
  continue: { required: 'cli.error.relayContinueConfirmationRequired', question: 'cli.relays.confirmContinue', waiting: 'cli.relays.continuing' },
  delete: { required: 'cli.error.relayDeleteConfirmationRequired', question: 'cli.relays.confirmDeleteTask', waiting: 'cli.relays.deleting' },
} as const;

/** One of the on-air actions on a task. */
export type RelayTaskAction = keyof typeof actions;

/** A sentence on stdout, kept from driving the terminal (titles come from the cloud). */
const say = (ctx: CommandContext, text: string) => ctx.io.out(`${printable(text)}\n`);

/**
 * Asks before an on-air action, naming the task as listed, where it pushes and the profile it acts
 * as; a task already where a stop or continue would take it is said so (exit 1) before anything
 * is asked or sent.
 */
async function confirmAction(ctx: CommandContext, action: RelayTaskAction, request: TaskRequest): Promise<RelayTask> {
  const task = await listedTask(ctx, request.group, request.id);
  const label = relayTaskLabel(task);
  if (action === 'stop' && task.status === 'stopped') throw new CliError('relay.alreadyStopped', 'cli.error.relayAlreadyStopped', { task: label }, ExitCode.failed);
  if (action === 'continue' && task.status !== 'stopped' && task.status !== 'unknown') {
    throw new CliError('relay.notStopped', 'cli.error.relayNotStopped', { task: label, status: relayStatusWord(task, ctx.t) }, ExitCode.failed);
  }
  const params = { task: label, group: request.group, destination: task.destination ?? '-', profile: await activeProfileName(ctx, 'volcengine') };
  if (!(await askYesNo(ctx.io, printable(ctx.t(actions[action].question, params))))) throw new CliError('cli.declined', 'cli.error.relayDeclined', {}, ExitCode.notConfirmed);
  return task;
}

/** Sends the action and answers the task as re-read (a deleted one: null). */
async function send(ctx: CommandContext, action: RelayTaskAction, request: TaskRequest, target: string): Promise<RelayTask | null> {
  const change = { target, look: lookAtTasks(request.group) };
  if (action === 'stop') return sendRelayChange(ctx, change, () => ctx.call('relays.stopTask', request));
  if (action === 'continue') return sendRelayChange(ctx, change, () => ctx.call('relays.continueTask', request));
  await sendRelayChange(ctx, change, () => ctx.call('relays.deleteTask', request));
  return null;
}

/**
 * `lcr relays tasks stop|continue|delete <task-id> --group G [--yes] [--json]`: asked on a
 * terminal, `--yes` from a script (exit 3 without either). Prints the task's status as re-read
 * (a deleted task: that the cloud no longer lists it); one nobody could confirm is exit 4, Ctrl-C
 * while waiting exit 130 — both outcome unknown.
 */
export function relayTaskActionCommand(action: RelayTaskAction): CommandRunner {
  return async (ctx, args) => {
    const request: TaskRequest = { id: args.positionals[0] ?? '', group: args.string('group') ?? '' };
    const json = args.flag('json');
    if (!args.flag('yes') && !ctx.io.interactive) {
      throw new CliError('cli.confirmationRequired', actions[action].required, { task: request.id, group: request.group }, ExitCode.notConfirmed);
    }
    checkRelayRequest(`relays.${action}Task`, request);
    const label = args.flag('yes') ? request.id : relayTaskLabel(await confirmAction(ctx, action, request));
    if (!json) ctx.io.err(`${printable(ctx.t(actions[action].waiting, { task: label }))}\n`);
    const task = await send(ctx, action, request, label);
    if (json) writeJson(ctx, task ?? { deleted: request });
    else if (task) say(ctx, ctx.t(`cli.relays.${action === 'stop' ? 'stopped' : 'continued'}`, { task: relayTaskLabel(task), status: relayStatusWord(task, ctx.t) }));
    else say(ctx, ctx.t('cli.relays.taskDeleted', { task: label, group: request.group }));
    return ExitCode.ok;
  };
}
