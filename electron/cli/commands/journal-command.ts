import { describeJournalEntry, journalOutcomeLabels } from '../../../shared/domain/journal-words';
import type { JournalFilter } from '../../../shared/domain/journal-query';
import type { JournalLine } from '../../../shared/domain/journal-view';
import type { MessageKey } from '../../../shared/i18n/en';
import { usageError, ExitCode } from '../exit-codes';
import { readInteger } from '../option-numbers';
import type { ParsedArgs } from '../parse-command-line';
import { formatTable, printable } from '../text-table';
import { localStamp, readTime } from '../time-arguments';
import type { CommandContext, CommandRunner } from './command-context';

// `lcr journal`: the activity journal from a terminal, through the same contract calls as the
// Journal screen — the newest entries as a table (oldest at the top, as a log reads), or every
// matching entry as the screen's CSV or JSON export on standard output.

/** How many of the newest entries the table shows unless `--limit` says otherwise. */
const defaultRows = 50;

/** The table's columns, in the order of {@link rowOf}. */
const columns: readonly MessageKey[] = [
  'cli.journal.column.time',
  'cli.journal.column.who',
  'cli.journal.column.profile',
  'cli.journal.column.what',
  'cli.journal.column.outcome',
  'cli.journal.column.latency',
  'cli.journal.column.requestId',
];

/** The filter the options give; an option left out matches everything. */
function filterOf(args: ParsedArgs): JournalFilter {
  const given: JournalFilter = {
    from: readTime(args, 'since'),
    to: readTime(args, 'until'),
    profileId: args.string('profile'),
    provider: args.string('provider') as JournalFilter['provider'],
    action: args.string('action'),
    outcome: args.string('outcome') as JournalFilter['outcome'],
    source: args.string('source') as JournalFilter['source'],
    text: args.string('text'),
  };
  if (given.from && given.to && given.from >= given.to) throw usageError('cli.usage.journalRange');
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined && value !== '')) as JournalFilter;
}

/** One table row: when (local), who, which profile, what in words, the outcome, how long, the request id. */
function rowOf(ctx: CommandContext, line: JournalLine): string[] {
  if (line.kind === 'corrupt') return ['-', '-', '-', ctx.t('cli.journal.corrupt', { file: line.file, line: line.line }), '-', '-', '-'];
  const { entry } = line;
  const words = describeJournalEntry(entry);
  const outcome = entry.kind === 'observed' ? ctx.t('cli.journal.observed') : ctx.t(journalOutcomeLabels[entry.outcome]);
  const latency = entry.kind === 'observed' ? '-' : `${Math.round(entry.latencyMs)} ms`;
  const requestId = entry.kind === 'observed' ? null : entry.requestId;
  return [localStamp(entry.time), `${entry.user}@${entry.host}`, `${entry.profileName} (${entry.accessKeyIdMasked})`, ctx.t(words.key, words.params), outcome, latency, requestId ?? '-'].map(printable);
}

/** `lcr journal …`: a table of the newest entries, or the export of every matching one. */
export const journalCommand: CommandRunner = async (ctx, args) => {
  const filter = filterOf(args);
  if (args.flag('json') || args.flag('csv')) {
    const exported = await ctx.call('journal.export', { filter, format: args.flag('csv') ? 'csv' : 'json' });
    ctx.io.out(exported.text);
    return ExitCode.ok;
  }
  const limit = readInteger(args, 'limit', { min: 1, max: 1000 }) ?? defaultRows;
  const page = await ctx.call('journal.page', { filter, offset: 0, limit });
  if (page.total === 0) {
    ctx.io.err(`${ctx.t('cli.journal.empty')}\n`);
    return ExitCode.ok;
  }
  ctx.io.out(`${formatTable(columns.map((key) => ctx.t(key)), [...page.lines].reverse().map((line) => rowOf(ctx, line)))}\n`);
  if (page.total > page.lines.length) ctx.io.err(`${ctx.t('cli.journal.more', { shown: page.lines.length, total: page.total })}\n`);
  return ExitCode.ok;
};
