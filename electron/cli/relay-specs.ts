import type { MessageKey } from '../../shared/i18n/en';
import type { ArgumentSpec, CommandSpec, GroupSpec, OptionSpec } from './command-specs';

// `lcr relays groups …` and `lcr relays tasks …`: the pull-to-push relay groups of the active
// Volcengine profile and their tasks, as the Relay groups screen shows and changes them, through
// the same contract calls. Pure data, so the parser and the help read the same grammar.

const json: OptionSpec = { type: 'boolean', help: 'cli.option.json' };
const groupName: ArgumentSpec = { name: 'name', help: 'cli.arg.relayGroupName' };
const taskId: ArgumentSpec = { name: 'task-id', help: 'cli.arg.relayTaskId' };
const tag: OptionSpec = { type: 'string', value: 'KEY=VALUE', repeatable: true, help: 'cli.option.relayTag' };
const taskGroup: OptionSpec = { type: 'string', value: 'GROUP', required: true, help: 'cli.option.relayTaskGroup' };

/** Who the commands act for, said on each of them: there is no `--profile`, as the screen has none. */
const profileNote: MessageKey = 'cli.help.relays.profile';

function commandIn(group: 'relays groups' | 'relays tasks') {
  return (spec: Omit<CommandSpec, 'group' | 'conflicts' | 'notes'> & Partial<CommandSpec>): CommandSpec => ({
    group,
    conflicts: [],
    ...spec,
    notes: [...(spec.notes ?? []), profileNote],
  });
}
const groupCommand = commandIn('relays groups');
const taskCommand = commandIn('relays tasks');

/** What a task is made of; create requires the window, a source and the destination, update none. */
function taskSettings(required: boolean): Readonly<Record<string, OptionSpec>> {
  return {
    title: { type: 'string', value: 'TITLE', help: 'cli.option.relayTitle' },
    start: { type: 'string', value: 'TIME', required, help: 'cli.option.relayStart' },
    end: { type: 'string', value: 'TIME', required, help: 'cli.option.relayEnd' },
    source: { type: 'string', value: 'URL', help: 'cli.option.relaySource' },
    vod: { type: 'string', value: 'URL', repeatable: true, help: 'cli.option.relayVod' },
    loops: { type: 'string', value: 'N|until-end', help: 'cli.option.relayLoops' },
    destination: { type: 'string', value: 'DEST', required, help: 'cli.option.relayDestination' },
    callback: { type: 'string', value: 'URL', help: 'cli.option.relayCallback' },
  };
}

/** An on-air action on one task: stop, continue or delete. */
const taskAction = (name: 'stop' | 'continue' | 'delete'): CommandSpec =>
  taskCommand({
    name,
    summary: `cli.summary.relays.tasks.${name}`,
    arguments: [taskId],
    options: { group: taskGroup, yes: { type: 'boolean', help: 'cli.option.relayYes' }, json },
    notes: ['cli.help.relays.onAir'],
  });

/** `lcr relays …`: only a heading; its commands are in the two groups nested in it. */
export const relaysGroup: GroupSpec = { name: 'relays', summary: 'cli.summary.relays', commands: [] };

/** `lcr relays groups list|create|update|delete`. */
export const relayGroupsGroup: GroupSpec = {
  name: 'relays groups',
  summary: 'cli.summary.relays.groups',
  commands: [
    groupCommand({ name: 'list', summary: 'cli.summary.relays.groups.list', arguments: [], options: { json }, notes: ['cli.help.relays.groupColumns'] }),
    groupCommand({
      name: 'create',
      summary: 'cli.summary.relays.groups.create',
      arguments: [groupName],
      options: { project: { type: 'string', value: 'PROJECT', required: true, help: 'cli.option.relayProject' }, tag, json },
      notes: ['cli.help.relays.create', 'cli.help.relays.tags'],
    }),
    groupCommand({
      name: 'update',
      summary: 'cli.summary.relays.groups.update',
      arguments: [groupName],
      options: { tag, 'clear-tags': { type: 'boolean', help: 'cli.option.relayClearTags' }, json },
      oneOf: [['tag', 'clear-tags']],
      notes: ['cli.help.relays.update', 'cli.help.relays.tags'],
    }),
    groupCommand({
      name: 'delete',
      summary: 'cli.summary.relays.groups.delete',
      arguments: [groupName],
      options: { confirm: { type: 'string', value: 'NAME', help: 'cli.option.relayConfirm' }, json },
      notes: ['cli.help.relays.deleteGroup'],
    }),
  ],
};

/** `lcr relays tasks list|create|update|stop|continue|delete`. */
export const relayTasksGroup: GroupSpec = {
  name: 'relays tasks',
  summary: 'cli.summary.relays.tasks',
  commands: [
    taskCommand({
      name: 'list',
      summary: 'cli.summary.relays.tasks.list',
      arguments: [{ name: 'group', help: 'cli.arg.relayListGroup', optional: true }],
      options: { json },
      notes: ['cli.help.relays.taskColumns'],
    }),
    taskCommand({
      name: 'create',
      summary: 'cli.summary.relays.tasks.create',
      arguments: [],
      options: { group: { ...taskGroup, help: 'cli.option.relayNewTaskGroup' }, ...taskSettings(true), json },
      oneOf: [['source', 'vod']],
      conflicts: [['source', 'loops']],
      notes: ['cli.help.relays.times', 'cli.help.relays.sources', 'cli.help.relays.createTask'],
    }),
    taskCommand({
      name: 'update',
      summary: 'cli.summary.relays.tasks.update',
      arguments: [taskId],
      options: { group: taskGroup, ...taskSettings(false), json },
      conflicts: [
        ['source', 'vod'],
        ['source', 'loops'],
      ],
      notes: ['cli.help.relays.updateTask', 'cli.help.relays.times', 'cli.help.relays.sources'],
    }),
    taskAction('stop'),
    taskAction('continue'),
    taskAction('delete'),
  ],
};

/** The relay groups, in the order `lcr --help` lists them. */
export const relayGroups: readonly GroupSpec[] = [relaysGroup, relayGroupsGroup, relayTasksGroup];
