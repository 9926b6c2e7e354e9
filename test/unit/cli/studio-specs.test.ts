import { describe, expect, it } from 'vitest';
import { commandGroups, commandWords } from '../../../electron/cli/command-specs';
import { fullSynopsis, helpText, synopsis } from '../../../electron/cli/help-text';
import { parseCommandLine } from '../../../electron/cli/parse-command-line';
import { studiosGroup } from '../../../electron/cli/studio-specs';
import { en as english } from '../../../shared/i18n/en';
import { placeholdersOf } from '../../../shared/i18n/translate';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { en, run, usage, zh } from '../support/cli-grammar';

// The grammar and help of `lcr studios …`, read from their specs: what each command takes, what
// the parser refuses before anything runs, and what `--help` tells an operator.

const id = '832839d2-ca53-4b7e-8d75-c6a3c7aeed63';

const commandNamed = (name: string) => {
  const found = studiosGroup.commands.find((c) => c.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('lcr studios: the command line', () => {
  it('is listed after the board\'s commands, with seven commands', () => {
    expect(commandGroups.map((group) => group.name)).toEqual(['profiles', 'streams', 'upstreams', 'switch', 'studios', 'relays', 'relays groups', 'relays tasks', 'journal', 'diagnostics', 'setup', 'call', 'rehearsal', 'rehearsal drill']);
    expect(studiosGroup.commands.map(commandWords)).toEqual(['studios list', 'studios copy', 'studios create', 'studios configure', 'studios start', 'studios stop', 'studios delete']);
  });

  it('reads each command with its options, anywhere on the line', () => {
    const list = run(['studios', 'list', '--status', 'running', '--json']);
    expect([commandWords(list.command), list.args.string('status'), list.globals.json]).toEqual(['studios list', 'running', true]);
    const copy = run(['studios', 'copy', id, '--count', '5', '--pattern', 'Match {n}', '--first=10']);
    expect([copy.args.positionals, copy.args.string('count'), copy.args.string('pattern'), copy.args.string('first')]).toEqual([[id], '5', 'Match {n}', '10']);
    const resume = run(['studios', 'copy', '--resume', 'batch-1']);
    expect([resume.args.positionals, resume.args.string('resume')]).toEqual([[], 'batch-1']);
    expect(run(['studios', 'create', '--name', '晚会', '--type', 'playlist']).args.string('type')).toBe('playlist');
    expect(run(['studios', 'configure', id, '--domain', '']).args.string('domain')).toBe('');
    expect(run(['--lang', 'zh-CN', 'studios', 'start', '--yes', id]).args.flag('yes')).toBe(true);
    expect(run(['studios', 'delete', id, '--confirm', 'Press Room']).args.string('confirm')).toBe('Press Room');
  });

  it('refuses what the commands do not take (exit 2)', () => {
    expect(usage(['studios', 'list', '--status', 'busy'])).toMatchObject({ key: 'cli.usage.invalidValue', params: { option: '--status', allowed: 'idle, running' } });
    expect(usage(['studios', 'create'])).toMatchObject({ key: 'cli.usage.missingOption', params: { option: '--name' } });
    expect(usage(['studios', 'create', '--name', 'x', '--type', 'virtual'])).toMatchObject({ key: 'cli.usage.invalidValue' });
    expect(usage(['studios', 'start'])).toMatchObject({ key: 'cli.usage.missingArgument', params: { argument: 'studio-id' } });
    expect(usage(['studios', 'stop', id, 'other'])).toMatchObject({ key: 'cli.usage.unexpectedArgument', params: { argument: 'other' } });
    expect(usage(['studios', 'delete', id, '--yes'])).toMatchObject({ key: 'cli.usage.unknownOption', params: { option: '--yes' } });
    expect(usage(['studios', 'start', id, '--confirm', 'x'])).toMatchObject({ key: 'cli.usage.unknownOption', params: { option: '--confirm' } });
    expect(usage(['studios', 'move', id])).toMatchObject({ key: 'cli.usage.unknownCommand', params: { command: 'studios move' } });
  });

  it('keeps one copy, a bulk copy and a resume apart', () => {
    expect(usage(['studios', 'copy', id, '--name', 'A', '--count', '2'])).toMatchObject({ key: 'cli.usage.conflict', params: { option: '--name', other: '--count' } });
    expect(usage(['studios', 'copy', id, '--name', 'A', '--pattern', 'M {n}'])).toMatchObject({ key: 'cli.usage.conflict' });
    for (const other of [['--name', 'A'], ['--count', '2'], ['--pattern', 'M {n}'], ['--first', '3']]) {
      expect(usage(['studios', 'copy', '--resume', 'b-1', ...other])).toMatchObject({ key: 'cli.usage.conflict', params: { option: '--resume' } });
    }
    // The studio id may be left out (for --resume); the command checks which way was meant.
    expect(run(['studios', 'copy', '--name', 'A']).args.positionals).toEqual([]);
  });

  it('answers --help with the group\'s page or the command\'s, not by running it', () => {
    expect(parseCommandLine(['studios', '--help'])).toMatchObject({ kind: 'help', topic: { group: { name: 'studios' } } });
    expect(parseCommandLine(['studios', 'delete', id, '-h'])).toMatchObject({ kind: 'help', topic: { command: { name: 'delete' } } });
    expect(parseCommandLine(['studios'])).toMatchObject({ kind: 'usage', error: { key: 'cli.usage.missingCommand' } });
  });
});

describe('lcr studios: help', () => {
  it('spells each usage, an optional argument in brackets', () => {
    expect(fullSynopsis(commandNamed('list'))).toBe('lcr studios list [--status idle|running] [--json]');
    expect(fullSynopsis(commandNamed('copy'))).toBe('lcr studios copy [<studio-id>] [--name NAME] [--count N] [--pattern PATTERN] [--first N] [--resume BATCH-ID] [--json]');
    expect(synopsis(commandNamed('create'), en)).toBe('lcr studios create --name NAME [options]');
    expect(fullSynopsis(commandNamed('configure'))).toBe('lcr studios configure <studio-id> [--name NAME] [--domain DOMAIN] [--json]');
    expect(fullSynopsis(commandNamed('start'))).toBe('lcr studios start <studio-id> [--yes] [--json]');
    expect(fullSynopsis(commandNamed('delete'))).toBe('lcr studios delete <studio-id> [--confirm NAME] [--json]');
    expect(helpText({ group: studiosGroup, command: commandNamed('copy') }, en)).toContain('\n  [<studio-id>]  the studio to copy, by id (left out with --resume)\n');
  });

  it('says how each confirmation works, how a bulk copy ends and whom the commands act for', () => {
    const start = helpText({ group: studiosGroup, command: commandNamed('start') }, en);
    expect(start).toContain('with no terminal it acts only with --yes (otherwise exit 3)');
    expect(start).toContain('A studio starts only with an output domain');
    expect(start).toContain('Acts for the active Alibaba Cloud profile, as the Studios screen does');
    const remove = helpText({ group: studiosGroup, command: commandNamed('delete') }, en);
    expect(remove).toContain('a script passes --confirm NAME, which is required when there is no terminal (otherwise exit 3)');
    expect(remove).toContain('A running studio is not deleted: stop it first (exit 1)');
    const copy = helpText({ group: studiosGroup, command: commandNamed('copy') }, en);
    expect(copy).toContain('("Match {n}" gives Match 1, Match 2…)');
    expect(copy).toContain('lcr studios copy --resume BATCH-ID goes on with');
    expect(copy).toContain('\n  4    outcome unknown: a change (a switch, a studio copy, start or stop, a relay group or task change…) was sent');
    expect(helpText({ group: studiosGroup, command: commandNamed('stop') }, zh)).toContain('没有终端时只有加 --yes 才会执行（否则退出码 3）');
    expect(helpText({}, en)).toMatch(/\n {2}studios delete +Delete a studio for good, confirmed by its name\.\n/);
  });

  it('has every message in both languages with the same placeholders, the Chinese in Chinese', () => {
    // The studio messages close the command line's catalogue, from the group's summary on.
    const keys = Object.keys(english);
    const added = [...keys.slice(keys.indexOf('cli.summary.studios')), 'cli.exit.4', 'cli.summary.lcr'];
    expect(added.length).toBeGreaterThan(100);
    for (const name of added) {
      const message = name as keyof typeof english;
      expect(placeholdersOf(zhCN[message]), name).toEqual(placeholdersOf(english[message]));
      expect(zhCN[message], name).toMatch(/\p{Script=Han}/u);
    }
  });
});
