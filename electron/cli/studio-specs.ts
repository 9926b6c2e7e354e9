import type { MessageKey } from '../../shared/i18n/en';
import type { ArgumentSpec, CommandSpec, GroupSpec, OptionSpec } from './command-specs';

// `lcr studios …`: the production studios of the active Alibaba Cloud profile, as the Studios
// screen shows and changes them, through the same contract calls. Pure data, so the parser and the
// help read the same grammar.

const json: OptionSpec = { type: 'boolean', help: 'cli.option.json' };
const studioId: ArgumentSpec = { name: 'studio-id', help: 'cli.arg.studioId' };

/** Who the commands act for, said on each of them: there is no `--profile`, as the screen has none. */
const profileNote: MessageKey = 'cli.help.studios.profile';

const command = (spec: Omit<CommandSpec, 'group' | 'arguments' | 'conflicts' | 'notes'> & Partial<CommandSpec>): CommandSpec => ({
  group: 'studios',
  arguments: [studioId],
  conflicts: [],
  ...spec,
  notes: [...(spec.notes ?? []), profileNote],
});

/** The options of one copy, of a bulk copy, and of resuming one; each way excludes the others'. */
const copyOptions: Readonly<Record<string, OptionSpec>> = {
  name: { type: 'string', value: 'NAME', help: 'cli.option.copyName' },
  count: { type: 'string', value: 'N', help: 'cli.option.count' },
  pattern: { type: 'string', value: 'PATTERN', help: 'cli.option.pattern' },
  first: { type: 'string', value: 'N', help: 'cli.option.first' },
  resume: { type: 'string', value: 'BATCH-ID', help: 'cli.option.resume' },
  json: { type: 'boolean', help: 'cli.option.copyJson' },
};

const copyConflicts: readonly (readonly [string, string])[] = [
  ['name', 'count'],
  ['name', 'pattern'],
  ['name', 'first'],
  ['resume', 'name'],
  ['resume', 'count'],
  ['resume', 'pattern'],
  ['resume', 'first'],
];

/** `lcr studios …`: list, copy (one, or many by a name pattern), create, configure, start, stop, delete. */
export const studiosGroup: GroupSpec = {
  name: 'studios',
  summary: 'cli.summary.studios',
  commands: [
    command({
      name: 'list',
      summary: 'cli.summary.studios.list',
      arguments: [],
      options: { status: { type: 'string', choices: ['idle', 'running'], help: 'cli.option.studioStatus' }, json },
      notes: ['cli.help.studios.columns'],
    }),
    command({
      name: 'copy',
      summary: 'cli.summary.studios.copy',
      arguments: [{ ...studioId, help: 'cli.arg.sourceStudioId', optional: true }],
      options: copyOptions,
      conflicts: copyConflicts,
      notes: ['cli.help.studios.copy', 'cli.help.studios.batch', 'cli.help.studios.batchEnd', 'cli.help.studios.resume'],
    }),
    command({
      name: 'create',
      summary: 'cli.summary.studios.create',
      arguments: [],
      options: {
        name: { type: 'string', value: 'NAME', required: true, help: 'cli.option.studioName' },
        type: { type: 'string', choices: ['normal', 'playlist'], help: 'cli.option.studioType' },
        json,
      },
      notes: ['cli.help.studios.create'],
    }),
    command({
      name: 'configure',
      summary: 'cli.summary.studios.configure',
      options: {
        name: { type: 'string', value: 'NAME', help: 'cli.option.studioNewName' },
        domain: { type: 'string', value: 'DOMAIN', help: 'cli.option.studioDomain' },
        json,
      },
      notes: ['cli.help.studios.configure'],
    }),
    command({
      name: 'start',
      summary: 'cli.summary.studios.start',
      options: { yes: { type: 'boolean', help: 'cli.option.studioYes' }, json },
      notes: ['cli.help.studios.onAir', 'cli.help.studios.start'],
    }),
    command({
      name: 'stop',
      summary: 'cli.summary.studios.stop',
      options: { yes: { type: 'boolean', help: 'cli.option.studioYes' }, json },
      notes: ['cli.help.studios.onAir'],
    }),
    command({
      name: 'delete',
      summary: 'cli.summary.studios.delete',
      options: { confirm: { type: 'string', value: 'NAME', help: 'cli.option.confirmName' }, json },
      notes: ['cli.help.studios.delete'],
    }),
  ],
};
