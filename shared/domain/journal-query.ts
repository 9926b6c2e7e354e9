import { z } from 'zod';
import { JournalOutcome, type JournalEntry } from './journal';
import { ProfileId } from './profile';
import { Provider } from './provider';

/**
 * Where an entry came from, as the journal screen's "from this desk / observed" filter splits
 * them: `desk` is what this desk (its app or `lcr`) sent — call and switch entries; `observed` is
 * what the board saw change without having done it.
 */
export const JournalSource = z.enum(['desk', 'observed']);
export type JournalSource = z.infer<typeof JournalSource>;

/** An instant a filter bound names: ISO 8601 with `Z` or an offset, compared as an instant. */
const Bound = z.iso.datetime({ offset: true });

/**
 * Which entries the journal screen and `lcr journal` show: every field set must match, an unset
 * field matches all. It arrives over IPC and from the command line, so every field is bounded
 * and unknown fields are refused: a hostile payload cannot make the reader do unbounded work.
 */
export const JournalFilter = z.strictObject({
  /** Entries at or after this instant. */
  from: Bound.optional(),
  /** Entries before this instant (exclusive, so consecutive ranges never share an entry). */
  to: Bound.optional(),
  profileId: ProfileId.optional(),
  provider: Provider.optional(),
  /** A name from {@link journalActionOf}. */
  action: z.string().min(1).max(128).optional(),
  /** Only call and switch entries have an outcome: an observed entry never matches one. */
  outcome: JournalOutcome.optional(),
  source: JournalSource.optional(),
  /** Words to find anywhere an operator would look (see {@link matchesJournalFilter}), any case. */
  text: z.string().max(200).optional(),
});
export type JournalFilter = z.infer<typeof JournalFilter>;

/**
 * A journal line that is not an entry (cut short by a crash, edited by hand, written by a newer
 * version): the screen lists it with where it is, so it is seen and never hides the lines after it.
 */
export const CorruptLine = z.object({
  /** The journal file it is in (the current one or a rotated one), as the reader names it. */
  file: z.string(),
  /** Its line number in that file, from 1. */
  line: z.number().int().min(1),
  text: z.string(),
});
export type CorruptLine = z.infer<typeof CorruptLine>;

/**
 * One stable, untranslated name for what an entry records, for the action filter, its picker and
 * the CSV column: a call is its API action (`SetLiveDomainMultiStreamMaster`,
 * `CreatePullToPushGroup`), a switch is `switch`, a change the board saw is `observed.<kind>`
 * (`observed.masterChanged`, `observed.offAir`, `observed.backOnAir`, `observed.masterLost`,
 * `observed.standbyLost`, `observed.standbyBack`). API actions are PascalCase, so they never
 * collide with the lower-case names.
 */
export function journalActionOf(entry: JournalEntry): string {
  if (entry.kind === 'call') return entry.action;
  if (entry.kind === 'switch') return 'switch';
  return `observed.${entry.change.kind}`;
}

/** Whether an entry is this desk's doing or something it saw (see {@link JournalSource}). */
export function journalSourceOf(entry: JournalEntry): JournalSource {
  return entry.kind === 'observed' ? 'observed' : 'desk';
}

/** Free text as compared: compatibility forms folded (full-width Ｌｉｖｅ is Live), then lower case. */
const folded = (text: string): string => text.normalize('NFKC').toLowerCase();

/**
 * The text an entry can be found by, folded for comparing: who, for which profile, what, where,
 * and the cloud's answer. Entries never change once read, so main makes it once per line and
 * keeps it for the next search (see journal-line-filter.ts); it is kept by position rather than in
 * a WeakMap keyed by entry, whose growth and ephemeron marking held main's loop for 15–35 ms at a
 * time over 100,000 entries.
 */
export function journalSearchText(entry: JournalEntry): string {
  const parts: (string | null)[] = [entry.user, entry.host, entry.profileId, entry.profileName, entry.accessKeyIdMasked, entry.target, journalActionOf(entry)];
  if (entry.kind === 'call') parts.push(entry.requestId, entry.errorCode, JSON.stringify(entry.params));
  if (entry.kind === 'switch') parts.push(entry.requestId, entry.errorCode, entry.from, entry.to);
  if (entry.kind === 'observed' && entry.change.kind === 'masterChanged') parts.push(entry.change.from, entry.change.to, entry.change.rawReason);
  return folded(parts.filter((part): part is string => part !== null).join('\n'));
}

/** An instant in epoch ms, or NaN for text that is not one. */
const instant = (text: string): number => Date.parse(text);

/**
 * The filter as one predicate, its bounds and words prepared once: what the reader runs over
 * 100,000 entries. A bound that is set excludes an entry whose time cannot be read. Words are
 * looked for in `searchText` of the entry: {@link journalSearchText}, or the same text kept from
 * an earlier search.
 */
export function journalPredicate(filter: JournalFilter, searchText: (entry: JournalEntry) => string = journalSearchText): (entry: JournalEntry) => boolean {
  const from = filter.from === undefined ? null : instant(filter.from);
  const to = filter.to === undefined ? null : instant(filter.to);
  const needle = folded(filter.text?.trim() ?? '');
  return (entry) => {
    if (filter.profileId !== undefined && entry.profileId !== filter.profileId) return false;
    if (filter.provider !== undefined && entry.provider !== filter.provider) return false;
    if (filter.source !== undefined && journalSourceOf(entry) !== filter.source) return false;
    if (filter.action !== undefined && journalActionOf(entry) !== filter.action) return false;
    if (filter.outcome !== undefined && (entry.kind === 'observed' || entry.outcome !== filter.outcome)) return false;
    if (from !== null || to !== null) {
      const at = instant(entry.time);
      if (Number.isNaN(at) || (from !== null && at < from) || (to !== null && at >= to)) return false;
    }
    return needle === '' || searchText(entry).includes(needle);
  };
}

/**
 * Whether one entry passes the filter. Free text matches, in any case (Chinese too), the target,
 * action, request id, error code, profile name and id, OS user, host, masked key id, a call's
 * parameters as JSON, and the upstreams a switch or master change names. Times are compared as
 * instants, so `+08:00` bounds work on UTC entries. For many entries use {@link journalPredicate}.
 */
export function matchesJournalFilter(entry: JournalEntry, filter: JournalFilter): boolean {
  return journalPredicate(filter)(entry);
}
