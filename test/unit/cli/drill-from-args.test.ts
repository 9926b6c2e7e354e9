import { describe, expect, it } from 'vitest';
import { drillFromArgs } from '../../../electron/cli/drill-from-args';
import { CliError } from '../../../electron/cli/exit-codes';
import { parseCommandLine } from '../../../electron/cli/parse-command-line';
import type { DrillKind } from '../../../electron/cli/rehearsal-specs';

/** The drill `lcr rehearsal drill <line>` describes, read as the command would read it. */
function drill(line: string[]) {
  const outcome = parseCommandLine(['rehearsal', 'drill', ...line]);
  if (outcome.kind !== 'run') throw new Error(`expected run, got ${outcome.kind}`);
  return drillFromArgs(outcome.command.name as DrillKind, outcome.args);
}

/** The usage error a drill's values are refused with. */
function refused(line: string[]): Pick<CliError, 'key' | 'params' | 'exit'> {
  try {
    drill(line);
  } catch (thrown) {
    if (!(thrown instanceof CliError)) throw thrown;
    return { key: thrown.key, params: thrown.params, exit: thrown.exit };
  }
  throw new Error('expected a refusal');
}

describe('drills from the command line', () => {
  it('builds each kind with only the fields given', () => {
    expect(drill(['cut', 'live.example/live/main'])).toEqual({ kind: 'cut', stream: 'live.example/live/main' });
    expect(drill(['restore', 'live.example/live/main', '--upstream', '2'])).toEqual({ kind: 'restore', stream: 'live.example/live/main', upstream: '2' });
    expect(drill(['latency', '--ms', '5'])).toEqual({ kind: 'latency', ms: 5 });
    expect(drill(['latency', '--ms=250', '--provider', 'aliyun', '--action', 'DescribeCasters'])).toEqual({
      kind: 'latency',
      ms: 250,
      provider: 'aliyun',
      action: 'DescribeCasters',
    });
    expect(drill(['throttle', '--per-second', '0', '--provider', 'volcengine'])).toEqual({ kind: 'throttle', perSecond: 0, provider: 'volcengine' });
    expect(drill(['drop', '--rate', '.5', '--after'])).toEqual({ kind: 'drop', rate: 0.5, after: true });
    expect(drill(['skew', '--seconds=-30'])).toEqual({ kind: 'skew', seconds: -30 });
    expect(drill(['offline', '--provider', 'aliyun'])).toEqual({ kind: 'offline', provider: 'aliyun' });
    expect(drill(['online'])).toEqual({ kind: 'online' });
    expect(drill(['clear'])).toEqual({ kind: 'clear' });
  });

  it('builds a failure with an error code, or a hang for a while', () => {
    expect(drill(['fail', '--rate', '1', '--code', 'Throttling.User', '--after'])).toEqual({ kind: 'fail', rate: 1, code: 'Throttling.User', after: true });
    expect(drill(['fail', '--rate', '0.25', '--hang', '--hang-ms', '1500', '--action', 'CreateCaster'])).toEqual({
      kind: 'fail',
      rate: 0.25,
      hang: true,
      hangMs: 1500,
      action: 'CreateCaster',
    });
  });

  it('refuses numbers that are not numbers, naming the option', () => {
    expect(refused(['latency', '--ms', '1.5'])).toEqual({ key: 'cli.usage.notInteger', params: { option: '--ms' }, exit: 2 });
    expect(refused(['latency', '--ms', '5ms'])).toMatchObject({ key: 'cli.usage.notInteger' });
    expect(refused(['drop', '--rate', 'half'])).toEqual({ key: 'cli.usage.notNumber', params: { option: '--rate' }, exit: 2 });
    expect(refused(['drop', '--rate', '1e-1'])).toMatchObject({ key: 'cli.usage.notNumber' });
  });

  it('refuses what the Drill schema refuses, with the schema\'s bounds', () => {
    expect(refused(['latency', '--ms', '120001'])).toEqual({ key: 'cli.usage.tooBig', params: { option: '--ms', max: 120_000 }, exit: 2 });
    expect(refused(['drop', '--rate', '1.5'])).toMatchObject({ key: 'cli.usage.tooBig', params: { option: '--rate', max: 1 } });
    expect(refused(['throttle', '--per-second=-1'])).toMatchObject({ key: 'cli.usage.tooSmall', params: { option: '--per-second', min: 0 } });
    expect(refused(['fail', '--rate', '1', '--hang', '--hang-ms', '0'])).toMatchObject({ key: 'cli.usage.tooSmall', params: { option: '--hang-ms', min: 1 } });
    expect(refused(['skew', '--seconds', '86401'])).toMatchObject({ key: 'cli.usage.tooBig', params: { option: '--seconds', max: 86_400 } });
    expect(refused(['latency', '--ms', '5', '--action', ''])).toEqual({ key: 'cli.usage.emptyValue', params: { option: '--action' }, exit: 2 });
    expect(refused(['cut', 'live.example/main'])).toEqual({ key: 'cli.usage.notStreamPath', params: { stream: 'live.example/main' }, exit: 2 });
    expect(refused(['restore', 'a/b/c/d'])).toMatchObject({ key: 'cli.usage.notStreamPath' });
  });
});
