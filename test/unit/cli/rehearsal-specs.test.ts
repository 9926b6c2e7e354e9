import { describe, expect, it } from 'vitest';
import { drillFields } from '../../../electron/cli/drill-from-args';
import { drillGroup, rehearsalGroup } from '../../../electron/cli/rehearsal-specs';
import { Drill, drillKinds } from '../../../shared/domain/rehearsal';

/** The fields of one kind's variant of the Drill schema, besides `kind`. */
function schemaFields(kind: string): string[] {
  const variant = Drill.options.find((option) => option.shape.kind.value === kind);
  if (!variant) throw new Error(kind);
  return Object.keys(variant.shape).filter((field) => field !== 'kind');
}

// The command line can offer only what the cloud takes, and everything it takes: each kind's
// options and arguments are exactly the fields of its variant of the one Drill schema.
describe('lcr rehearsal drill commands', () => {
  it('has one command per drill kind, in the schema\'s order', () => {
    expect(drillGroup.commands.map((c) => c.name)).toEqual([...drillKinds]);
  });

  it('gives each kind exactly its schema fields, and --control', () => {
    for (const command of drillGroup.commands) {
      const options = Object.keys(command.options).filter((name) => name !== 'control');
      const fields = options.map((name) => drillFields[name]?.field ?? `unmapped --${name}`);
      const positional = command.arguments.map((a) => (a.name === 'domain/app/stream' ? 'stream' : a.name));
      expect([...positional, ...fields].sort(), command.name).toEqual(schemaFields(command.name).sort());
      expect(command.options.control?.required, command.name).toBeUndefined();
    }
  });

  it('marks required exactly the options the schema requires', () => {
    for (const command of drillGroup.commands) {
      const variant = Drill.options.find((option) => option.shape.kind.value === command.name);
      for (const [name, spec] of Object.entries(command.options)) {
        const field = drillFields[name]?.field;
        if (!field || !variant) continue;
        const optional = variant.shape[field as keyof typeof variant.shape].safeParse(undefined).success;
        expect(spec.required === true, `${command.name} --${name}`).toBe(!optional);
      }
    }
  });

  it('runs the cloud as the rehearsal group\'s own command, and needs the desk for none of them', () => {
    expect(rehearsalGroup.run?.name).toBe('');
    expect(Object.keys(rehearsalGroup.run?.options ?? {})).toEqual(['port', 'seed', 'quota']);
    expect([rehearsalGroup.standalone, drillGroup.standalone]).toEqual([true, true]);
  });
});
