import { randomUUID } from 'node:crypto';
import { CreatableStudioType, type Studio, type StudioConfig } from '../../../shared/domain/studios';
import { appError } from '../../../shared/errors/app-error';
import { CliError, CommandFailure, ExitCode } from '../exit-codes';
import type { ParsedArgs } from '../parse-command-line';
import { askLine, askYesNo } from '../prompts';
import { configText, studioLabel, studiosTable } from '../studio-tables';
import { printable } from '../text-table';
import { writeJson, type CommandContext, type CommandRunner } from './command-context';
import { activeProfileName } from './stream-commands';
import { checkRequest, listedStudio, listedStudios, sendChange } from './studio-calls';

// `lcr studios list|create|configure|start|stop|delete`: the Studios screen on the command line,
// for the active Alibaba Cloud profile, through the same contract calls. Every change is the
// service's (confirmed by re-reading before it answers); these commands check the request, ask
// where the screen asks, and say how it ended. Copies are in studio-copy-command.ts.

/** The studio a command line names (the parser has made sure there is one). */
const studioIdOf = (args: ParsedArgs): string => args.positionals[0] ?? '';

/** A sentence on stdout, kept from driving the terminal (names come from the cloud). */
const say = (ctx: CommandContext, text: string) => ctx.io.out(`${printable(text)}\n`);
/** A sentence on stderr, for what is not the result. */
const note = (ctx: CommandContext, text: string) => ctx.io.err(`${printable(text)}\n`);

/**
 * `lcr studios list [--status idle|running] [--json]`: every studio as the cloud lists it now (all
 * pages), or those in one state; `--json` gives them as the contract does (Studio[]). A listing
 * that failed is exit 1 with its reason: nothing older is shown as if it were current.
 */
export const studiosListCommand: CommandRunner = async (ctx, args) => {
  const status = args.string('status');
  const studios = (await listedStudios(ctx)).filter((studio) => status === undefined || studio.status === status);
  if (args.flag('json')) writeJson(ctx, studios);
  else if (studios.length > 0) ctx.io.out(studiosTable(studios, ctx.t));
  else if (status === 'idle' || status === 'running') say(ctx, ctx.t('cli.studios.noneWithStatus', { status: ctx.t(`cli.studio.status.${status}`) }));
  else say(ctx, ctx.t('cli.studios.none'));
  return ExitCode.ok;
};

/**
 * `lcr studios create --name NAME [--type normal|playlist] [--json]`: a pay-as-you-go studio, its
 * token made once for this run, printed once the cloud lists it.
 */
export const studiosCreateCommand: CommandRunner = async (ctx, args) => {
  const name = args.string('name') ?? '';
  const type = CreatableStudioType.parse(args.string('type') ?? 'normal');
  const request = checkRequest('studios.create', { type, name, clientToken: randomUUID() });
  const studio = await sendChange(ctx, { action: 'create', studioId: '', name }, () => ctx.call('studios.create', request));
  if (args.flag('json')) writeJson(ctx, studio);
  else say(ctx, ctx.t('cli.studios.created', { studio: studioLabel(studio) }));
  return ExitCode.ok;
};

/**
 * `lcr studios configure <studio-id> [--name NAME] [--domain DOMAIN] [--json]`: without options,
 * the studio's name and output domain; with them, the change written back over the configuration
 * as read, and what the cloud reads back afterwards (`--domain ''` clears the domain).
 */
export const studiosConfigureCommand: CommandRunner = async (ctx, args) => {
  const studioId = studioIdOf(args);
  const name = args.string('name');
  const domainName = args.string('domain');
  let config: StudioConfig;
  if (name === undefined && domainName === undefined) {
    config = await ctx.call('studios.config', checkRequest('studios.config', { studioId }));
  } else {
    const request = checkRequest('studios.configure', { studioId, ...(name === undefined ? {} : { name }), ...(domainName === undefined ? {} : { domainName }) });
    config = await sendChange(ctx, { action: 'configure', studioId }, () => ctx.call('studios.configure', request));
    if (!args.flag('json')) note(ctx, ctx.t('cli.studios.configured', { id: studioId }));
  }
  if (args.flag('json')) writeJson(ctx, config);
  else ctx.io.out(configText(config, ctx.t));
  return ExitCode.ok;
};

/** What start and stop each aim at, and their words. */
const onAir = {
  start: { expected: 'running', already: 'running', question: 'cli.studios.confirmStart', waiting: 'cli.studios.starting', done: 'cli.studios.started' },
  stop: { expected: 'idle', already: 'idle', question: 'cli.studios.confirmStop', waiting: 'cli.studios.stopping', done: 'cli.studios.stopped' },
} as const;

/**
 * Asks before an on-air action, naming the studio as listed and the profile it acts as; a studio
 * already where the action would take it is said so (exit 1) before anything is asked or sent.
 */
