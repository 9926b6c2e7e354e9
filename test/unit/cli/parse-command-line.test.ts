import { describe, expect, it } from 'vitest';
import type { CliError } from '../../../electron/cli/exit-codes';
import { commandGroups, commandWords, type GroupSpec } from '../../../electron/cli/command-specs';
import { parseCommandLine, tokeniserOptions, type ParseOutcome } from '../../../electron/cli/parse-command-line';

const parse = (line: string[]) => parseCommandLine(line);

function run(line: string[]) {
  const outcome = parse(line);
  if (outcome.kind !== 'run') throw new Error(`expected run, got ${outcome.kind}`);
  return outcome;
}

function usage(line: string[]): { key: string; params: CliError['params']; outcome: ParseOutcome } {
  const outcome = parse(line);
  if (outcome.kind !== 'usage') throw new Error(`expected usage, got ${outcome.kind}`);
  expect(outcome.error.exit).toBe(2);
  return { key: outcome.error.key, params: outcome.error.params, outcome };
}

const addLine = ['profiles', 'add', '--provider', 'aliyun', '--name', 'Show A', '--access-key-id', 'LTAI5tAbCdEf9P6'];

describe('lcr command line parsing', () => {
  it('reads a command with its options and arguments, options in any position', () => {
    const { command, args } = run(['profiles', 'edit', '--name=New', 'Show A', '--rotate-secret', '--endpoint', '']);
    expect(`${command.group} ${command.name}`).toBe('profiles edit');
    expect(args.positionals).toEqual(['Show A']);
    expect(args.string('name')).toBe('New');
    expect(args.string('endpoint')).toBe('');
    expect(args.flag('rotate-secret')).toBe(true);
    expect(args.flag('sts')).toBe(false);
    expect(args.string('region')).toBeUndefined();
  });

  it('takes global options before the command words too', () => {
    const outcome = run(['--lang', 'zh-CN', '--verbose', 'profiles', 'list', '--json']);
    expect(outcome.globals).toEqual({ lang: 'zh-CN', verbose: true, json: true });
  });

  it('splits and accumulates repeatable options', () => {
    const { args } = run(['profiles', 'import', '--from', 'aliyun-cli,env', '--from=volcengine-cli', '--pick', 'a1b2c3, default']);
    expect(args.list('from')).toEqual(['aliyun-cli', 'env', 'volcengine-cli']);
    expect(args.list('pick')).toEqual(['a1b2c3', 'default']);
  });

  it('answers --help for the tool, a group and a command, even beside other mistakes', () => {
    expect(parse(['--help'])).toMatchObject({ kind: 'help', topic: {} });
    expect(parse(['-h'])).toMatchObject({ kind: 'help', topic: {} });
    const group = parse(['profiles', '--help']);
    expect(group.kind === 'help' && group.topic.group?.name).toBe('profiles');
    const command = parse(['profiles', 'add', '--bogus', '--help']);
    expect(command.kind === 'help' && command.topic.command?.name).toBe('add');
    expect(parse(['--version']).kind).toBe('version');
  });

  it('reports unknown commands with the topic whose help to suggest', () => {
    expect(usage(['profilez', 'list'])).toMatchObject({ key: 'cli.usage.unknownCommand', params: { command: 'profilez' } });
    const { params, outcome } = usage(['profiles', 'lst']);
    expect(params).toEqual({ command: 'profiles lst' });
    expect(outcome.kind === 'usage' && outcome.topic.group?.name).toBe('profiles');
    expect(usage([]).key).toBe('cli.usage.missingCommand');
    expect(usage(['profiles']).key).toBe('cli.usage.missingCommand');
  });

  it('refuses unknown options, including those of another command, and names them as typed', () => {
    expect(usage(['profiles', 'list', '--bogus'])).toMatchObject({ key: 'cli.usage.unknownOption', params: { option: '--bogus' } });
    expect(usage(['profiles', 'list', '-x']).params).toEqual({ option: '-x' });
    expect(usage(['profiles', 'add', '--json']).params).toEqual({ option: '--json' });
    expect(usage(['profiles', 'list', '--yes']).params).toEqual({ option: '--yes' });
  });

  it('never takes a secret-looking flag: there is no option that carries a secret', () => {
    expect(usage([...addLine, '--access-key-secret', 'abc']).key).toBe('cli.usage.unknownOption');
    expect(usage([...addLine, '--secret=abc']).key).toBe('cli.usage.unknownOption');
  });

  it('requires values where values belong and refuses them elsewhere', () => {
    expect(usage(['profiles', 'edit', 'x', '--name'])).toMatchObject({ key: 'cli.usage.missingValue', params: { option: '--name' } });
    expect(usage(['profiles', 'edit', 'x', '--name', '--rotate-secret']).key).toBe('cli.usage.missingValue');
    expect(run(['profiles', 'edit', 'x', '--notes=-dash']).args.string('notes')).toBe('-dash');
    expect(usage(['profiles', 'remove', 'x', '--yes=no'])).toMatchObject({ key: 'cli.usage.unexpectedValue', params: { option: '--yes' } });
    expect(usage(['profiles', 'edit', 'x', '--name', 'a', '--name', 'b']).key).toBe('cli.usage.repeatedOption');
  });

  it('checks choices, required options, arguments and conflicts', () => {
    expect(usage(['profiles', 'add', '--provider', 'aws', '--name', 'n', '--access-key-id', 'i'])).toMatchObject({
      key: 'cli.usage.invalidValue',
      params: { option: '--provider', allowed: 'aliyun, volcengine' },
    });
    expect(usage(['profiles', 'import', '--from', 'env,s3']).key).toBe('cli.usage.invalidValue');
    expect(usage(['--lang', 'fr', 'profiles', 'list']).params).toEqual({ option: '--lang', allowed: 'zh-CN, en' });
    expect(usage(addLine.filter((w) => w !== '--provider' && w !== 'aliyun'))).toMatchObject({
      key: 'cli.usage.missingOption',
      params: { option: '--provider' },
    });
    expect(usage(['profiles', 'use'])).toMatchObject({ key: 'cli.usage.missingArgument', params: { argument: 'name-or-id' } });
    expect(usage(['profiles', 'use', 'a', 'b'])).toMatchObject({ key: 'cli.usage.unexpectedArgument', params: { argument: 'b' } });
    expect(usage(['profiles', 'list', 'extra']).key).toBe('cli.usage.unexpectedArgument');
    expect(usage(['profiles', 'edit', 'x', '--sts', '--no-sts'])).toMatchObject({ key: 'cli.usage.conflict', params: { option: '--sts', other: '--no-sts' } });
    expect(usage(['profiles', 'import', '--all', '--pick', 'a']).key).toBe('cli.usage.conflict');
  });

  it('still reads --lang and --json from a line that is otherwise wrong, to report in kind', () => {
    expect(usage(['--lang', 'zh-CN', 'profiles', 'nope']).outcome.globals.lang).toBe('zh-CN');
    expect(usage(['profiles', 'list', '--json', '--bogus']).outcome.globals.json).toBe(true);
    expect(usage(['profiles', 'use', '--json']).outcome.globals.json).toBe(false);
  });

  it('reads lcr call: the cloud as the command word, the action, then any number of Key=Value', () => {
    const { command, args } = run(['call', 'aliyun', 'DescribeCasters', 'RegionId=cn-shanghai', '--profile', 'Show A', 'PageSize=10', '--print-curl']);
    expect(`${command.group} ${command.name}`).toBe('call aliyun');
    expect(args.positionals).toEqual(['DescribeCasters', 'RegionId=cn-shanghai', 'PageSize=10']);
    expect(args.string('profile')).toBe('Show A');
    expect(args.flag('print-curl')).toBe(true);
    expect(run(['call', 'volcengine', 'ListPullToPushGroup', '--body', '{"Size":10}', '--method=GET']).args.string('body')).toBe('{"Size":10}');
    expect(run(['call', 'aliyun', 'X', 'Offset=-1', '--signature', 'v1']).args.positionals).toEqual(['X', 'Offset=-1']);
  });

  it('refuses what lcr call does not take: no cloud, no action, another cloud\'s option, a bad choice', () => {
    expect(usage(['call']).key).toBe('cli.usage.missingCommand');
    expect(usage(['call', 'aws', 'X'])).toMatchObject({ key: 'cli.usage.unknownCommand', params: { command: 'call aws' } });
    expect(usage(['call', 'aliyun'])).toMatchObject({ key: 'cli.usage.missingArgument', params: { argument: 'action' } });
    expect(usage(['call', 'volcengine', 'X', '--signature', 'v1'])).toMatchObject({ key: 'cli.usage.unknownOption', params: { option: '--signature' } });
    expect(usage(['call', 'aliyun', 'X', '--signature', 'v2'])).toMatchObject({ key: 'cli.usage.invalidValue', params: { allowed: 'v1, v3' } });
    expect(usage(['call', 'aliyun', 'X', '--method', 'PUT']).key).toBe('cli.usage.invalidValue');
    expect(usage(['call', 'aliyun', 'X', '--profile', 'a', '--profile', 'b']).key).toBe('cli.usage.repeatedOption');
    expect(usage(['call', 'aliyun', 'X', '--bogus', '--json']).outcome.globals.json).toBe(true);
  });

  it('tokenises with one type per option name across every command', () => {
    expect(tokeniserOptions(commandGroups).help).toEqual({ type: 'boolean', short: 'h' });
    const clash: GroupSpec = {
      name: 'g',
      summary: 'cli.summary.profiles',
      commands: [
        { group: 'g', name: 'a', summary: 'cli.summary.profiles', arguments: [], conflicts: [], notes: [], options: { x: { type: 'string', help: 'cli.option.name' } } },
        { group: 'g', name: 'b', summary: 'cli.summary.profiles', arguments: [], conflicts: [], notes: [], options: { x: { type: 'boolean', help: 'cli.option.name' } } },
      ],
    };
    expect(() => tokeniserOptions([clash])).toThrow(/--x/);
  });
});

