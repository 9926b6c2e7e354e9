import { createJournalWriter } from '../../../electron/journal/journal-file';
import { journalEntry } from '../../unit/support/journal-entries';

// Child process for the concurrent-writers test: appends COUNT entries named WHO-n to FILE, all
// at once, as a busy `lcr` or app would.
const [file = '', who = '', count = '0'] = process.argv.slice(2);
const writer = createJournalWriter(file);
await Promise.all(
  Array.from({ length: Number(count) }, (_, n) =>
    writer.append(journalEntry({ id: `${who}-${n}`, origin: 'cli', profileName: '演练 · 阿里云', params: { CasterName: '赛事 '.repeat(40) } })),
  ),
);
