import { Provider } from '../../shared/domain/provider';
import { drillKinds } from '../../shared/domain/rehearsal';
import type { MessageKey } from '../../shared/i18n/en';
import type { CommandSpec, GroupSpec, OptionSpec } from './command-specs';

/** One of the drills the rehearsal cloud takes, as `lcr rehearsal drill <kind>` names it. */
export type DrillKind = (typeof drillKinds)[number];

/** A whole-number option: given as text, read and range-checked by the command. */
const integer = (help: MessageKey, value = 'N'): OptionSpec => ({ type: 'string', value, help });

/** `--control URL`, on every drill: where the running cloud takes drills. */
const control: OptionSpec = { type: 'string', value: 'URL', help: 'cli.option.control' };
const provider: OptionSpec = { type: 'string', choices: Provider.options, help: 'cli.option.drillProvider' };
/** Which calls a fault applies to, as the Drill schema's scope: one cloud, one action, or both. */
const scope: Readonly<Record<string, OptionSpec>> = { provider, action: { type: 'string', value: 'ACTION', help: 'cli.option.drillAction' } };
const rate: OptionSpec = { type: 'string', value: 'RATE', required: true, help: 'cli.option.rate' };
const after: OptionSpec = { type: 'boolean', help: 'cli.option.after' };
const upstream: OptionSpec = { type: 'string', value: 'SEQ', help: 'cli.option.upstream' };
const stream = [{ name: 'domain/app/stream', help: 'cli.arg.stream' }] as const;
const drillNotes: readonly MessageKey[] = ['cli.help.drill.control', 'cli.help.drill.outcome'];

type DrillGrammar = Pick<CommandSpec, 'arguments' | 'options'> & Partial<Pick<CommandSpec, 'conflicts' | 'oneOf'>>;

/** Each kind's grammar: its options are exactly the fields of its variant of the Drill schema. */
const grammars: Readonly<Record<DrillKind, DrillGrammar>> = {
  cut: { arguments: stream, options: { upstream } },
  restore: { arguments: stream, options: { upstream } },
  latency: { arguments: [], options: { ms: { ...integer('cli.option.ms', 'MS'), required: true }, ...scope } },
  fail: {
    arguments: [],
    options: {
      rate,
      code: { type: 'string', value: 'CODE', help: 'cli.option.code' },
      hang: { type: 'boolean', help: 'cli.option.hang' },
      'hang-ms': integer('cli.option.hangMs', 'MS'),
      after,
      ...scope,
    },
    oneOf: [['code', 'hang']],
    conflicts: [['code', 'hang-ms']],
  },
  throttle: { arguments: [], options: { 'per-second': { ...integer('cli.option.perSecond'), required: true }, ...scope } },
  drop: { arguments: [], options: { rate, after, ...scope } },
  skew: { arguments: [], options: { seconds: { ...integer('cli.option.seconds'), required: true } } },
  offline: { arguments: [], options: { provider } },
  online: { arguments: [], options: { provider } },
  clear: { arguments: [], options: {} },
};

/**
 * `lcr rehearsal drill <kind>`: one command per drill kind, as `lcr call` has one per cloud, so each
 * kind's help lists only what it takes and the parser refuses the rest before anything is sent.
 */
export const drillGroup: GroupSpec = {
  name: 'rehearsal drill',
  summary: 'cli.summary.rehearsal.drill',
  standalone: true,
  spelledOut: true,
  notes: drillNotes,
  commands: drillKinds.map((kind) => ({
    group: 'rehearsal drill',
    name: kind,
    summary: `cli.summary.drill.${kind}`,
    conflicts: [],
    notes: drillNotes,
    ...grammars[kind],
    options: { ...grammars[kind].options, control },
  })),
};

/**
 * `lcr rehearsal [--port N] [--seed N] [--quota N]`: the local stand-in for both clouds, in the
 * foreground. The drills are a group nested in this one, so `lcr rehearsal --help` shows them too.
 */
export const rehearsalGroup: GroupSpec = {
  name: 'rehearsal',
  summary: 'cli.summary.rehearsal',
  standalone: true,
  spelledOut: true,
  notes: ['cli.help.rehearsal.output', 'cli.help.rehearsal.standalone', 'cli.help.drill.control'],
  commands: [],
  run: {
    group: 'rehearsal',
    name: '',
    summary: 'cli.summary.rehearsal.run',
    arguments: [],
    options: {
      port: integer('cli.option.port'),
      seed: integer('cli.option.seed'),
      quota: integer('cli.option.quota'),
    },
    conflicts: [],
    notes: [],
  },
};
