import { JournalOutcome } from '../../shared/domain/journal';
import { JournalSource } from '../../shared/domain/journal-query';
import { Provider } from '../../shared/domain/provider';
import { oneCommandGroup, type GroupSpec } from './command-specs';

/**
 * `lcr journal [--since T] [--until T] [filters] [--limit N] [--json|--csv]`: the activity journal
 * from a terminal, filtered as on the Journal screen — the newest entries as a table, or every
 * matching one as the screen's CSV or JSON export.
 */
export const journalGroup: GroupSpec = oneCommandGroup(
  'journal',
  'cli.summary.journal',
  {
    summary: 'cli.summary.journal.run',
    arguments: [],
    options: {
      since: { type: 'string', value: 'TIME', help: 'cli.option.since' },
      until: { type: 'string', value: 'TIME', help: 'cli.option.until' },
      profile: { type: 'string', value: 'PROFILE-ID', help: 'cli.option.journalProfile' },
      provider: { type: 'string', choices: Provider.options, help: 'cli.option.journalProvider' },
      action: { type: 'string', value: 'ACTION', help: 'cli.option.journalAction' },
      outcome: { type: 'string', choices: JournalOutcome.options, help: 'cli.option.journalOutcome' },
      source: { type: 'string', choices: JournalSource.options, help: 'cli.option.journalSource' },
      text: { type: 'string', value: 'WORDS', help: 'cli.option.journalText' },
      limit: { type: 'string', value: 'N', help: 'cli.option.journalLimit' },
      json: { type: 'boolean', help: 'cli.option.journalJson' },
      csv: { type: 'boolean', help: 'cli.option.journalCsv' },
    },
    conflicts: [
      ['json', 'csv'],
      ['limit', 'json'],
      ['limit', 'csv'],
    ],
  },
  ['cli.help.journal.times', 'cli.help.journal.columns'],
);
