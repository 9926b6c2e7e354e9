import { describe, expect, it } from 'vitest';
import { CliError } from '../../../electron/cli/exit-codes';
import { readDecimal, readInteger } from '../../../electron/cli/option-numbers';
import type { ParsedArgs } from '../../../electron/cli/parse-command-line';

/** Parsed arguments holding one string option, `--n`. */
const given = (value?: string): ParsedArgs => ({ positionals: [], string: (name) => (name === 'n' ? value : undefined), list: () => [], flag: () => false });

function refusal(read: () => unknown) {
  try {
    read();
  } catch (thrown) {
    if (thrown instanceof CliError) return { key: thrown.key, params: thrown.params, exit: thrown.exit };
    throw thrown;
  }
  throw new Error('expected a refusal');
}

describe('number options', () => {
  it('reads whole numbers, signed, and nothing when the option is absent', () => {
    expect(readInteger(given('8080'), 'n')).toBe(8080);
    expect(readInteger(given('-30'), 'n')).toBe(-30);
    expect(readInteger(given('+7'), 'n')).toBe(7);
    expect(readInteger(given(undefined), 'n', { min: 1, max: 2 })).toBeUndefined();
  });

  it('refuses anything else Number() would take, naming the option', () => {
    for (const text of ['', ' 5', '1.5', '0x10', '1e3', 'five', '5 ']) {
      expect(refusal(() => readInteger(given(text), 'n')), text).toEqual({ key: 'cli.usage.notInteger', params: { option: '--n' }, exit: 2 });
    }
  });

  it('keeps to the bounds given', () => {
    expect(readInteger(given('65533'), 'n', { min: 0, max: 65_533 })).toBe(65_533);
    expect(refusal(() => readInteger(given('65534'), 'n', { min: 0, max: 65_533 }))).toEqual({ key: 'cli.usage.tooBig', params: { option: '--n', max: 65_533 }, exit: 2 });
    expect(refusal(() => readInteger(given('-1'), 'n', { min: 0, max: 9 }))).toEqual({ key: 'cli.usage.tooSmall', params: { option: '--n', min: 0 }, exit: 2 });
  });

  it('reads decimals as written, and refuses other notations', () => {
    expect(readDecimal(given('0.25'), 'n')).toBe(0.25);
    expect(readDecimal(given('.5'), 'n')).toBe(0.5);
    expect(readDecimal(given('1.'), 'n')).toBe(1);
    expect(readDecimal(given('1'), 'n', { min: 0, max: 1 })).toBe(1);
    for (const text of ['', '.', '1e-1', 'half', '1,5']) expect(refusal(() => readDecimal(given(text), 'n')).key, text).toBe('cli.usage.notNumber');
    expect(refusal(() => readDecimal(given('1.01'), 'n', { min: 0, max: 1 })).key).toBe('cli.usage.tooBig');
  });
});
