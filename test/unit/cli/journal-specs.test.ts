import { describe, expect, it } from 'vitest';
import { helpText, type Translate } from '../../../electron/cli/help-text';
import { parseCommandLine } from '../../../electron/cli/parse-command-line';
import { translate } from '../../../shared/i18n/translate';

// The grammar and help of `lcr journal`: the filters it reads, the combinations it refuses before
// anything is read, and what `--help` tells an operator.
const en: Translate = (key, params) => translate('en', key, params);

function parsed(argv: string[]) {
  return parseCommandLine(argv);
}

describe('lcr journal: the command line', () => {
  it('reads every filter and the output choice', () => {
    const outcome = parsed(['journal', '--since', '2026-11-23 20:00', '--provider', 'volcengine', '--outcome', 'failed', '--source', 'desk', '--text', '赛事', '--csv']);
    if (outcome.kind !== 'run') throw new Error(`expected run, got ${outcome.kind}`);
    const { args } = outcome;
    expect([args.string('since'), args.string('provider'), args.string('outcome'), args.string('source'), args.string('text'), args.flag('csv')]).toEqual(['2026-11-23 20:00', 'volcengine', 'failed', 'desk', '赛事', true]);
  });

  it('refuses two outputs at once, a limit on an export, and a value outside the choices', () => {
    for (const argv of [
      ['journal', '--json', '--csv'],
      ['journal', '--csv', '--limit', '5'],
      ['journal', '--outcome', 'maybe'],
      ['journal', '--source', 'elsewhere'],
      ['journal', 'extra'],
    ]) {
      expect(parsed(argv).kind, argv.join(' ')).toBe('usage');
    }
  });

  it('says in --help how times are written and what the table shows', () => {
    const outcome = parsed(['journal', '--help']);
    if (outcome.kind !== 'help') throw new Error(`expected help, got ${outcome.kind}`);
    const text = helpText(outcome.topic, en);
    expect(text).toContain('--since TIME');
    expect(text).toContain('--outcome ok|failed|unknown');
    expect(text).toContain('2026-11-23 20:00 in this terminal\'s time zone');
    expect(text).toContain('request id for a support ticket');
  });
});
