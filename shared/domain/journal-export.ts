import type { MessageKey } from '../i18n/en';
import { translate } from '../i18n/translate';
import type { JournalEntry } from './journal';
import { journalActionOf, journalSourceOf } from './journal-query';
import { describeJournalEntry, journalOriginLabels, journalOutcomeLabels, journalSourceLabels } from './journal-words';
import type { Locale } from './settings';
import type { JournalExportFormat } from './journal-view';

/** One CSV column: its header's words, and its value in an entry (empty where the entry has none). */
interface CsvColumn {
  header: MessageKey;
  value(entry: JournalEntry, locale: Locale): string | number | null;
}

/** An instant as UTC ISO (`2026-11-22T20:00:00.000Z`) whatever offset it was written with; text that is none stays as it is. */
function utcTime(time: string): string {
  const at = Date.parse(time);
  return Number.isNaN(at) ? time : new Date(at).toISOString();
}

/** An entry's words in `locale`. */
function whatIn(entry: JournalEntry, locale: Locale): string {
  const words = describeJournalEntry(entry);
  return translate(locale, words.key, words.params);
}

/**
 * The export's columns, in order: who and where, what (as a stable action name for filtering in a
 * spreadsheet, and in words), and what came of it. A value an entry kind does not have (an
 * observed change has no outcome; only a call counts attempts) is left empty.
 */
const columns: readonly CsvColumn[] = [
  { header: 'journal.column.time', value: (entry) => utcTime(entry.time) },
  { header: 'journal.column.user', value: (entry) => entry.user },
  { header: 'journal.column.host', value: (entry) => entry.host },
  { header: 'journal.column.origin', value: (entry, locale) => translate(locale, journalOriginLabels[entry.origin]) },
  { header: 'journal.column.profile', value: (entry) => entry.profileName },
  { header: 'journal.column.provider', value: (entry, locale) => translate(locale, `provider.${entry.provider}`) },
  { header: 'journal.column.keyId', value: (entry) => entry.accessKeyIdMasked },
  { header: 'journal.column.source', value: (entry, locale) => translate(locale, journalSourceLabels[journalSourceOf(entry)]) },
  { header: 'journal.column.action', value: (entry) => journalActionOf(entry) },
  { header: 'journal.column.what', value: (entry, locale) => whatIn(entry, locale) },
  { header: 'journal.column.target', value: (entry) => entry.target },
  { header: 'journal.column.outcome', value: (entry, locale) => (entry.kind === 'observed' ? null : translate(locale, journalOutcomeLabels[entry.outcome])) },
  { header: 'journal.column.errorCode', value: (entry) => (entry.kind === 'observed' ? null : entry.errorCode) },
  { header: 'journal.column.latency', value: (entry) => (entry.kind === 'observed' ? null : entry.latencyMs) },
  { header: 'journal.column.attempts', value: (entry) => (entry.kind === 'call' ? entry.attempts : null) },
  { header: 'journal.column.requestId', value: (entry) => (entry.kind === 'observed' ? null : entry.requestId) },
];

/**
 * Starts a spreadsheet reads as a formula: `=`, `+`, `-`, `@`, and a tab or carriage return
 * (OWASP "CSV injection"). Journal fields hold text from the cloud and from other people — stream
 * and studio names, group names, `lcr call` targets — so one such as `=HYPERLINK(…)` would run
 * when an auditor opens the export in Excel.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** Characters that make RFC 4180 quote a field. */
const needsQuotes = /[",\r\n]/;

/**
 * One CSV field: a formula-like text gets a leading apostrophe (spreadsheets then show it as text
 * and hide the apostrophe), then a field with a comma, quote or line break is quoted with its
 * quotes doubled (RFC 4180).
 */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csvLine = (fields: readonly (string | number | null)[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** How many entries an export run writes between looks at whether its slice is over. */
const entriesBetweenLooks = 256;

/**
 * An export made a slice at a time, like the journal's filters: 100,000 entries written in one go
 * hold main's event loop for half a second, and a take would wait behind it. `advance` writes on
 * until every entry is in or `over()` says the slice has had its time; `text` is the file once done.
 */
export interface JournalExportRun {
  advance(over: () => boolean): boolean;
  text(): string;
}

/**
 * The entries as a file, written a slice at a time. CSV, for a spreadsheet, has headers and words
 * in `locale`: UTF-8 text starting with a byte-order mark (without it Excel reads UTF-8 as the ANSI
 * code page and garbles Chinese), CRLF line ends and RFC 4180 quoting, every line ended; times are
 * UTC so exports from desks in different time zones line up. JSON is an array of the entries
 * exactly as the journal stores them (it parses back as `JournalEntry[]`), indented for reading and
 * ended with a newline — for tools and support tickets. Corrupt journal lines are not entries and
 * are in neither.
 */
export function journalExportRun(entries: readonly JournalEntry[], format: JournalExportFormat, locale: Locale): JournalExportRun {
  const csv = format === 'csv';
  // One string per slice, so the file is joined from a few hundred pieces, not 100,000.
  const chunks: string[] = csv ? ['\uFEFF', csvLine(columns.map((column) => translate(locale, column.header)))] : [];
  // A slice of the array as JSON.stringify(entries, null, 2) lays it out: each entry on its own
  // lines, indented once more, between the brackets it leaves off.
  const jsonSlice = (slice: readonly JournalEntry[]) => JSON.stringify(slice, null, 2).slice(2, -2);
  let next = 0;
  return {
    advance(over) {
      while (next < entries.length) {
        const stop = Math.min(entries.length, next + entriesBetweenLooks);
        const slice = entries.slice(next, stop);
        chunks.push(csv ? slice.map((entry) => csvLine(columns.map((column) => column.value(entry, locale)))).join('') : jsonSlice(slice));
        next = stop;
        if (next < entries.length && over()) return false;
      }
      return true;
    },
    text: () => (csv ? chunks.join('') : chunks.length === 0 ? '[]\n' : `[\n${chunks.join(',\n')}\n]\n`),
  };
}
