import { Provider } from '../../shared/domain/provider';
import type { MessageKey } from '../../shared/i18n/en';
import { drillGroup, rehearsalGroup } from './rehearsal-specs';
import { diagnosticsGroup } from './diagnostics-specs';
import { journalGroup } from './journal-specs';
import { relayGroups } from './relay-specs';
import { setupGroup } from './setup-specs';
import { streamGroups } from './stream-specs';
import { studiosGroup } from './studio-specs';

/** One option of a command. A name has the same type in every command, so argv tokenises once. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  help: MessageKey;
  /** What the value looks like in help (`NAME`); options with `choices` show those instead. */
  value?: string;
  choices?: readonly string[];
  required?: boolean;
  /** May be repeated, and each value may list several separated by commas. */
  multiple?: boolean;
  /**
   * May be repeated, each value taken whole, commas and all: for values that may hold a comma (a
   * tag's value, a file's address), where only repeating the option gives several.
   */
  repeatable?: boolean;
  short?: string;
}

/** One positional argument; every positional a command declares is required unless `optional`. */
export interface ArgumentSpec {
  name: string;
  help: MessageKey;
  /** May be left out (only the last one): `lcr studios copy --resume ID` names no studio. */
  optional?: boolean;
}

/** One command: its words, help text and grammar. Pure data, so parsing and help are testable. */
export interface CommandSpec {
  group: string;
  /** The command's word after the group's; `''` for the command a group's words alone run. */
  name: string;
  summary: MessageKey;
  arguments: readonly ArgumentSpec[];
  options: Readonly<Record<string, OptionSpec>>;
  conflicts: readonly (readonly [string, string])[];
  /** Pairs of options of which exactly one must be given (`--code` or `--hang`). */
  oneOf?: readonly (readonly [string, string])[];
  /** Extra paragraphs for `--help`. */
  notes: readonly MessageKey[];
  /** Any number of further positionals after the declared ones (`[Key=Value ...]`); none when absent. */
  rest?: ArgumentSpec;
}

/**
 * A command group (`lcr profiles …`). Its name may be several words: `rehearsal drill` is a group
 * nested in `rehearsal`, and the longest group a command line starts with is the one it means.
 */
export interface GroupSpec {
  name: string;
  summary: MessageKey;
  commands: readonly CommandSpec[];
  /** What the group's words alone run (`lcr rehearsal`); without it they are a missing command. */
  run?: CommandSpec;
  /**
   * Its commands use none of the desk's services — no data folder, settings, profiles or keychain —
   * so they run anywhere (a CI job, a fresh machine); they speak `--lang`'s language or the system's.
   */
  standalone?: boolean;
  /**
   * `--help` spells out every command under the group with all its options, and the group's
   * notes: for commands that are variations of one (the drill kinds), where a list of summaries
   * would send the operator through ten more `--help`s.
   */
  spelledOut?: boolean;
  /** Paragraphs for the group's `--help` when it is spelled out. */
  notes?: readonly MessageKey[];
}

/** A group whose words alone run its one command (`lcr streams`, `lcr journal`), spelled out in `--help`. */
export function oneCommandGroup(name: string, summary: MessageKey, run: Omit<CommandSpec, 'group' | 'name' | 'notes'>, notes: readonly MessageKey[]): GroupSpec {
  return { name, summary, commands: [], spelledOut: true, notes, run: { group: name, name: '', notes, ...run } };
}

/** The words of a group's name. */
export const groupWords = (group: GroupSpec): string[] => group.name.split(' ');

/** The words that run a command after `lcr` (`rehearsal drill cut`; `rehearsal` for a group's own). */
export const commandWords = (command: CommandSpec): string => [command.group, command.name].filter(Boolean).join(' ');

/** A group's own command, then its commands. */
export const commandsOf = (group: GroupSpec): CommandSpec[] => [...(group.run ? [group.run] : []), ...group.commands];

/** A group's commands, then those of the groups nested in it, in that order. */
export function commandsUnder(group: GroupSpec, groups: readonly GroupSpec[]): CommandSpec[] {
  const nested = groups.filter((g) => g.name.startsWith(`${group.name} `));
  return [group, ...nested].flatMap(commandsOf);
}

/** Options every command accepts. */
export const globalOptions: Readonly<Record<string, OptionSpec>> = {
  lang: { type: 'string', choices: ['zh-CN', 'en'], help: 'cli.option.lang' },
  verbose: { type: 'boolean', help: 'cli.option.verbose' },
  help: { type: 'boolean', short: 'h', help: 'cli.option.help' },
  version: { type: 'boolean', help: 'cli.option.version' },
};

const json: OptionSpec = { type: 'boolean', help: 'cli.option.json' };
const secretStdin: OptionSpec = { type: 'boolean', help: 'cli.option.secretStdin' };
const region: OptionSpec = { type: 'string', value: 'REGION', help: 'cli.option.region' };
const signature: OptionSpec = { type: 'string', choices: ['v3', 'v1'], help: 'cli.option.signature' };
const notes: OptionSpec = { type: 'string', value: 'TEXT', help: 'cli.option.notes' };
const stsExpires: OptionSpec = { type: 'string', value: 'ISO-8601', help: 'cli.option.stsExpires' };
const profileArgument: readonly ArgumentSpec[] = [{ name: 'name-or-id', help: 'cli.arg.profile' }];

