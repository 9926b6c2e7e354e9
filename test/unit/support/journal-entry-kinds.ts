import type { ObservedChange } from '../../../shared/domain/board';
import type { JournalEntryBase, ObservedEntry, SwitchEntry } from '../../../shared/domain/journal';
import { journalEntry } from './journal-entries';

/** The who-and-where of the call fixture, so every kind of fixture entry is from the same desk unless told. */
function base(): JournalEntryBase {
  const { v, id, time, user, host, origin, profileId, profileName, provider, accessKeyIdMasked } = journalEntry();
  return { v, id, time, user, host, origin, profileId, profileName, provider, accessKeyIdMasked };
}

/** A valid switch entry (a confirmed click switch of match1 from main_1 to main_2), with any fields overridden. */
export function switchJournalEntry(overrides: Partial<SwitchEntry> = {}): SwitchEntry {
  return {
    ...base(),
    kind: 'switch',
    target: 'live.example.com/live/match1',
    from: 'main_1',
    to: 'main_2',
    via: 'click',
    outcome: 'ok',
    errorCode: null,
    requestId: 'A57FBFD7-FC9A-54FE-A876-4D5E19577186',
    latencyMs: 1200,
    ...overrides,
  };
}

/** A valid observed entry for `change` (its key is the entry's target), with any fields overridden. */
export function observedJournalEntry(change: ObservedChange, overrides: Partial<ObservedEntry> = {}): ObservedEntry {
  return { ...base(), kind: 'observed', target: change.key, change, ...overrides };
}
