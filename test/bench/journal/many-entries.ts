import type { JournalEntry } from '../../../shared/domain/journal';
import { journalEntry } from '../../unit/support/journal-entries';
import { observedJournalEntry, switchJournalEntry } from '../../unit/support/journal-entry-kinds';

// A season's journal for the benchmark: calls, switches and changes the board saw, on several
// streams, groups and profiles, one every 20 seconds, in the proportions a busy desk writes them.

const streams = ['live.example.com/live/match1', 'live.example.com/live/match2', 'live.example.com/live/赛事直播', 'live.example.com/live/news'];
const groups = ['赛事直播', 'ClientA2026', '晚会转播', 'default'];
const profiles: readonly { profileId: string; profileName: string; provider: 'aliyun' | 'volcengine'; accessKeyIdMasked: string }[] = [
  { profileId: 'p-news', profileName: 'Evening news', provider: 'aliyun', accessKeyIdMasked: 'LTAI****9P6' },
  { profileId: 'p-sports', profileName: '体育频道', provider: 'aliyun', accessKeyIdMasked: 'LTAI****2Q1' },
  { profileId: 'p-relay', profileName: 'Relay desk', provider: 'volcengine', accessKeyIdMasked: 'AKLT****x7Y' },
];

/** Entry `n` of the season: which kind, stream, outcome and profile follow from `n` alone. */
export function seasonEntry(n: number, start: number): JournalEntry {
  const time = new Date(start + n * 20_000).toISOString();
  const stream = streams[n % streams.length] ?? '';
  const profile = profiles[n % profiles.length] ?? { profileId: 'p-news', profileName: 'Evening news', provider: 'aliyun', accessKeyIdMasked: 'LTAI****9P6' };
  const who = { id: `e${n}`, time, user: n % 5 === 0 ? 'producer2' : 'producer', host: `desk-${1 + (n % 3)}`, ...profile };
  const outcome = n % 17 === 0 ? 'failed' : n % 53 === 0 ? 'unknown' : 'ok';
  if (n % 10 === 0) return observedJournalEntry({ kind: 'standbyLost', key: stream }, { ...who });
  if (n % 4 === 0) return switchJournalEntry({ ...who, target: stream, from: 'main_1', to: 'main_2', outcome });
  const group = groups[n % groups.length] ?? '';
  if (who.provider === 'volcengine') return journalEntry({ ...who, action: 'CreatePullToPushGroup', target: group, params: { Name: group, ProjectName: 'default' }, outcome });
  return journalEntry({ ...who, target: stream, outcome });
}
