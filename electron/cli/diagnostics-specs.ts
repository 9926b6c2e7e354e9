import { oneCommandGroup, type GroupSpec } from './command-specs';

/** `lcr diagnostics [--out PATH]`: writes a support bundle (no secret, no key id) and says where. */
export const diagnosticsGroup: GroupSpec = oneCommandGroup(
  'diagnostics',
  'cli.summary.diagnostics',
  { summary: 'cli.summary.diagnostics.run', arguments: [], options: { out: { type: 'string', value: 'PATH', help: 'cli.option.diagnosticsOut' } }, conflicts: [] },
  ['cli.help.diagnostics.contents'],
);
