import type { ErrorParams } from '../../shared/errors/app-error';
import type { MessageKey } from '../../shared/i18n/en';
import { commandGroups, globalOptions, type ArgumentSpec, type CommandSpec, type GroupSpec, type OptionSpec } from './command-specs';
import { documentedExitCodes } from './exit-codes';
import type { HelpTopic } from './parse-command-line';
import { formatDefinitions } from './text-table';

/** Catalogue lookup in the chosen locale. */
export type Translate = (key: MessageKey, params?: ErrorParams) => string;

/** How an option is written in help: `-h, --help`, `--name NAME`, `--signature v3|v1`. */
export function optionTerm(name: string, spec: OptionSpec): string {
  const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}`;
  if (spec.type === 'boolean') return flag;
  return `${flag} ${spec.choices ? spec.choices.join('|') : (spec.value ?? 'VALUE')}`;
}

/** How a repeatable trailing argument is written: `[Key=Value ...]`. */
const restTerm = (rest: ArgumentSpec) => `[${rest.name} ...]`;

/** The one-line usage of a command, required options spelled out and the rest as `[options]`. */
export function synopsis(command: CommandSpec, t: Translate): string {
  const required = Object.entries(command.options)
    .filter(([, spec]) => spec.required)
    .map(([name, spec]) => optionTerm(name, spec));
  const args = [...command.arguments.map((a) => `<${a.name}>`), ...(command.rest ? [restTerm(command.rest)] : [])];
  return ['lcr', command.group, command.name, ...args, ...required, `[${t('cli.help.options.placeholder')}]`].join(' ');
}

function section(title: string, body: string): string {
  return `${title}:\n${body}`;
}

function optionList(options: Readonly<Record<string, OptionSpec>>, t: Translate): string {
  return formatDefinitions(Object.entries(options).map(([name, spec]) => [optionTerm(name, spec), t(spec.help)]));
}

function commandList(groups: readonly GroupSpec[], t: Translate): string {
  return formatDefinitions(groups.flatMap((g) => g.commands.map((c) => [`${g.name} ${c.name}`, t(c.summary)] as const)));
}

function commonSections(t: Translate): string[] {
  const exits = documentedExitCodes.map((code) => [String(code), t(`cli.exit.${code}`)] as const);
  return [section(t('cli.help.globalOptions'), optionList(globalOptions, t)), section(t('cli.help.exitCodes'), formatDefinitions(exits))];
}

function commandHelp(command: CommandSpec, t: Translate): string[] {
  const args = [
    ...command.arguments.map((a) => [`<${a.name}>`, t(a.help)] as const),
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
  else if (topic.group) {
    blocks = [
      t(topic.group.summary),
      `${t('cli.help.usage')}: lcr ${topic.group.name} <command> [${t('cli.help.options.placeholder')}]`,
      section(t('cli.help.commands'), commandList([topic.group], t)),
    ];
  } else {
    blocks = [
      t('cli.summary.lcr'),
      `${t('cli.help.usage')}: lcr <group> <command> [${t('cli.help.options.placeholder')}]`,
      section(t('cli.help.commands'), commandList(groups, t)),
    ];
  }
  return `${[...blocks, ...commonSections(t), t('cli.help.more')].join('\n\n')}\n`;
}
