import { buildApi, type ControlRoomApi } from '../../../shared/contract/api';
import type { ChannelName, EventName, EventPayload, RequestOf } from '../../../shared/contract/channels';
import type { IpcResult } from '../../../shared/contract/result';
import type { AppInfo } from '../../../shared/domain/app-info';
import { defaultSettings, type Settings } from '../../../shared/domain/settings';
import { appError } from '../../../shared/errors/app-error';

/** How the fake main answers one channel: an envelope, a thrown transport failure, or a hang. */
export type FakeHandler = (request: unknown) => Promise<IpcResult<unknown>>;

/** A stand-in for main built by the real `buildApi`, so answers are validated as in the app. */
export interface FakeControlRoom {
  api: ControlRoomApi;
  /** Replaces how a channel answers. */
  answer<C extends ChannelName>(channel: C, handler: (request: RequestOf<C>) => Promise<IpcResult<unknown>>): void;
  /** Makes every call fail as if main were gone (the transport throws). */
  disconnect(): void;
  /** Delivers an event to the renderer's subscribers. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Requests received, in order. */
  calls: { channel: ChannelName; request: unknown }[];
}

/** A typical `app.info` answer. */
export const sampleInfo: AppInfo = {
  name: 'Live Control Room',
  version: '0.1.0',
  host: 'harness',
  platform: 'linux',
  versions: { node: '20.20.2', electron: null, chrome: null },
  dataDir: '/tmp/lcr',
  systemLocales: ['en-US'],
};

/**
 * A fake main whose settings live in memory, whose `app.info` answers `sampleInfo` and which has
 * no start-up notices. Profiles are added by `installFakeProfiles` (fake-profiles.ts).
 */
export function fakeControlRoom(): FakeControlRoom {
  const handlers = new Map<ChannelName, FakeHandler>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: FakeControlRoom['calls'] = [];
  let connected = true;
  let settings: Settings = defaultSettings;

  handlers.set('app.info', async () => ({ ok: true, value: sampleInfo }));
  handlers.set('app.notices', async () => ({ ok: true, value: [] }));
  handlers.set('settings.get', async () => ({ ok: true, value: settings }));
  handlers.set('settings.update', async (request) => {
    settings = { ...settings, ...(request as Partial<Settings>) };
    return { ok: true, value: settings };
  });

  const api = buildApi(
    async (channel, request) => {
      calls.push({ channel, request });
      if (!connected) throw new Error('connection refused');
      const handler = handlers.get(channel);
      return handler ? handler(request) : { ok: false, error: appError('ipc.unknownChannel', { channel }) };
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  );

  return {
    api,
    calls,
    answer(channel, handler) {
      handlers.set(channel, handler as FakeHandler);
    },
    disconnect() {
      connected = false;
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}
