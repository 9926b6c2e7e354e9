import type { MessageKey } from '../../shared/i18n/en';
import { oneCommandGroup, type ArgumentSpec, type GroupSpec, type OptionSpec } from './command-specs';

// `lcr streams`, `lcr upstreams` and `lcr switch`: the failover board on the command line. Each is
// a one-command group (its words alone run it, as `lcr rehearsal` does), spelled out in `--help`
// so the usage, every option and the notes show on one page.

const json: OptionSpec = { type: 'boolean', help: 'cli.option.json' };
const stream: readonly ArgumentSpec[] = [{ name: 'domain/app/stream', help: 'cli.arg.stream' }];

/** Who the commands act for, said on each of them: they take no `--profile`, as the board takes none. */
const profileNote: MessageKey = 'cli.help.board.profile';


/**
 * `lcr streams [--domain D] [--json]`: every streaming domain's dual-ingest streams on the air now
 * (or one domain's), as the board's picker lists them to pin.
 */
export const streamsGroup: GroupSpec = oneCommandGroup(
  'streams',
  'cli.summary.streams',
  {
    summary: 'cli.summary.streams.run',
    arguments: [],
    options: { domain: { type: 'string', value: 'DOMAIN', help: 'cli.option.domain' }, json },
    conflicts: [],
  },
  ['cli.help.streams.columns', profileNote],
);

/** `lcr upstreams <domain/app/stream> [--json]`: one stream's encoders as the cloud lists them now. */
export const upstreamsGroup: GroupSpec = oneCommandGroup(
  'upstreams',
  'cli.summary.upstreams',
  { summary: 'cli.summary.upstreams.run', arguments: stream, options: { json }, conflicts: [] },
  [profileNote],
);

/**
 * `lcr switch <domain/app/stream> [--to SEQUENCE | --standby] [--yes] [--json]`: puts another
 * upstream on air through the board's one switch desk, after asking (or `--yes`).
 */
export const switchGroup: GroupSpec = oneCommandGroup(
  'switch',
  'cli.summary.switch',
  {
    summary: 'cli.summary.switch.run',
    arguments: stream,
    options: {
      to: { type: 'string', value: 'SEQUENCE', help: 'cli.option.to' },
      standby: { type: 'boolean', help: 'cli.option.standby' },
      yes: { type: 'boolean', help: 'cli.option.switchYes' },
      json: { type: 'boolean', help: 'cli.option.switchJson' },
    },
    conflicts: [['to', 'standby']],
  },
  ['cli.help.switch.target', 'cli.help.switch.confirm', 'cli.help.switch.outcome', profileNote],
);

/** The board's commands, in the order `lcr --help` lists them. */
export const streamGroups: readonly GroupSpec[] = [streamsGroup, upstreamsGroup, switchGroup];