async function confirmOnAir(ctx: CommandContext, action: 'start' | 'stop', studioId: string): Promise<Studio> {
  const studio = await listedStudio(ctx, studioId);
  const label = studioLabel(studio);
  if (action === 'start' && studio.status === 'running') throw new CliError('studio.running', 'cli.error.alreadyRunning', { studio: label }, ExitCode.failed);
  if (action === 'stop' && studio.status === 'idle') throw new CliError('studio.notRunning', 'cli.error.notRunning', { studio: label }, ExitCode.failed);
  const question = ctx.t(onAir[action].question, { studio: label, profile: await activeProfileName(ctx, 'aliyun') });
  if (!(await askYesNo(ctx.io, printable(question)))) throw new CliError('cli.declined', 'cli.error.studioDeclined', {}, ExitCode.notConfirmed);
  return studio;
}

/**
 * `lcr studios start|stop <studio-id> [--yes] [--json]`: an on-air action, as the screen's: asked
 * on a terminal (default No), refused with no terminal unless `--yes` (exit 3, before anything is
 * read). Done when the studio as re-read is in the new state; a re-read that shows otherwise is
 * outcome unknown (exit 4).
 */
export function studiosOnAirCommand(action: 'start' | 'stop'): CommandRunner {
  const words = onAir[action];
  return async (ctx, args) => {
    const studioId = studioIdOf(args);
    const json = args.flag('json');
    if (!args.flag('yes') && !ctx.io.interactive) {
      throw new CliError('cli.confirmationRequired', `cli.error.${action}ConfirmationRequired`, { studio: studioId }, ExitCode.notConfirmed);
    }
    const request = checkRequest(`studios.${action}`, { studioId });
    const name = args.flag('yes') ? undefined : (await confirmOnAir(ctx, action, studioId)).name;
    if (!json) note(ctx, ctx.t(words.waiting, { studio: studioLabel({ id: studioId, name }) }));
    const studio = await sendChange(ctx, { action, studioId, name }, () => (action === 'start' ? ctx.call('studios.start', request) : ctx.call('studios.stop', request)));
    if (studio.status !== words.expected) {
      const params = { studio: studioLabel(studio), status: ctx.t(`cli.studio.status.${studio.status}`), expected: ctx.t(`cli.studio.status.${words.expected}`) };
      throw new CliError('cli.studioUnconfirmed', 'cli.error.studioUnconfirmed', params, ExitCode.outcomeUnknown);
    }
    if (json) writeJson(ctx, studio);
    else say(ctx, ctx.t(words.done, { studio: studioLabel(studio) }));
    return ExitCode.ok;
  };
}

/**
 * The name that confirms a delete, typed on the terminal after the studio is named. A running
 * studio is refused before anything is typed (stop it first); an empty answer deletes nothing.
 */
async function typedConfirmation(ctx: CommandContext, studioId: string): Promise<{ name: string; typed: string }> {
  const studio = await listedStudio(ctx, studioId);
  if (studio.status === 'running') throw new CommandFailure(appError('studio.running'), ExitCode.failed, { key: 'cli.studios.stopFirst', params: { id: studio.id } });
  const typed = await askLine(ctx.io, printable(ctx.t('cli.studios.confirmDelete', { studio: studioLabel(studio), profile: await activeProfileName(ctx, 'aliyun') })));
  if (!typed.trim()) throw new CliError('cli.declined', 'cli.error.deleteDeclined', {}, ExitCode.notConfirmed);
  return { name: studio.name, typed };
}

/**
 * `lcr studios delete <studio-id> [--confirm NAME] [--json]`: deletes for good, so the studio's
 * name is the confirmation — typed on a terminal, `--confirm NAME` from a script (required without
 * a terminal: exit 3). The service refuses a name that does not match and a running studio
 * (exit 1); it is done when the cloud no longer lists the studio.
 */
export const studiosDeleteCommand: CommandRunner = async (ctx, args) => {
  const studioId = studioIdOf(args);
  const given = args.string('confirm');
  if (given === undefined && !ctx.io.interactive) {
    throw new CliError('cli.confirmationRequired', 'cli.error.deleteConfirmationRequired', { studio: studioId }, ExitCode.notConfirmed);
  }
  checkRequest('studios.delete', { studioId, confirmName: given ?? '' });
  const { name, typed } = given === undefined ? await typedConfirmation(ctx, studioId) : { name: given, typed: given };
  await sendChange(ctx, { action: 'delete', studioId, name }, () => ctx.call('studios.delete', { studioId, confirmName: typed }));
  if (args.flag('json')) writeJson(ctx, { deleted: { id: studioId, name } });
  else say(ctx, ctx.t('cli.studios.deleted', { studio: studioLabel({ id: studioId, name }) }));
  return ExitCode.ok;
};
