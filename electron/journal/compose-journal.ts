import { watch, type FSWatcher } from 'node:fs';
import type { Locale } from '../../shared/domain/settings';
import type { EventBus } from '../events/event-bus';
import type { SaveDialog } from '../files/save-dialog';
import type { Handlers } from '../ipc/handlers';
import type { Logger } from '../log';
import { createJournalIndex } from './journal-index';
import { createJournalService, type JournalService } from './journal-service';

/** What the journal's channels are built from. */
export interface JournalInputs {
  dataDir: string;
  bus: EventBus;
  locale(): Locale;
  saveDialog: SaveDialog;
  /** Follow the folder for lines `lcr` (or another writer) appends; the command line itself does not. */
  follow: boolean;
  log: Logger;
}

/** The journal's channels, the service behind them, and how to stop following the folder. */
export interface ComposedJournal {
  journal: JournalService;
  handlers: Pick<Handlers, `journal.${string}` & keyof Handlers>;
  close(): void;
}

/** What each export is, for the page's download and the OS's file associations. */
const mimeTypes = { csv: 'text/csv;charset=utf-8', json: 'application/json' } as const;

/** How long a burst of writes is gathered before the journal is read on. */
const settleMs = 50;

/**
 * Wires the journal service to the contract. When following, the data folder is watched and,
 * shortly after any change, the journal is read on from where it was (once something has read it),
 * so a line `lcr` wrote shows on the screen while the app runs; `journal.appended` says how many
 * lines came.
 */
export function composeJournal(inputs: JournalInputs): ComposedJournal {
  const journal = createJournalService(createJournalIndex(inputs.dataDir));
  journal.onAppended((added) => inputs.bus.emit('journal.appended', { added }));
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  if (inputs.follow) {
    try {
      watcher = watch(inputs.dataDir, () => {
        if (timer) return;
        timer = setTimeout(() => {
          timer = null;
          journal.refresh().catch((thrown: unknown) => inputs.log.warn(`journal not read on: ${String(thrown)}`));
        }, settleMs);
      });
    } catch (thrown) {
      inputs.log.warn(`journal folder not followed: ${String(thrown)}`);
    }
  }
  return {
    journal,
    handlers: {
      'journal.page': ({ filter, offset, limit }) => journal.page(filter, offset, limit),
      'journal.export': ({ filter, format }) => journal.exported(filter, format, inputs.locale()),
      'journal.save': async ({ filter, format }) => {
        const { fileName, text } = await journal.exported(filter, format, inputs.locale());
        return inputs.saveDialog.save({ fileName, text, mimeType: mimeTypes[format] });
      },
      'journal.facets': () => journal.facets(),
    },
    close() {
      watcher?.close();
      if (timer) clearTimeout(timer);
    },
  };
}
