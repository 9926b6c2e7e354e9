import { usageError } from './exit-codes';
import type { ParsedArgs } from './parse-command-line';

/** Inclusive bounds of a number option. */
export interface Bounds {
  min: number;
  max: number;
}

// Plain decimal text only: Number() would also take '', '0x10', '1e3' and ' 5 '.
const integerText = /^[+-]?\d+$/;
const decimalText = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function checkBounds(option: string, value: number, bounds: Bounds | undefined): number {
  if (bounds && value < bounds.min) throw usageError('cli.usage.tooSmall', { option, min: bounds.min });
  if (bounds && value > bounds.max) throw usageError('cli.usage.tooBig', { option, max: bounds.max });
  return value;
}

/**
 * A whole-number option (`--port 8080`, `--seconds=-30`), or undefined when not given; anything
 * else is a usage error naming the option. Without bounds the caller's schema checks the range.
 */
export function readInteger(args: ParsedArgs, name: string, bounds?: Bounds): number | undefined {
  const text = args.string(name);
  if (text === undefined) return undefined;
  const option = `--${name}`;
  if (!integerText.test(text)) throw usageError('cli.usage.notInteger', { option });
  return checkBounds(option, Number(text), bounds);
}

/** A decimal option (`--rate 0.25`), or undefined when not given. */
export function readDecimal(args: ParsedArgs, name: string, bounds?: Bounds): number | undefined {
  const text = args.string(name);
  if (text === undefined) return undefined;
  const option = `--${name}`;
  if (!decimalText.test(text)) throw usageError('cli.usage.notNumber', { option });
  return checkBounds(option, Number(text), bounds);
}
