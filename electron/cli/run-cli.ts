import { drillKinds } from '../../shared/domain/rehearsal';
import type { Locale } from '../../shared/domain/settings';
import { translate } from '../../shared/i18n/translate';
import type { LogSink } from '../log';
import { createCliIo, type CliIo, type CliStreams } from './cli-io';
import { cliLocale } from './cli-locale';
import type { Call, CliServices } from './cli-services';
import { commandWords, type GroupSpec } from './command-specs';
import { callCommand } from './commands/call-command';
import type { CommandContext, CommandRunner } from './commands/command-context';
import { profilesAdd, profilesEdit, profilesList, profilesRemove, profilesUse } from './commands/profiles-commands';
import { profilesImport } from './commands/profiles-import';
import { drillCommand } from './commands/rehearsal-drill';
import { rehearsalRun } from './commands/rehearsal-run';
import { relayGroupsCreateCommand, relayGroupsDeleteCommand, relayGroupsListCommand, relayGroupsUpdateCommand } from './commands/relay-group-commands';
import { relayTaskActionCommand } from './commands/relay-task-actions';
import { relayTasksCreateCommand, relayTasksListCommand, relayTasksUpdateCommand } from './commands/relay-task-commands';
import { streamsCommand, switchCommand, upstreamsCommand } from './commands/stream-commands';
import { studiosConfigureCommand, studiosCreateCommand, studiosDeleteCommand, studiosListCommand, studiosOnAirCommand } from './commands/studio-commands';
import { diagnosticsCommand } from './commands/diagnostics-command';
import { journalCommand } from './commands/journal-command';
import { setupExportCommand, setupImportCommand } from './commands/setup-commands';
import { studiosCopyCommand } from './commands/studio-copy-command';
import { ExitCode, exitCodeFor, type CliError } from './exit-codes';
import { helpText, type Translate } from './help-text';
import { parseCommandLine, type Globals, type HelpTopic, type ParseOutcome } from './parse-command-line';
import { failureJson, failureMessage, failureText } from './report-error';

/** What `lcr` needs from the process it runs in; tests of the wiring pass their own. */
export interface CliHost {
  streams: CliStreams;
  env: Readonly<Record<string, string | undefined>>;
  version: string;
  now(): Date;
  /** Builds the services on first use; `--help` in a fixed language never opens the data folder. */
  openServices(logSink: LogSink): CliServices;
  /** Listens for Ctrl-C (SIGINT) until the returned function is called. */
  onInterrupt(listener: () => void): () => void;
  /** Listens for SIGINT and SIGTERM until the returned function is called. */
  onStop(listener: () => void): () => void;
}

/** Each command's behaviour, by its words. */
const runners: Readonly<Record<string, CommandRunner>> = {
  'profiles list': profilesList,
  'profiles add': profilesAdd,
  'profiles edit': profilesEdit,
  'profiles remove': profilesRemove,
  'profiles use': profilesUse,
  'profiles import': profilesImport,
  streams: streamsCommand,
  upstreams: upstreamsCommand,
  switch: switchCommand,
  'studios list': studiosListCommand,
  'studios copy': studiosCopyCommand(),
  'studios create': studiosCreateCommand,
  'studios configure': studiosConfigureCommand,
  'studios start': studiosOnAirCommand('start'),
  'studios stop': studiosOnAirCommand('stop'),
  'studios delete': studiosDeleteCommand,
  'relays groups list': relayGroupsListCommand,
  'relays groups create': relayGroupsCreateCommand,
  'relays groups update': relayGroupsUpdateCommand,
  'relays groups delete': relayGroupsDeleteCommand,
  'relays tasks list': relayTasksListCommand,
  'relays tasks create': relayTasksCreateCommand,
  'relays tasks update': relayTasksUpdateCommand,
  'relays tasks stop': relayTaskActionCommand('stop'),
  'relays tasks continue': relayTaskActionCommand('continue'),
  'relays tasks delete': relayTaskActionCommand('delete'),
  journal: journalCommand,
  diagnostics: diagnosticsCommand,
  'setup export': setupExportCommand,
  'setup import': setupImportCommand,
  'call aliyun': callCommand('aliyun'),
  'call volcengine': callCommand('volcengine'),
  rehearsal: rehearsalRun(),
  ...Object.fromEntries(drillKinds.map((kind) => [`rehearsal drill ${kind}`, drillCommand(kind)])),
};

