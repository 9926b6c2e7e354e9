import type { Host } from '../shared/domain/app-info';
import { createEventBus, type EventBus } from './events/event-bus';
import type { Handlers } from './ipc/handlers';
import { createLogger, type LogSink } from './log';
import { describeApp, type AppInfoInputs } from './services/app-info-service';
import { createSettingsService } from './services/settings-service';
import type { SettingsStore } from './settings/settings-store';

/** Everything the services need from their host; Electron and the harness each supply their own. */
export interface ServiceInputs extends Omit<AppInfoInputs, 'host'> {
  host: Host;
  settingsStore: SettingsStore;
  logSink?: LogSink;
}

/** The composed main-process services: the contract's handlers and the bus their events go out on. */
export interface Services {
  handlers: Handlers;
  bus: EventBus;
}

/**
 * Builds the real services once, from injected adapters. The Electron main process and the browser
 * harness both call this, so the harness serves the same code the app runs.
 */
export function composeServices(inputs: ServiceInputs): Services {
  const bus = createEventBus();
  const settings = createSettingsService(inputs.settingsStore, bus, createLogger('settings', inputs.logSink));
  const info = describeApp(inputs);
  return {
    bus,
    handlers: {
      'app.info': () => info,
      'settings.get': () => settings.get(),
      'settings.update': (patch) => settings.update(patch),
    },
  };
}
