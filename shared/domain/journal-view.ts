import { z } from 'zod';
import { JournalEntry } from './journal';
import { CorruptLine, JournalFilter } from './journal-query';

/** One line of the journal as the screen and `lcr journal` list it: an entry, or a damaged line where it is. */
export const JournalLine = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entry'), entry: JournalEntry }),
  CorruptLine.extend({ kind: z.literal('corrupt') }),
]);
export type JournalLine = z.infer<typeof JournalLine>;

/** The most lines one request reads: a screenful many times over, small enough to answer at once. */
export const maxJournalPage = 1000;

/** A window of the filtered journal, newest first, after `offset` newer matching lines. */
export const JournalPageRequest = z.strictObject({
  filter: JournalFilter,
  offset: z.number().int().min(0).max(100_000_000),
  limit: z.number().int().min(1).max(maxJournalPage),
});
export type JournalPageRequest = z.infer<typeof JournalPageRequest>;

/** The window's lines, newest first (damaged ones where they are, when no filter excludes them), and how many match in all. */
export const JournalPage = z.object({ lines: z.array(JournalLine), total: z.number().int().min(0) });
export type JournalPage = z.infer<typeof JournalPage>;

/** An export of the filtered entries: CSV (UTF-8 with BOM, for Excel) or JSON. */
export const JournalExportFormat = z.enum(['csv', 'json']);
export type JournalExportFormat = z.infer<typeof JournalExportFormat>;

/** The file an export makes: a name to suggest and its text. */
export const JournalExport = z.object({ fileName: z.string(), text: z.string(), entries: z.number().int().min(0) });
export type JournalExport = z.infer<typeof JournalExport>;