const command = (spec: Omit<CommandSpec, 'group' | 'arguments' | 'conflicts' | 'notes'> & Partial<CommandSpec>): CommandSpec => ({
  group: 'profiles',
  arguments: [],
  conflicts: [],
  notes: [],
  ...spec,
});

/** `lcr profiles …`: the credential profiles of the desk, the same ones the app shows. */
export const profilesGroup: GroupSpec = {
  name: 'profiles',
  summary: 'cli.summary.profiles',
  commands: [
    command({ name: 'list', summary: 'cli.summary.profiles.list', options: { json } }),
    command({
      name: 'add',
      summary: 'cli.summary.profiles.add',
      options: {
        provider: { type: 'string', choices: ['aliyun', 'volcengine'], required: true, help: 'cli.option.provider' },
        name: { type: 'string', value: 'NAME', required: true, help: 'cli.option.name' },
        'access-key-id': { type: 'string', value: 'ID', required: true, help: 'cli.option.accessKeyId' },
        region,
        signature,
        endpoint: { type: 'string', value: 'URL', help: 'cli.option.endpoint' },
        notes,
        sts: { type: 'boolean', help: 'cli.option.sts' },
        'sts-expires': stsExpires,
        'secret-stdin': secretStdin,
      },
      notes: ['cli.help.secrets'],
    }),
    command({
      name: 'edit',
      summary: 'cli.summary.profiles.edit',
      arguments: profileArgument,
      options: {
        name: { type: 'string', value: 'NAME', help: 'cli.option.editName' },
        'access-key-id': { type: 'string', value: 'ID', help: 'cli.option.editAccessKeyId' },
        region,
        signature,
        endpoint: { type: 'string', value: 'URL', help: 'cli.option.editEndpoint' },
        notes,
        'rotate-secret': { type: 'boolean', help: 'cli.option.rotateSecret' },
        sts: { type: 'boolean', help: 'cli.option.editSts' },
        'no-sts': { type: 'boolean', help: 'cli.option.noSts' },
        'sts-expires': stsExpires,
        'secret-stdin': secretStdin,
      },
      conflicts: [
        ['sts', 'no-sts'],
        ['no-sts', 'sts-expires'],
      ],
      notes: ['cli.help.secrets'],
    }),
    command({
      name: 'remove',
      summary: 'cli.summary.profiles.remove',
      arguments: profileArgument,
      options: { yes: { type: 'boolean', help: 'cli.option.yes' } },
    }),
    command({ name: 'use', summary: 'cli.summary.profiles.use', arguments: profileArgument, options: {} }),
    command({
      name: 'import',
      summary: 'cli.summary.profiles.import',
      options: {
        from: { type: 'string', choices: ['aliyun-cli', 'volcengine-cli', 'env'], multiple: true, help: 'cli.option.from' },
        pick: { type: 'string', value: 'ID_OR_ORIGIN,…', multiple: true, help: 'cli.option.pick' },
        all: { type: 'boolean', help: 'cli.option.all' },
        json,
      },
      conflicts: [['pick', 'all']],
    }),
  ],
};

const callOptions = (provider: Provider): Readonly<Record<string, OptionSpec>> => ({
  profile: { type: 'string', value: 'NAME', help: 'cli.option.profile' },
  body: { type: 'string', value: 'JSON', help: 'cli.option.body' },
  method: { type: 'string', choices: ['GET', 'POST'], help: 'cli.option.method' },
  endpoint: { type: 'string', value: 'URL', help: 'cli.option.callEndpoint' },
  region: { type: 'string', value: 'REGION', help: `cli.option.callRegion.${provider}` },
  ...(provider === 'aliyun' ? { signature: { type: 'string', choices: ['v1', 'v3'], help: 'cli.option.callSignature' } as const } : {}),
  'print-curl': { type: 'boolean', help: 'cli.option.printCurl' },
  json: { type: 'boolean', help: 'cli.option.callJson' },
});

/**
 * `lcr call aliyun|volcengine <action> [Key=Value ...]`: one raw, signed API call. The cloud is the
 * command word rather than an argument, so each cloud's help lists only the options it takes
 * (`--signature` is Alibaba's alone) and the parser refuses the others.
 */
export const callGroup: GroupSpec = {
  name: 'call',
  summary: 'cli.summary.call',
  commands: Provider.options.map((provider) => ({
    group: 'call',
    name: provider,
    summary: `cli.summary.call.${provider}`,
    arguments: [{ name: 'action', help: 'cli.arg.action' }],
    rest: { name: 'Key=Value', help: 'cli.arg.param' },
    options: callOptions(provider),
    conflicts: [],
    notes: ['cli.help.call.params', 'cli.help.call.values', 'cli.help.call.credentials', 'cli.help.call.unknownActions', 'cli.help.call.curl'],
  })),
};

/** Every group of `lcr`, in the order `lcr --help` lists them. */
export const commandGroups: readonly GroupSpec[] = [profilesGroup, ...streamGroups, studiosGroup, ...relayGroups, journalGroup, diagnosticsGroup, setupGroup, callGroup, rehearsalGroup, drillGroup];