/** The group a command line is about, if any: a standalone group never opens the desk's services. */
function groupOf(outcome: ParseOutcome): GroupSpec | undefined {
  if (outcome.kind === 'run') return outcome.group;
  return outcome.kind === 'version' ? undefined : outcome.topic.group;
}

async function chooseLocale(globals: Globals, call: Call, env: CliHost['env'], standalone: boolean): Promise<Locale> {
  if (globals.lang) return globals.lang;
  // A standalone command (the rehearsal cloud) must run where there is no data folder to read the
  // desk's setting from, so it speaks the system's language: the setting's own default.
  if (standalone) return cliLocale(undefined, 'system', env);
  try {
    return cliLocale(undefined, (await call('settings.get', {})).language, env);
  } catch {
    // Unreadable settings still need a language to say so in: the system's. The command that
    // follows meets the same failure and reports it.
    return cliLocale(undefined, 'system', env);
  }
}

function topicCommand(topic: HelpTopic): string {
  return ['lcr', topic.command ? commandWords(topic.command) : topic.group?.name].filter(Boolean).join(' ');
}

function reportFailure(io: CliIo, t: Translate, globals: Globals, thrown: unknown): void {
  io.err(globals.json ? failureJson(thrown) : failureText(thrown, t, globals.verbose));
}

/**
 * Start-up problems the services found (a damaged settings file moved aside), as warnings: opening
 * the data folder from `lcr` can be what moves the file, and the operator must hear about it.
 */
async function reportNotices(io: CliIo, t: Translate, call: Call): Promise<void> {
  for (const notice of await call('app.notices', {})) io.err(`${t('cli.warning', { message: failureMessage(notice, t) })}\n`);
}

function reportUsage(io: CliIo, t: Translate, globals: Globals, error: CliError, topic: HelpTopic): void {
  reportFailure(io, t, globals, error);
  if (globals.json) return;
  if (error.key === 'cli.usage.missingCommand') io.err(`\n${helpText(topic, t)}`);
  else io.err(`lcr: ${t('cli.usage.seeHelp', { command: topicCommand(topic) })}\n`);
}

/**
 * Runs one `lcr` command line and returns its exit code; never throws. Results go to stdout,
 * everything else to stderr; the services' log lines only with `--verbose` (to stderr), so stdout
 * holds nothing but the result. The language is chosen before anything is printed, so help, usage
 * mistakes and failures all read in the same language as the results.
 */
export async function runCli(argv: readonly string[], host: CliHost): Promise<ExitCode> {
  const io = createCliIo(host.streams);
  const outcome = parseCommandLine(argv);
  const { globals } = outcome;
  const logSink: LogSink = globals.verbose ? (line) => io.err(`${line}\n`) : () => undefined;
  let services: CliServices | undefined;
  const open = () => (services ??= host.openServices(logSink));
  const call: Call = async (channel, request) => open().call(channel, request);
  const standalone = groupOf(outcome)?.standalone === true;
  try {
    const locale = await chooseLocale(globals, call, host.env, standalone);
    const t: Translate = (key, params) => translate(locale, key, params);
    const { onInterrupt, onStop, now, env } = host;
    const context: CommandContext = { io, t, call, cloud: () => open().cloud, env, onInterrupt, onStop, now };
    return await runOutcome(outcome, context, { globals, version: host.version, standalone });
  } finally {
    // The keep-alive pool would otherwise hold the process open after a cloud call.
    await services?.close();
  }
}

/** What shapes how a command line is answered, besides the command itself. */
interface RunSettings {
  globals: Globals;
  version: string;
  /** The command uses none of the desk's services, so there are no start-up notices to read. */
  standalone: boolean;
}

/** Answers what the command line asked for, in the chosen language. */
async function runOutcome(outcome: ParseOutcome, ctx: CommandContext, { globals, version, standalone }: RunSettings): Promise<ExitCode> {
  const { io, t, call } = ctx;
  switch (outcome.kind) {
    case 'help':
      io.out(helpText(outcome.topic, t));
      return ExitCode.ok;
    case 'version':
      io.out(`${version}\n`);
      return ExitCode.ok;
    case 'usage':
      reportUsage(io, t, globals, outcome.error, outcome.topic);
      return ExitCode.usage;
    case 'run': {
      const words = commandWords(outcome.command);
      const runner = runners[words];
      try {
        if (!runner) throw new Error(`no runner for ${words}`);
        if (!globals.json && !standalone) await reportNotices(io, t, call);
        return await runner(ctx, outcome.args);
      } catch (thrown) {
        reportFailure(io, t, globals, thrown);
        return exitCodeFor(thrown);
      }
    }
  }
}
