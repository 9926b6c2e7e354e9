import { describe, expect, it } from 'vitest';
import { callGroup, commandGroups, commandsUnder, globalOptions, profilesGroup } from '../../../electron/cli/command-specs';
import { fullSynopsis, helpText, optionTerm, synopsis, type Translate } from '../../../electron/cli/help-text';
import { drillGroup, rehearsalGroup } from '../../../electron/cli/rehearsal-specs';
import { translate } from '../../../shared/i18n/translate';

const english: Translate = (key, params) => translate('en', key, params);
const chinese: Translate = (key, params) => translate('zh-CN', key, params);
const command = (name: string) => {
  const found = profilesGroup.commands.find((c) => c.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('lcr help', () => {
  it('writes options as they are typed', () => {
    expect(optionTerm('help', { type: 'boolean', short: 'h', help: 'cli.option.help' })).toBe('-h, --help');
    expect(optionTerm('name', { type: 'string', value: 'NAME', help: 'cli.option.name' })).toBe('--name NAME');
    expect(optionTerm('signature', { type: 'string', choices: ['v3', 'v1'], help: 'cli.option.signature' })).toBe('--signature v3|v1');
  });

  it('spells out the required options and arguments in the usage line', () => {
    expect(synopsis(command('add'), english)).toBe('lcr profiles add --provider aliyun|volcengine --name NAME --access-key-id ID [options]');
    expect(synopsis(command('remove'), english)).toBe('lcr profiles remove <name-or-id> [options]');
  });

  it('lists every option a command accepts, the global ones and the exit codes', () => {
    for (const group of commandGroups) {
      for (const spec of group.commands) {
        const text = helpText({ group, command: spec }, english);
        for (const [name, option] of Object.entries({ ...spec.options, ...globalOptions })) expect(text).toContain(optionTerm(name, option));
        for (const code of ['0 ', '1 ', '2 ', '3 ', '130 ']) expect(text).toContain(`\n  ${code}`);
      }
    }
  });

  it('lists every command at the top and in its group', () => {
    const top = helpText({}, english);
    const group = helpText({ group: profilesGroup }, english);
    for (const spec of profilesGroup.commands) {
      expect(top).toContain(`profiles ${spec.name}`);
      expect(group).toContain(`profiles ${spec.name}`);
    }
  });

  it('shows lcr call\'s repeatable parameters and its notes, in each language', () => {
    const [aliyun, volcengine] = callGroup.commands;
    if (!aliyun || !volcengine) throw new Error('call commands');
    expect(synopsis(aliyun, english)).toBe('lcr call aliyun <action> [Key=Value ...] [options]');
    const text = helpText({ group: callGroup, command: aliyun }, english);
    expect(text).toContain('  [Key=Value ...]  a request parameter');
    expect(text).toContain('treated as a change: sent once, never retried, and recorded in the journal');
    expect(text).toContain('refused for temporary (STS) credentials');
    expect(text).toContain('--signature v1|v3');
    expect(helpText({ group: callGroup, command: volcengine }, english)).not.toContain('--signature v1|v3');
    expect(helpText({ group: callGroup, command: volcengine }, chinese)).toContain('产品不认识的操作一律按变更处理');
    expect(helpText({}, english)).toContain('call volcengine');
  });

  it('says how secrets are read where a command reads them', () => {
    expect(helpText({ group: profilesGroup, command: command('add') }, english)).toContain('--secret-stdin and send one line per secret');
    expect(helpText({ group: profilesGroup, command: command('list') }, english)).not.toContain('--secret-stdin');
  });

  it('is written in Chinese for zh-CN, option names unchanged', () => {
    const text = helpText({ group: profilesGroup, command: command('add') }, chinese);
    expect(text).toContain('用法');
    expect(text).toContain('退出码');
    expect(text).toContain('--access-key-id ID');
    expect(text).not.toContain('Usage');
  });
});

describe('lcr rehearsal help', () => {
  const drill = (name: string) => {
    const found = drillGroup.commands.find((c) => c.name === name);
    if (!found) throw new Error(name);
    return found;
  };

  it('writes a one-of pair as alternatives, in the short and the full usage', () => {
    expect(synopsis(drill('fail'), english)).toBe('lcr rehearsal drill fail --rate RATE (--code CODE | --hang) [options]');
    expect(fullSynopsis(drill('fail'))).toBe(
      'lcr rehearsal drill fail --rate RATE (--code CODE | --hang) [--hang-ms MS] [--after] [--provider aliyun|volcengine] [--action ACTION] [--control URL]',
    );
    expect(fullSynopsis(drill('cut'))).toBe('lcr rehearsal drill cut <domain/app/stream> [--upstream SEQ] [--control URL]');
    const run = rehearsalGroup.run;
    if (!run) throw new Error('rehearsal run');
    expect(fullSynopsis(run)).toBe('lcr rehearsal [--port N] [--seed N] [--quota N]');
  });

  it('spells out the cloud and every drill in lcr rehearsal --help, and every drill in lcr rehearsal drill --help', () => {
    const rehearsal = helpText({ group: rehearsalGroup }, english);
    const drills = helpText({ group: drillGroup }, english);
    for (const command of commandsUnder(rehearsalGroup, commandGroups)) {
      expect(rehearsal).toContain(`  ${fullSynopsis(command)}\n      ${english(command.summary)}`);
      for (const [name, option] of Object.entries(command.options)) expect(rehearsal).toContain(`\n  ${optionTerm(name, option)}  `);
    }
    for (const command of drillGroup.commands) {
      expect(drills).toContain(`  ${fullSynopsis(command)}\n`);
      for (const [name, option] of Object.entries(command.options)) expect(drills).toContain(`\n  ${optionTerm(name, option)}  `);
    }
    expect(drills).not.toContain('--port');
    expect(rehearsal).toContain('exactly one line on standard output');
    expect(rehearsal).toContain('LCR_REHEARSAL_CONTROL');
    expect(drills).toContain('LCR_REHEARSAL_CONTROL');
    expect(drills).toContain('--seconds=-30');
  });

  it('gives one option name one meaning within a spelled-out group, since its help lists it once', () => {
    for (const group of commandGroups.filter((g) => g.spelledOut)) {
      const helps = new Map<string, string>();
      for (const [name, option] of commandsUnder(group, commandGroups).flatMap((c) => Object.entries(c.options))) {
        expect(helps.get(name) ?? option.help, `${group.name} --${name}`).toBe(option.help);
        helps.set(name, option.help);
      }
    }
  });

  it('lists the cloud and each drill at the top, and reads in Chinese for zh-CN', () => {
    const top = helpText({}, english);
    expect(top).toMatch(/\n {2}rehearsal +Run the rehearsal cloud/);
    for (const command of drillGroup.commands) expect(top).toContain(`rehearsal drill ${command.name}`);
    const inChinese = helpText({ group: drillGroup }, chinese);
    expect(inChinese).toContain('选项');
    expect(inChinese).toContain('lcr rehearsal drill latency --ms MS');
    expect(inChinese).not.toContain('Options');
  });
});
