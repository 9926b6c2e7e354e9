import { commandGroups, commandsOf, commandsUnder, commandWords, globalOptions, type ArgumentSpec, type CommandSpec, type GroupSpec, type OptionSpec } from './command-specs';
import { documentedExitCodes } from './exit-codes';
import type { HelpTopic } from './parse-command-line';
import { formatDefinitions } from './text-table';
import type { Translate } from '../../shared/i18n/translate';

export type { Translate } from '../../shared/i18n/translate';

/** How an option is written in help: `-h, --help`, `--name NAME`, `--signature v3|v1`, `--tag KEY=VALUE …`. */
export function optionTerm(name: string, spec: OptionSpec): string {
  const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}`;
  if (spec.type === 'boolean') return flag;
  return `${flag} ${spec.choices ? spec.choices.join('|') : (spec.value ?? 'VALUE')}${spec.repeatable ? ' …' : ''}`;
}

/** How an argument is written: `<studio-id>`, or `[<studio-id>]` when it may be left out. */
const argumentTerm = (argument: ArgumentSpec) => (argument.optional ? `[<${argument.name}>]` : `<${argument.name}>`);

/** How a repeatable trailing argument is written: `[Key=Value ...]`. */
const restTerm = (rest: ArgumentSpec) => `[${rest.name} ...]`;

/** How a command's option is written, by its name alone. */
function termOf(command: CommandSpec, name: string): string {
  const spec = command.options[name];
  return spec ? optionTerm(name, spec) : `--${name}`;
}

/** `(--code CODE | --hang)` for each pair of options of which one must be given. */
const eitherTerms = (command: CommandSpec): string[] => (command.oneOf ?? []).map((pair) => `(${pair.map((name) => termOf(command, name)).join(' | ')})`);

/** The words, arguments and required options a command line starts with. */
function usageHead(command: CommandSpec): string[] {
  const required = Object.entries(command.options)
    .filter(([, spec]) => spec.required)
    .map(([name, spec]) => optionTerm(name, spec));
  const args = [...command.arguments.map(argumentTerm), ...(command.rest ? [restTerm(command.rest)] : [])];
  return ['lcr', commandWords(command), ...args, ...required, ...eitherTerms(command)];
}

/** The one-line usage of a command, required options spelled out and the rest as `[options]`. */
export function synopsis(command: CommandSpec, t: Translate): string {
  return [...usageHead(command), `[${t('cli.help.options.placeholder')}]`].join(' ');
}

/** The usage of a command with every option it takes, the optional ones in brackets. */
export function fullSynopsis(command: CommandSpec): string {
  const given = new Set(command.oneOf?.flat());
  const optional = Object.entries(command.options)
    .filter(([name, spec]) => !spec.required && !given.has(name))
    .map(([name, spec]) => `[${optionTerm(name, spec)}]`);
  return [...usageHead(command), ...optional].join(' ');
}

function section(title: string, body: string): string {
  return `${title}:\n${body}`;
}

function optionList(options: Readonly<Record<string, OptionSpec>>, t: Translate): string {
  return formatDefinitions(Object.entries(options).map(([name, spec]) => [optionTerm(name, spec), t(spec.help)]));
}

function commandList(commands: readonly CommandSpec[], t: Translate): string {
  return formatDefinitions(commands.map((c) => [commandWords(c), t(c.summary)] as const));
}

/** Every option of the commands, once each, in the order they first appear. */
function optionsOf(commands: readonly CommandSpec[]): Record<string, OptionSpec> {
  const options: Record<string, OptionSpec> = {};
  for (const [name, spec] of commands.flatMap((c) => Object.entries(c.options))) options[name] ??= spec;
  return options;
}

/** A spelled-out group: each command's full usage with its summary beneath, then every option. */
function spelledOutHelp(group: GroupSpec, t: Translate, groups: readonly GroupSpec[]): string[] {
  const commands = commandsUnder(group, groups);
  const entries = commands.map((c) => `  ${fullSynopsis(c)}\n      ${t(c.summary)}`);
  const options = optionsOf(commands);
  return [
    t(group.summary),
    section(t('cli.help.commands'), entries.join('\n')),
    ...(Object.keys(options).length ? [section(t('cli.help.options'), optionList(options, t))] : []),
    ...(group.notes ?? []).map((note) => t(note)),
  ];
}

function commonSections(t: Translate): string[] {
  const exits = documentedExitCodes.map((code) => [String(code), t(`cli.exit.${code}`)] as const);
  return [section(t('cli.help.globalOptions'), optionList(globalOptions, t)), section(t('cli.help.exitCodes'), formatDefinitions(exits))];
}

function commandHelp(command: CommandSpec, t: Translate): string[] {
  const args = [
    ...command.arguments.map((a) => [argumentTerm(a), t(a.help)] as const),
    ...(command.rest ? [[restTerm(command.rest), t(command.rest.help)] as const] : []),
  ];
  return [
    t(command.summary),
    `${t('cli.help.usage')}: ${synopsis(command, t)}`,
    ...(args.length ? [section(t('cli.help.arguments'), formatDefinitions(args))] : []),
    ...(Object.keys(command.options).length ? [section(t('cli.help.options'), optionList(command.options, t))] : []),
    ...command.notes.map((note) => t(note)),
  ];
}

/**
 * The `--help` text of the tool, a group or a command, in the operator's language. Generated from
 * the command table, so the help can never list an option the parser does not accept.
 */
export function helpText(topic: HelpTopic, t: Translate, groups: readonly GroupSpec[] = commandGroups): string {
  let blocks: string[];
  if (topic.command) blocks = commandHelp(topic.command, t);
  else if (topic.group?.spelledOut) blocks = spelledOutHelp(topic.group, t, groups);
  else if (topic.group) {
    blocks = [
      t(topic.group.summary),
      `${t('cli.help.usage')}: lcr ${topic.group.name} <command> [${t('cli.help.options.placeholder')}]`,
      section(t('cli.help.commands'), commandList(commandsUnder(topic.group, groups), t)),
    ];
  } else {
    blocks = [
      t('cli.summary.lcr'),
      `${t('cli.help.usage')}: lcr <group> <command> [${t('cli.help.options.placeholder')}]`,
      section(t('cli.help.commands'), commandList(groups.flatMap(commandsOf), t)),
    ];
  }
  return `${[...blocks, ...commonSections(t), t('cli.help.more')].join('\n\n')}\n`;
}
