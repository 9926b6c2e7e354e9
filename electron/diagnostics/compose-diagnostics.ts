import type { AppInfo } from '../../shared/domain/app-info';
import type { Handlers } from '../ipc/handlers';
import type { ConnectionTracker } from '../cloud/connection-tracker';
import type { SaveDialog } from '../files/save-dialog';
import type { JournalService } from '../journal/journal-service';
import type { LogRing } from '../log-ring';
import type { ProfileService } from '../services/profile-service';
import type { SettingsService } from '../services/settings-service';
import { diagnosticsBundle, diagnosticsFileName } from './diagnostics-bundle';

/** What a diagnostics bundle is read from. */
export interface DiagnosticsSources {
  info: AppInfo;
  settings: SettingsService;
  profiles: ProfileService;
  connections: Pick<ConnectionTracker, 'list'>;
  journal: JournalService;
  logs: LogRing;
  saveDialog: SaveDialog;
  now?: () => Date;
}

/** How many of the journal's newest entries a bundle carries: the last show's worth. */
const journalTail = 500;

/**
 * The diagnostics channels: `diagnostics.bundle` answers the bundle's name and text (for `lcr`,
 * which writes it where the operator says), `diagnostics.save` saves it through the host's save
 * dialog and answers where it went.
 */
export function composeDiagnostics(sources: DiagnosticsSources): Pick<Handlers, `diagnostics.${string}` & keyof Handlers> {
  const now = sources.now ?? (() => new Date());
  const bundle = async () => {
    const at = now();
    const entries = await sources.journal.entries({});
    const text = diagnosticsBundle({
      info: sources.info,
      settings: sources.settings.get(),
      profiles: sources.profiles.list(),
      connections: sources.connections.list(),
      journal: entries.slice(-journalTail),
      logs: sources.logs.lines(),
      now: at,
    });
    return { fileName: diagnosticsFileName(at), text };
  };
  return {
    'diagnostics.bundle': () => bundle(),
    'diagnostics.save': async () => sources.saveDialog.save({ ...(await bundle()), mimeType: 'application/json' }),
  };
}
