import '../shared/contract/zod-jitless';
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/contract/api';
import type { EventName } from '../shared/contract/channels';
import { eventChannel } from './ipc/event-channel';

// Bundled to one CommonJS file: a sandboxed preload can load neither ESM nor npm modules.
const api = buildApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (name, listener) => {
    const forward = (_event: unknown, eventName: EventName, payload: unknown) => {
      if (eventName === name) listener(payload);
    };
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
);

contextBridge.exposeInMainWorld('controlRoom', api);