describe('lcr rehearsal command line: a group with a command of its own and a group nested in it', () => {
  it('runs the group\'s own command when no command word follows', () => {
    const { group, command, args } = run(['rehearsal', '--port', '0', '--seed=3']);
    expect([group.name, commandWords(command)]).toEqual(['rehearsal', 'rehearsal']);
    expect(args.string('port')).toBe('0');
    expect(args.string('seed')).toBe('3');
    expect(args.string('quota')).toBeUndefined();
    expect(args.positionals).toEqual([]);
    expect(run(['--lang', 'en', 'rehearsal']).command.name).toBe('');
  });

  it('reads a drill: the nested group wins over its parent, the kind is the command word', () => {
    const { group, command, args } = run(['rehearsal', 'drill', 'cut', 'live.example/live/main', '--upstream', '2', '--control', 'http://127.0.0.1:1']);
    expect([group.name, commandWords(command)]).toEqual(['rehearsal drill', 'rehearsal drill cut']);
    expect(args.positionals).toEqual(['live.example/live/main']);
    expect(args.string('upstream')).toBe('2');
    expect(args.string('control')).toBe('http://127.0.0.1:1');
    expect(run(['rehearsal', 'drill', 'skew', '--seconds=-30']).args.string('seconds')).toBe('-30');
  });

  it('answers --help for each group rather than running the group\'s own command', () => {
    const help = parse(['rehearsal', '--help']);
    expect(help).toMatchObject({ kind: 'help', topic: { group: { name: 'rehearsal' } } });
    expect(help.kind === 'help' && help.topic.command).toBeUndefined();
    expect(parse(['rehearsal', 'drill', '-h'])).toMatchObject({ kind: 'help', topic: { group: { name: 'rehearsal drill' } } });
    expect(parse(['rehearsal', 'drill', 'fail', '--help'])).toMatchObject({ kind: 'help', topic: { command: { name: 'fail' } } });
  });

  it('refuses what the words do not name, pointing at the right group', () => {
    expect(usage(['rehearsal', 'start'])).toMatchObject({ key: 'cli.usage.unknownCommand', params: { command: 'rehearsal start' } });
    expect(usage(['rehearsal', 'drill', 'explode'])).toMatchObject({ key: 'cli.usage.unknownCommand', params: { command: 'rehearsal drill explode' } });
    const missing = usage(['rehearsal', 'drill']);
    expect(missing.key).toBe('cli.usage.missingCommand');
    expect(missing.outcome.kind === 'usage' && missing.outcome.topic.group?.name).toBe('rehearsal drill');
    expect(usage(['rehearsal', '--ms', '5'])).toMatchObject({ key: 'cli.usage.unknownOption', params: { option: '--ms' } });
  });

  it('refuses what a kind does not take', () => {
    expect(usage(['rehearsal', 'drill', 'cut', 'a/b/c', '--ms', '5'])).toMatchObject({ key: 'cli.usage.unknownOption', params: { option: '--ms' } });
    expect(usage(['rehearsal', 'drill', 'clear', '--provider', 'aliyun']).key).toBe('cli.usage.unknownOption');
    expect(usage(['rehearsal', 'drill', 'cut'])).toMatchObject({ key: 'cli.usage.missingArgument', params: { argument: 'domain/app/stream' } });
    expect(usage(['rehearsal', 'drill', 'latency'])).toMatchObject({ key: 'cli.usage.missingOption', params: { option: '--ms' } });
    expect(usage(['rehearsal', 'drill', 'offline', '--provider', 'aws'])).toMatchObject({ key: 'cli.usage.invalidValue', params: { allowed: 'aliyun, volcengine' } });
    expect(usage(['rehearsal', 'drill', 'skew', '--seconds', '-30'])).toMatchObject({ key: 'cli.usage.missingValue', params: { option: '--seconds' } });
  });

  it('requires exactly one option of a one-of pair', () => {
    expect(usage(['rehearsal', 'drill', 'fail', '--rate', '1'])).toMatchObject({ key: 'cli.usage.missingEither', params: { option: '--code', other: '--hang' } });
    expect(usage(['rehearsal', 'drill', 'fail', '--rate', '1', '--code', 'X', '--hang'])).toMatchObject({ key: 'cli.usage.conflict', params: { option: '--code', other: '--hang' } });
    expect(usage(['rehearsal', 'drill', 'fail', '--rate', '1', '--code', 'X', '--hang-ms', '5'])).toMatchObject({ key: 'cli.usage.conflict', params: { option: '--code', other: '--hang-ms' } });
    expect(run(['rehearsal', 'drill', 'fail', '--rate', '1', '--hang', '--hang-ms', '5']).args.flag('hang')).toBe(true);
    expect(run(['rehearsal', 'drill', 'fail', '--rate', '1', '--code', 'X']).args.string('code')).toBe('X');
  });
});
