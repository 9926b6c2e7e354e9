import type { CallEntry } from '../../../shared/domain/journal';

/** A valid journal entry for tests, with any fields overridden. */
export function journalEntry(overrides: Partial<CallEntry> = {}): CallEntry {
  return {
    v: 1,
    kind: 'call',
    id: 'entry-1',
    time: '2026-11-22T20:00:00.000Z',
    user: 'producer',
    host: 'desk-1',
    origin: 'app',
    profileId: 'p1',
    profileName: 'Evening news',
    provider: 'aliyun',
    accessKeyIdMasked: 'LTAI****9P6',
    action: 'SetLiveDomainMultiStreamMaster',
    target: 'live.example.com/live/match1',
    params: { Domain: 'live.example.com', AppName: 'live', StreamName: 'match1' },
    requestId: 'A57FBFD7-FC9A-54FE-A876-4D5E19577186',
    outcome: 'ok',
    errorCode: null,
    latencyMs: 84,
    attempts: 1,
    ...overrides,
  };
}
