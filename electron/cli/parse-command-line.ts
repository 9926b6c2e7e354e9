import { parseArgs } from 'node:util';
import { Locale } from '../../shared/domain/settings';
import { CliError, usageError } from './exit-codes';
import { commandGroups, commandsOf, globalOptions, groupWords, type CommandSpec, type GroupSpec, type OptionSpec } from './command-specs';

/** The options and arguments of one command line, after checking them against the command. */
export interface ParsedArgs {
  positionals: readonly string[];
  /** A string option's value, or undefined when it was not given (`''` when given empty). */
  string(name: string): string | undefined;
  /** A repeatable option's values in the order given (those of a `multiple` one split at commas). */
  list(name: string): readonly string[];
  /** Whether a boolean option was given. */
  flag(name: string): boolean;
}

/** The values collected while walking the tokens, by option name. */
interface ArgValues {
  strings: Map<string, string>;
  lists: Map<string, string[]>;
  flags: Set<string>;
}

const hasOption = (values: ArgValues, name: string) => values.strings.has(name) || values.lists.has(name) || values.flags.has(name);

function toParsedArgs(values: ArgValues, positionals: readonly string[]): ParsedArgs {
  return {
    positionals,
    string: (name) => values.strings.get(name),
    list: (name) => values.lists.get(name) ?? [],
    flag: (name) => values.flags.has(name),
  };
}

/** What `--help` or a usage error is about: the whole tool, a group, or one command. */
export interface HelpTopic {
  group?: GroupSpec;
  command?: CommandSpec;
}

/** Options that shape how anything is reported, read even when the rest of the line is wrong. */
export interface Globals {
  lang: Locale | undefined;
  verbose: boolean;
  /** `--json` was given to a command that has it: errors are reported as JSON too. */
  json: boolean;
}

/** What the command line asks for. Parsing never throws: a mistake is a `usage` outcome. */
export type ParseOutcome = { globals: Globals } & (
  | { kind: 'help'; topic: HelpTopic }
  | { kind: 'version' }
  | { kind: 'run'; group: GroupSpec; command: CommandSpec; args: ParsedArgs }
  | { kind: 'usage'; error: CliError; topic: HelpTopic }
);

type OptionToken = { kind: 'option'; name: string; rawName: string; value: string | undefined; inlineValue: boolean | undefined };

