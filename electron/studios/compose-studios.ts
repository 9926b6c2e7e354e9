import type { CloudClient } from '../cloud/cloud-client';
import type { EventBus } from '../events/event-bus';
import type { Handlers } from '../ipc/handlers';
import type { Logger } from '../log';
import { createBatchStore } from './batch-store';
import { createStudioService, type StudioService } from './studio-service';

/** What the studios screen is built from. */
export interface StudiosInputs {
  client: CloudClient;
  bus: EventBus;
  dataDir: string;
  activeProfileId(): string;
  log: Logger;
}

/** The studios' channels and the service behind them. */
export interface ComposedStudios {
  studios: StudioService;
  handlers: Pick<Handlers, `studios.${string}` & keyof Handlers>;
}

/** Wires the studios service to the contract and announces its changes on the bus. */
export function composeStudios(inputs: StudiosInputs): ComposedStudios {
  const studios = createStudioService({ client: inputs.client, batches: createBatchStore(inputs.dataDir, inputs.log), profileId: inputs.activeProfileId });
  studios.onView((view) => inputs.bus.emit('studios.changed', view));
  studios.onBatch((batch) => inputs.bus.emit('studios.batchChanged', batch));
  return {
    studios,
    handlers: {
      'studios.view': () => studios.view(),
      'studios.refresh': () => studios.refresh(),
      'studios.copy': (request) => studios.copy(request),
      'studios.create': (request) => studios.create(request),
      'studios.config': ({ studioId }) => studios.config(studioId),
      'studios.configure': (request) => studios.configure(request),
      'studios.start': ({ studioId }) => studios.start(studioId),
      'studios.stop': ({ studioId }) => studios.stop(studioId),
      'studios.delete': (request) => studios.remove(request),
      'studios.batches': () => studios.batches(),
      'studios.batchStart': (request) => studios.startBatch(request),
      'studios.batchResume': ({ id }) => studios.resumeBatch(id),
      'studios.batchCancel': ({ id }) => studios.cancelBatch(id),
    },
  };
}
