import { describe, expect, it } from 'vitest';
import { commandGroups, commandWords } from '../../../electron/cli/command-specs';
import { helpText, synopsis } from '../../../electron/cli/help-text';
import { parseCommandLine } from '../../../electron/cli/parse-command-line';
import { setupGroup } from '../../../electron/cli/setup-specs';
import { en, run, usage, zh } from '../support/cli-grammar';

// The grammar and help of `lcr setup export|import`: what each reads, what it refuses before
// anything is read, and what `--help` tells an ops engineer in each language.

const commandNamed = (name: string) => {
  const found = setupGroup.commands.find((c) => c.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('lcr setup: the command line', () => {
  it('is listed after diagnostics, with export and import', () => {
    const names = commandGroups.map((group) => group.name);
    expect(names.indexOf('setup')).toBe(names.indexOf('diagnostics') + 1);
    expect(setupGroup.commands.map(commandWords)).toEqual(['setup export', 'setup import']);
    expect(synopsis(commandNamed('export'), en)).toBe('lcr setup export [options]');
    expect(synopsis(commandNamed('import'), en)).toBe('lcr setup import <file> [options]');
  });

  it('reads export\'s --out, a dash included, and nothing else', () => {
    expect(run(['setup', 'export']).args.string('out')).toBeUndefined();
    expect(run(['setup', 'export', '--out', '-']).args.string('out')).toBe('-');
    expect(run(['setup', 'export', '--out', '/tmp/desks']).args.string('out')).toBe('/tmp/desks');
    expect(usage(['setup', 'export', 'extra']).key).toBe('cli.usage.unexpectedArgument');
    expect(usage(['setup', 'export', '--yes']).key).toBe('cli.usage.unknownOption');
  });

  it('reads import\'s file, every --attach whole and in order (commas and all), and --yes', () => {
    const outcome = run(['setup', 'import', 'desk.json', '--attach', 'Evening show=Show, main', '--attach', 'Rehearsal=', '--yes']);
    expect(commandWords(outcome.command)).toBe('setup import');
    expect(outcome.args.positionals).toEqual(['desk.json']);
    expect(outcome.args.list('attach')).toEqual(['Evening show=Show, main', 'Rehearsal=']);
    expect(outcome.args.flag('yes')).toBe(true);
    expect(run(['setup', 'import', '-']).args.positionals).toEqual(['-']);
  });

  it('refuses an import without a file, a second file, and an --attach without its value', () => {
    expect(usage(['setup', 'import']).params).toEqual({ argument: 'file' });
    expect(usage(['setup', 'import', 'a.json', 'b.json']).key).toBe('cli.usage.unexpectedArgument');
    expect(usage(['setup', 'import', 'a.json', '--attach']).key).toBe('cli.usage.missingValue');
    expect(usage(['setup']).key).toBe('cli.usage.missingCommand');
  });

  it('says in --help what the file holds, how boards are matched and how the import is confirmed, in both languages', () => {
    const help = (argv: string[]) => {
      const outcome = parseCommandLine(argv);
      if (outcome.kind !== 'help') throw new Error(`expected help, got ${outcome.kind}`);
      return outcome.topic;
    };
    const exportHelp = helpText(help(['setup', 'export', '--help']), en);
    expect(exportHelp).toContain('--out PATH');
    expect(exportHelp).toContain('no profile, no AccessKey ID and no secret');
    expect(exportHelp).toContain('With --out - the file goes to standard output');
    const importHelp = helpText(help(['setup', 'import', '--help']), en);
    expect(importHelp).toContain('--attach BOARD=PROFILE …');
    expect(importHelp).toContain('trimmed and ignoring case');
    expect(importHelp).toContain('without --yes it stops after the preview with exit 3');
    const chinese = helpText(help(['setup', 'import', '--help', '--lang', 'zh-CN']), zh);
    expect(chinese).toContain('不区分大小写');
    expect(chinese).toContain('退出码 3');
    expect(helpText({}, en)).toContain('setup export');
    expect(helpText({}, zh)).toContain('写出本工作台的设置文件');
    expect(helpText({ group: setupGroup }, zh)).toContain('以文件形式将本工作台的设置');
  });
});
