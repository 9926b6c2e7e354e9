import type { CloudClient } from '../cloud/cloud-client';
import type { EventBus } from '../events/event-bus';
import type { Handlers } from '../ipc/handlers';
import { createRelayService, type RelayService } from './relay-service';

/** What the relay screen is built from. */
export interface RelaysInputs {
  client: CloudClient;
  bus: EventBus;
  activeProfileId(): string;
}

/** The relay channels and the service behind them. */
export interface ComposedRelays {
  relays: RelayService;
  handlers: Pick<Handlers, `relays.${string}` & keyof Handlers>;
}

/** Wires the relay service to the contract and announces its changes on the bus. */
export function composeRelays(inputs: RelaysInputs): ComposedRelays {
  const relays = createRelayService({ client: inputs.client, profileId: inputs.activeProfileId });
  relays.onView((view) => inputs.bus.emit('relays.changed', view));
  return {
    relays,
    handlers: {
      'relays.view': () => relays.view(),
      'relays.refresh': () => relays.refresh(),
      'relays.refreshGroup': ({ group }) => relays.refreshGroup(group),
      'relays.createGroup': (draft) => relays.createGroup(draft),
      'relays.updateGroup': (request) => relays.updateGroup(request),
      'relays.deleteGroup': (request) => relays.deleteGroup(request),
      'relays.createTask': (request) => relays.createTask(request),
      'relays.updateTask': (request) => relays.updateTask(request),
      'relays.stopTask': (request) => relays.stopTask(request),
      'relays.continueTask': (request) => relays.continueTask(request),
      'relays.deleteTask': (request) => relays.deleteTask(request),
    },
  };
}
