import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../../../shared/contract/channels';
import { createEventBus } from '../../../../electron/events/event-bus';
import { noSaveDialog } from '../../../../electron/files/save-dialog';
import { composeJournal, type ComposedJournal } from '../../../../electron/journal/compose-journal';
import { createJournalWriter, journalPath } from '../../../../electron/journal/journal-file';
import { createLogger } from '../../../../electron/log';
import { journalEntry } from '../../support/journal-entries';

// The journal as the app composes it, on a real folder: `journal.facets` answers what the pickers
// offer in the contract's shape, and follows a line another writer (`lcr`) appends while it runs.
let composed: ComposedJournal | null = null;
afterEach(() => composed?.close());

const sender = { url: 'app://test' };

describe('the composed journal', () => {
  it('answers journal.facets over the whole folder, and again after another writer appends', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lcr-journal-'));
    const writer = createJournalWriter(journalPath(dir));
    await writer.append(journalEntry({ id: 'a' }));
    const bus = createEventBus();
    const appended = new Promise<void>((resolve) => bus.listen((name) => name === 'journal.appended' && resolve()));
    composed = composeJournal({ dataDir: dir, bus, locale: () => 'en', saveDialog: noSaveDialog(bus), follow: true, log: createLogger('journal', () => undefined) });

    const first = await composed.handlers['journal.facets']({}, sender);
    expect(channels['journal.facets'].response.parse(first)).toEqual({
      profiles: [{ id: 'p1', name: 'Evening news', provider: 'aliyun', accessKeyIdMasked: 'LTAI****9P6' }],
      actions: ['SetLiveDomainMultiStreamMaster'],
    });

    await createJournalWriter(journalPath(dir)).append(journalEntry({ id: 'lcr', origin: 'cli', action: 'CreatePullToPushGroup' }));
    await appended;
    expect((await composed.handlers['journal.facets']({}, sender)).actions).toEqual(['CreatePullToPushGroup', 'SetLiveDomainMultiStreamMaster']);
  });
});
