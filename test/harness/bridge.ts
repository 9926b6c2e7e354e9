import '../../shared/contract/zod-jitless';
import { buildApi } from '../../shared/contract/api';
import type { EventName } from '../../shared/contract/channels';

// Runs in the harness page before the renderer: installs window.controlRoom built by the same
// contract function as the Electron preload, over fetch (requests) and EventSource (events).
// The page's token lives in an HttpOnly cookie set with the first response, so it leaves the
// address bar here and is never readable by page scripts.
const url = new URL(window.location.href);
if (url.searchParams.has('token')) {
  url.searchParams.delete('token');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
const source = new EventSource('./events');
source.addEventListener('message', (message: MessageEvent<string>) => {
  const { name, payload } = JSON.parse(message.data) as { name: EventName; payload: unknown };
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const api = buildApi(
  async (channel, request) => {
    const response = await fetch(`./ipc/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(`harness answered HTTP ${response.status}`);
    return response.json();
  },
  (name, listener) => {
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
);

Object.defineProperty(window, 'controlRoom', { value: api, writable: false, configurable: false });
