import type { z } from 'zod';
import { Drill } from '../../shared/domain/rehearsal';
import { usageError, type CliError } from './exit-codes';
import { readDecimal, readInteger } from './option-numbers';
import type { ParsedArgs } from './parse-command-line';
import type { DrillKind } from './rehearsal-specs';

/** How a drill option's text becomes its field's value. */
type Reader = 'integer' | 'decimal' | 'text' | 'flag';

/**
 * Each drill option's field in the Drill schema, and how its value is read. The parser has already
 * refused the options a kind does not take, so every option given belongs in the drill.
 */
export const drillFields: Readonly<Record<string, { field: string; read: Reader }>> = {
  upstream: { field: 'upstream', read: 'text' },
  ms: { field: 'ms', read: 'integer' },
  provider: { field: 'provider', read: 'text' },
  action: { field: 'action', read: 'text' },
  rate: { field: 'rate', read: 'decimal' },
  code: { field: 'code', read: 'text' },
  hang: { field: 'hang', read: 'flag' },
  'hang-ms': { field: 'hangMs', read: 'integer' },
  after: { field: 'after', read: 'flag' },
  'per-second': { field: 'perSecond', read: 'integer' },
  seconds: { field: 'seconds', read: 'integer' },
};

function readField(args: ParsedArgs, option: string, read: Reader): string | number | true | undefined {
  switch (read) {
    case 'integer':
      return readInteger(args, option);
    case 'decimal':
      return readDecimal(args, option);
    case 'text':
      return args.string(option);
    case 'flag':
      return args.flag(option) || undefined;
  }
}

/** The option a schema field came from, as typed (`--hang-ms`). */
function optionOf(field: PropertyKey | undefined): string | undefined {
  const found = Object.entries(drillFields).find(([, spec]) => spec.field === field);
  return found && `--${found[0]}`;
}

/** A refusal of the Drill schema, in the operator's language and naming the option concerned. */
function refusal(issue: z.core.$ZodIssue | undefined, stream: string): CliError {
  const field = issue?.path[0];
  if (field === 'stream') return usageError('cli.usage.notStreamPath', { stream });
  const option = optionOf(field);
  if (!issue || !option) return usageError('cli.usage.drillInvalid');
  if (issue.code === 'too_small' && issue.origin === 'string') return usageError('cli.usage.emptyValue', { option });
  if (issue.code === 'too_small') return usageError('cli.usage.tooSmall', { option, min: Number(issue.minimum) });
  if (issue.code === 'too_big') return usageError('cli.usage.tooBig', { option, max: Number(issue.maximum) });
  return usageError('cli.usage.drillValue', { option });
}

/**
 * The drill a command line describes, checked by the same schema the control endpoint applies, so
 * a drill the cloud would refuse as malformed is a usage error (exit 2) before anything is sent.
 */
export function drillFromArgs(kind: DrillKind, args: ParsedArgs): Drill {
  const input: Record<string, unknown> = { kind };
  const [stream] = args.positionals;
  if (stream !== undefined) input.stream = stream;
  for (const [option, { field, read }] of Object.entries(drillFields)) {
    const value = readField(args, option, read);
    if (value !== undefined) input[field] = value;
  }
  const parsed = Drill.safeParse(input);
  if (parsed.success) return parsed.data;
  throw refusal(parsed.error.issues[0], stream ?? '');
}
