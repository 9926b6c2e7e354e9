import { describe, expect, it } from 'vitest';
import { commandWords } from '../../../electron/cli/command-specs';
import { fullSynopsis, helpText, synopsis } from '../../../electron/cli/help-text';
import { parseCommandLine } from '../../../electron/cli/parse-command-line';
import { relayGroupsGroup, relaysGroup, relayTasksGroup } from '../../../electron/cli/relay-specs';
import { cliRelayMessages } from '../../../shared/i18n/en/cli-relays';
import { placeholdersOf } from '../../../shared/i18n/translate';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { en, run, usage, zh } from '../support/cli-grammar';

// The grammar and help of `lcr relays groups …` and `lcr relays tasks …`, read from their specs:
// what each command takes, what the parser refuses before anything runs, and what `--help` says.

const named = (group: typeof relayGroupsGroup, name: string) => {
  const found = group.commands.find((c) => c.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('lcr relays: the command line', () => {
  it('has four group commands and six task commands', () => {
    expect(relayGroupsGroup.commands.map(commandWords)).toEqual(['relays groups list', 'relays groups create', 'relays groups update', 'relays groups delete']);
    expect(relayTasksGroup.commands.map(commandWords)).toEqual(['relays tasks list', 'relays tasks create', 'relays tasks update', 'relays tasks stop', 'relays tasks continue', 'relays tasks delete']);
  });

  it('reads each command with its options; --tag and --vod repeat, each value whole', () => {
    const create = run(['relays', 'groups', 'create', '赛事回放', '--project', 'sports', '--tag', 'a=1,2', '--tag', 'b=3']);
    expect([commandWords(create.command), create.args.positionals, create.args.list('tag')]).toEqual(['relays groups create', ['赛事回放'], ['a=1,2', 'b=3']]);
    const task = run(['relays', 'tasks', 'create', '--group', 'G', '--start', '2026-11-23 20:00', '--end', '2026-11-23T22:00:00Z', '--vod', 'https://v/a,b.mp4', '--vod', 'https://v/c.mp4', '--loops', 'until-end', '--destination', 'd/a/s', '--json']);
    expect([task.args.list('vod'), task.args.string('loops'), task.globals.json]).toEqual([['https://v/a,b.mp4', 'https://v/c.mp4'], 'until-end', true]);
    expect(run(['relays', 'tasks', 'list']).args.positionals).toEqual([]);
    expect(run(['relays', 'tasks', 'list', '赛事直播']).args.positionals).toEqual(['赛事直播']);
    expect(run(['relays', 'tasks', 'stop', 'T1', '--group', 'G', '--yes']).args.flag('yes')).toBe(true);
    expect(run(['relays', 'groups', 'update', 'G', '--clear-tags']).args.flag('clear-tags')).toBe(true);
    expect(run(['relays', 'groups', 'delete', 'G', '--confirm', 'G']).args.string('confirm')).toBe('G');
  });

  it('refuses what the commands do not take (exit 2)', () => {
    expect(usage(['relays', 'groups', 'create', 'G'])).toMatchObject({ key: 'cli.usage.missingOption', params: { option: '--project' }, exit: 2 });
    expect(usage(['relays', 'groups', 'create', '--project', 'p'])).toMatchObject({ key: 'cli.usage.missingArgument', params: { argument: 'name' } });
    expect(usage(['relays', 'groups', 'update', 'G'])).toMatchObject({ key: 'cli.usage.missingEither', params: { option: '--tag', other: '--clear-tags' } });
    expect(usage(['relays', 'groups', 'update', 'G', '--tag', 'a=1', '--clear-tags'])).toMatchObject({ key: 'cli.usage.conflict' });
    expect(usage(['relays', 'groups', 'delete', 'G', '--yes'])).toMatchObject({ key: 'cli.usage.unknownOption', params: { option: '--yes' } });
    const base = ['relays', 'tasks', 'create', '--group', 'G', '--start', 's', '--end', 'e', '--destination', 'd'];
    expect(usage(base)).toMatchObject({ key: 'cli.usage.missingEither', params: { option: '--source', other: '--vod' } });
    expect(usage([...base, '--source', 'a', '--vod', 'b'])).toMatchObject({ key: 'cli.usage.conflict', params: { option: '--source', other: '--vod' } });
    expect(usage([...base, '--source', 'a', '--loops', '2'])).toMatchObject({ key: 'cli.usage.conflict', params: { option: '--source', other: '--loops' } });
    expect(usage(['relays', 'tasks', 'stop', 'T1'])).toMatchObject({ key: 'cli.usage.missingOption', params: { option: '--group' } });
    expect(usage(['relays', 'tasks', 'continue', '--group', 'G'])).toMatchObject({ key: 'cli.usage.missingArgument', params: { argument: 'task-id' } });
    expect(usage(['relays', 'tasks', 'delete', 'T1', '--group', 'G', '--confirm', 'x'])).toMatchObject({ key: 'cli.usage.unknownOption' });
    expect(usage(['relays', 'tasks', 'pause', 'T1'])).toMatchObject({ key: 'cli.usage.unknownCommand', params: { command: 'relays tasks pause' } });
  });

  it('answers --help for the heading, each group and each command; the words alone are a missing command', () => {
    expect(parseCommandLine(['relays', '--help'])).toMatchObject({ kind: 'help', topic: { group: { name: 'relays' } } });
    expect(parseCommandLine(['relays', 'tasks', '-h'])).toMatchObject({ kind: 'help', topic: { group: { name: 'relays tasks' } } });
    expect(parseCommandLine(['relays', 'groups', 'delete', 'G', '--help'])).toMatchObject({ kind: 'help', topic: { command: { name: 'delete', group: 'relays groups' } } });
    expect(parseCommandLine(['relays'])).toMatchObject({ kind: 'usage', error: { key: 'cli.usage.missingCommand' } });
    expect(parseCommandLine(['relays', 'groups'])).toMatchObject({ kind: 'usage', error: { key: 'cli.usage.missingCommand' } });
  });
});

describe('lcr relays: help', () => {
  it('spells each usage, repeatable options with an ellipsis and either-or options in parentheses', () => {
    expect(fullSynopsis(named(relayGroupsGroup, 'create'))).toBe('lcr relays groups create <name> --project PROJECT [--tag KEY=VALUE …] [--json]');
    expect(fullSynopsis(named(relayGroupsGroup, 'update'))).toBe('lcr relays groups update <name> (--tag KEY=VALUE … | --clear-tags) [--json]');
    expect(synopsis(named(relayTasksGroup, 'create'), en)).toBe('lcr relays tasks create --group GROUP --start TIME --end TIME --destination DEST (--source URL | --vod URL …) [options]');
    expect(fullSynopsis(named(relayTasksGroup, 'list'))).toBe('lcr relays tasks list [<group>] [--json]');
    expect(fullSynopsis(named(relayTasksGroup, 'stop'))).toBe('lcr relays tasks stop <task-id> --group GROUP [--yes] [--json]');
  });

  it('lists every relay command under the heading and at the top', () => {
    const heading = helpText({ group: relaysGroup }, en);
    const top = helpText({}, en);
    for (const command of [...relayGroupsGroup.commands, ...relayTasksGroup.commands]) {
      expect(heading).toContain(commandWords(command));
      expect(top).toContain(commandWords(command));
    }
    expect(top).toContain('pull-to-push relay groups and their tasks');
    expect(helpText({}, zh)).toContain('管理拉流转推任务组及其任务');
  });

  it('says how tags, times, confirmations and outcomes work, and whom the commands act for', () => {
    const update = helpText({ group: relayGroupsGroup, command: named(relayGroupsGroup, 'update') }, en);
    expect(update).toContain('The cloud\'s own (system) tags cannot be set or removed here; the cloud keeps them.');
    expect(update).toContain('Acts for the active Volcengine profile, as the Relay groups screen does');
    const create = helpText({ group: relayTasksGroup, command: named(relayTasksGroup, 'create') }, en);
    expect(create).toContain('2026-11-23 20:00[:SS] or 2026-11-23T20:00[:SS], which is read in this terminal\'s time zone (TZ)');
    const stop = helpText({ group: relayTasksGroup, command: named(relayTasksGroup, 'stop') }, en);
    expect(stop).toContain('with no terminal it acts only with --yes (otherwise exit 3)');
    expect(stop).toContain('the outcome is unknown (exit 4)');
    expect(stop).toContain('exit 130, outcome unknown');
    expect(helpText({ group: relayGroupsGroup, command: named(relayGroupsGroup, 'delete') }, zh)).toContain('没有终端时必须提供（否则退出码 3）');
  });

  it('has every message in both languages with the same placeholders, the Chinese in Chinese', () => {
    for (const key of Object.keys(cliRelayMessages) as (keyof typeof cliRelayMessages)[]) {
      expect(placeholdersOf(zhCN[key]), key).toEqual(placeholdersOf(cliRelayMessages[key]));
      expect(zhCN[key], key).toMatch(/\p{Script=Han}/u);
    }
  });
});
