import type { Handlers } from '../ipc/handlers';
import type { SaveDialog } from '../files/save-dialog';
import { createDeskSetupService, type DeskSetupDeps, type DeskSetupService } from './desk-setup-service';

/** The desk setup's channels and the service behind them (which `lcr setup` uses directly). */
export interface ComposedDeskSetup {
  deskSetup: DeskSetupService;
  handlers: Pick<Handlers, `deskSetup.${string}` & keyof Handlers>;
}

/** Wires the desk setup: an export goes through the save dialog (a download in the harness); an import arrives as the file's text. */
export function composeDeskSetup(inputs: DeskSetupDeps & { saveDialog: SaveDialog }): ComposedDeskSetup {
  const deskSetup = createDeskSetupService(inputs);
  return {
    deskSetup,
    handlers: {
      'deskSetup.export': () => deskSetup.exported(),
      'deskSetup.save': () => inputs.saveDialog.save({ ...deskSetup.exported(), mimeType: 'application/json' }),
      'deskSetup.preview': (request) => deskSetup.preview(request),
      'deskSetup.apply': (request) => deskSetup.apply(request),
    },
  };
}