/** Every option of every command, for the one tokenising pass; a name must mean one type everywhere. */
export function tokeniserOptions(groups: readonly GroupSpec[]): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  const union: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  const all = [globalOptions, ...groups.flatMap((g) => commandsOf(g).map((c) => c.options))];
  for (const [name, spec] of all.flatMap((options) => Object.entries(options))) {
    const known = union[name];
    if (known && known.type !== spec.type) throw new Error(`option --${name} is both ${known.type} and ${spec.type}`);
    union[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  return union;
}

/** What the command words name, and how many of them they used: the rest are arguments. */
interface FoundTopic {
  topic: HelpTopic;
  /** The command to run: the one named, else the group's own (`lcr rehearsal`). */
  command?: CommandSpec;
  used: number;
  error?: CliError;
}

/** The group the words start with; the longest wins, so `rehearsal drill` beats `rehearsal`. */
function findGroup(words: readonly string[], groups: readonly GroupSpec[]): GroupSpec | undefined {
  const matching = groups.filter((g) => groupWords(g).every((word, i) => words[i] === word));
  return matching.sort((a, b) => groupWords(b).length - groupWords(a).length)[0];
}

function findTopic(words: readonly string[], groups: readonly GroupSpec[]): FoundTopic {
  const [groupWord] = words;
  if (groupWord === undefined) return { topic: {}, used: 0 };
  const group = findGroup(words, groups);
  if (!group) return { topic: {}, used: 0, error: usageError('cli.usage.unknownCommand', { command: groupWord }) };
  const used = groupWords(group).length;
  const commandWord = words[used];
  if (commandWord === undefined) return { topic: { group }, command: group.run, used };
  const command = group.commands.find((c) => c.name === commandWord);
  // A group whose own command takes arguments (`lcr switch <stream>`) reads the next word as one.
  if (!command && group.run && (group.run.arguments.length > 0 || group.run.rest)) return { topic: { group }, command: group.run, used };
  if (!command) return { topic: { group }, used, error: usageError('cli.usage.unknownCommand', { command: `${group.name} ${commandWord}` }) };
  return { topic: { group, command }, command, used: used + 1 };
}

function readGlobals(options: readonly OptionToken[], command: CommandSpec | undefined): Globals {
  const lang = options.findLast((t) => t.name === 'lang')?.value;
  const parsedLang = Locale.safeParse(lang);
  return {
    lang: parsedLang.success ? parsedLang.data : undefined,
    verbose: options.some((t) => t.name === 'verbose'),
    json: command?.options.json !== undefined && options.some((t) => t.name === 'json'),
  };
}

function collect(token: OptionToken, spec: OptionSpec, values: ArgValues): void {
  const option = `--${token.name}`;
  if (spec.type === 'boolean') {
    if (token.value !== undefined) throw usageError('cli.usage.unexpectedValue', { option });
    values.flags.add(token.name);
    return;
  }
  const value = token.value;
  if (value === undefined || (!token.inlineValue && value.length > 1 && value.startsWith('-'))) {
    throw usageError('cli.usage.missingValue', { option });
  }
  const items = spec.multiple ? value.split(',').map((v) => v.trim()).filter(Boolean) : [value];
  const bad = spec.choices ? items.find((v) => !spec.choices?.includes(v)) : undefined;
  if (bad !== undefined || (spec.choices && items.length === 0)) {
    throw usageError('cli.usage.invalidValue', { option, allowed: (spec.choices ?? []).join(', ') });
  }
  if (spec.multiple || spec.repeatable) values.lists.set(token.name, [...(values.lists.get(token.name) ?? []), ...items]);
  else if (values.strings.has(token.name)) throw usageError('cli.usage.repeatedOption', { option });
  else values.strings.set(token.name, value);
}

function checkCommand(command: CommandSpec, values: ArgValues, positionals: readonly string[]): void {
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && !hasOption(values, name)) throw usageError('cli.usage.missingOption', { option: `--${name}` });
  }
  for (const [a, b] of [...command.conflicts, ...(command.oneOf ?? [])]) {
    if (hasOption(values, a) && hasOption(values, b)) throw usageError('cli.usage.conflict', { option: `--${a}`, other: `--${b}` });
  }
  for (const [a, b] of command.oneOf ?? []) {
    if (!hasOption(values, a) && !hasOption(values, b)) throw usageError('cli.usage.missingEither', { option: `--${a}`, other: `--${b}` });
  }
  const missing = command.arguments[positionals.length];
  if (missing && !missing.optional) throw usageError('cli.usage.missingArgument', { argument: missing.name });
  const extra = positionals[command.arguments.length];
  if (extra !== undefined && !command.rest) throw usageError('cli.usage.unexpectedArgument', { argument: extra });
}

/**
 * Reads `lcr`'s arguments: `<group> <command> [arguments] [options]`, options anywhere; a group may
 * be several words (`rehearsal drill cut`) and may run a command of its own (`lcr rehearsal`). Node's
 * `parseArgs` only tokenises here (its strict mode reports mistakes in fixed English sentences);
 * every check is ours, so each mistake has a code, a localised message and exit code 2.
 */
export function parseCommandLine(argv: readonly string[], groups: readonly GroupSpec[] = commandGroups): ParseOutcome {
  const { tokens } = parseArgs({ args: [...argv], options: tokeniserOptions(groups), strict: false, allowPositionals: true, tokens: true });
  const words = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const options = tokens.flatMap((t) => (t.kind === 'option' ? [t as OptionToken] : []));
  const { topic, command, used, error } = findTopic(words, groups);
  const globals = readGlobals(options, command);
  if (error) return { kind: 'usage', error, topic, globals };
  if (options.some((t) => t.name === 'help')) return { kind: 'help', topic, globals };
  if (options.some((t) => t.name === 'version')) return { kind: 'version', globals };
  const allowed: Readonly<Record<string, OptionSpec>> = { ...globalOptions, ...command?.options };
  const values: ArgValues = { strings: new Map(), lists: new Map(), flags: new Set() };
  try {
    for (const token of options) {
      const spec = Object.hasOwn(allowed, token.name) ? allowed[token.name] : undefined;
      if (!spec) throw usageError('cli.usage.unknownOption', { option: token.rawName });
      collect(token, spec, values);
    }
    if (!topic.group || !command) throw usageError('cli.usage.missingCommand');
    const positionals = words.slice(used);
    checkCommand(command, values, positionals);
    return { kind: 'run', group: topic.group, command, args: toParsedArgs(values, positionals), globals };
  } catch (thrown) {
    if (!(thrown instanceof CliError)) throw thrown;
    return { kind: 'usage', error: thrown, topic, globals };
  }
}
