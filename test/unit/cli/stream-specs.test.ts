import { describe, expect, it } from 'vitest';
import { commandWords } from '../../../electron/cli/command-specs';
import { fullSynopsis, helpText } from '../../../electron/cli/help-text';
import { parseCommandLine } from '../../../electron/cli/parse-command-line';
import { streamGroups, streamsGroup, switchGroup, upstreamsGroup } from '../../../electron/cli/stream-specs';
import { placeholdersOf } from '../../../shared/i18n/translate';
import { en as english } from '../../../shared/i18n/en';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { en, run, usage, zh } from '../support/cli-grammar';

// The grammar and help of `lcr streams`, `lcr upstreams` and `lcr switch`, read from their specs.

const key = 'live.example/live/main';

describe('lcr streams, upstreams and switch: the command line', () => {
  it('runs each group\'s own command, the stream key as its argument', () => {
    const streams = run(['streams', '--domain', 'sports.example', '--json']);
    expect([commandWords(streams.command), streams.args.string('domain'), streams.globals.json]).toEqual(['streams', 'sports.example', true]);
    const upstreams = run(['upstreams', key]);
    expect([commandWords(upstreams.command), upstreams.args.positionals]).toEqual(['upstreams', [key]]);
    const switched = run(['--lang', 'zh-CN', 'switch', '--yes', key, '--to', '2']);
    expect([commandWords(switched.command), switched.args.positionals, switched.args.string('to'), switched.args.flag('yes')]).toEqual(['switch', [key], '2', true]);
    expect(run(['switch', key, '--standby']).args.flag('standby')).toBe(true);
  });

  it('refuses --to with --standby, a missing or extra stream, and options of other commands (exit 2)', () => {
    expect(usage(['switch', key, '--to', '2', '--standby'])).toMatchObject({ key: 'cli.usage.conflict', params: { option: '--to', other: '--standby' } });
    expect(usage(['switch', '--yes'])).toMatchObject({ key: 'cli.usage.missingArgument', params: { argument: 'domain/app/stream' } });
    expect(usage(['upstreams'])).toMatchObject({ key: 'cli.usage.missingArgument' });
    expect(usage(['switch', key, 'other/app/stream'])).toMatchObject({ key: 'cli.usage.unexpectedArgument', params: { argument: 'other/app/stream' } });
    expect(usage(['streams', 'live.example'])).toMatchObject({ key: 'cli.usage.unknownCommand', params: { command: 'streams live.example' } });
    expect(usage(['upstreams', key, '--yes'])).toMatchObject({ key: 'cli.usage.unknownOption', params: { option: '--yes' } });
    expect(usage(['switch', key, '--to'])).toMatchObject({ key: 'cli.usage.missingValue', params: { option: '--to' } });
  });

  it('answers --help with the group\'s page, not by running it', () => {
    for (const argv of [['streams', '--help'], ['upstreams', key, '--help'], ['switch', '-h', key, '--yes']]) {
      expect(parseCommandLine(argv)).toMatchObject({ kind: 'help', topic: { group: { name: argv[0] } } });
    }
    expect(streamGroups.map((group) => group.name)).toEqual(['streams', 'upstreams', 'switch']);
  });
});

describe('lcr streams, upstreams and switch: help', () => {
  it('spells out each usage with every option', () => {
    expect(streamsGroup.run && fullSynopsis(streamsGroup.run)).toBe('lcr streams [--domain DOMAIN] [--json]');
    expect(upstreamsGroup.run && fullSynopsis(upstreamsGroup.run)).toBe('lcr upstreams <domain/app/stream> [--json]');
    expect(switchGroup.run && fullSynopsis(switchGroup.run)).toBe('lcr switch <domain/app/stream> [--to SEQUENCE] [--standby] [--yes] [--json]');
  });

  it('says whom they act for, how a switch is confirmed, and the exit code for an unknown outcome', () => {
    const text = helpText({ group: switchGroup }, en);
    expect(text).toContain('Acts for the active Alibaba Cloud profile');
    expect(text).toContain('with no terminal it switches only with --yes (otherwise exit 3)');
    expect(text).toContain('the outcome is unknown (exit 4)');
    expect(text).toContain('\n  4    outcome unknown: a change (a switch, a studio copy, start or stop, a relay group or task change…) was sent and nobody could confirm whether it happened');
    expect(helpText({ group: streamsGroup }, zh)).toContain('与故障切换面板一样，以阿里云的活动配置执行');
    expect(helpText({}, en)).toMatch(/\n {2}switch +Switch a stream to a standby after asking/);
  });

  it('has every message in both languages with the same placeholders', () => {
    const added = Object.keys(english).filter((name) => /^cli\.(summary\.(streams|upstreams|switch)|help\.(board|streams|switch)|column|stream|streams|upstreams|switch|exit\.4)/.test(name));
    expect(added.length).toBeGreaterThan(40);
    for (const name of added) {
      const message = name as keyof typeof english;
      expect(placeholdersOf(zhCN[message]), name).toEqual(placeholdersOf(english[message]));
    }
  });
});
