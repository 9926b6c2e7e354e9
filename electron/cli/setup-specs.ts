import type { CommandSpec, GroupSpec } from './command-specs';

// `lcr setup export|import`: the desk setup file (settings, each board's pins and shortcuts, by
// profile name; never a key or secret) from a terminal, as Settings › Set up another desk writes
// and reads it. Pure data, so the parser and the help read the same grammar.

const command = (spec: Omit<CommandSpec, 'group' | 'conflicts'>): CommandSpec => ({ group: 'setup', conflicts: [], ...spec });

/**
 * `lcr setup export [--out PATH|-]` writes this desk's setup file (never over an existing one) and
 * prints its path; `lcr setup import FILE|- [--attach "BOARD=PROFILE"]... [--yes]` prints what
 * importing it changes here, then imports it once confirmed.
 */
export const setupGroup: GroupSpec = {
  name: 'setup',
  summary: 'cli.summary.setup',
  commands: [
    command({
      name: 'export',
      summary: 'cli.summary.setup.export',
      arguments: [],
      options: { out: { type: 'string', value: 'PATH', help: 'cli.option.setupOut' } },
      notes: ['cli.help.setup.export'],
    }),
    command({
      name: 'import',
      summary: 'cli.summary.setup.import',
      arguments: [{ name: 'file', help: 'cli.arg.setupFile' }],
      options: {
        attach: { type: 'string', value: 'BOARD=PROFILE', repeatable: true, help: 'cli.option.attach' },
        yes: { type: 'boolean', help: 'cli.option.setupYes' },
      },
      notes: ['cli.help.setup.attach', 'cli.help.setup.confirm'],
    }),
  ],
};
