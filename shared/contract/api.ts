import { appError } from '../errors/app-error';
import {
  channels,
  events,
  type ChannelName,
  type EventName,
  type EventPayload,
  type RequestOf,
  type ResponseOf,
} from './channels';
import { ipcResult, type IpcResult } from './result';

/** Stops a subscription. Every `onX()` returns one, so a view can clean up on unmount. */
export type Unsubscribe = () => void;
/** Sends one request across the boundary and resolves to the raw envelope main answered. */
export type Invoke = (channel: ChannelName, request: unknown) => Promise<unknown>;
/** Delivers every payload of one event until unsubscribed. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => Unsubscribe;

type DomainOf<K> = K extends `${infer D}.${string}` ? D : never;
type Method<C extends ChannelName> = Record<never, never> extends RequestOf<C>
  ? (request?: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
  : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
type DomainApi<D extends string> = {
  [C in ChannelName as C extends `${D}.${infer I}` ? I : never]: Method<C>;
} & {
  [E in EventName as E extends `${D}.${infer I}` ? `on${Capitalize<I>}` : never]: (
    listener: (payload: EventPayload<E>) => void,
  ) => Unsubscribe;
};

/** `window.controlRoom`: one namespace per domain, intent-level functions only. */
export type ControlRoomApi = { [D in DomainOf<ChannelName | EventName>]: DomainApi<D> };

function split(name: string): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

/**
 * Builds `window.controlRoom` from the contract over any transport: the preload passes
 * `ipcRenderer`, the harness page passes `fetch` and EventSource. Answers are checked against the
 * contract here too, so a transport fault surfaces as a typed error instead of a broken screen.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): ControlRoomApi {
  const api: Record<string, Record<string, unknown>> = {};
  const domain = (d: string) => (api[d] ??= {});

  for (const name of Object.keys(channels) as ChannelName[]) {
    const [d, intent] = split(name);
    const envelope = ipcResult(channels[name].response);
    domain(d)[intent] = async (request: unknown = {}) => {
      let raw: unknown;
      try {
        raw = await invoke(name, request);
      } catch (thrown) {
        const detail = thrown instanceof Error ? thrown.message : String(thrown);
        return { ok: false, error: appError('ipc.unreachable', { channel: name }, { retryable: true, hint: detail }) };
      }
      const parsed = envelope.safeParse(raw);
      return parsed.success
        ? parsed.data
        : { ok: false, error: appError('ipc.invalidResponse', { channel: name }, { hint: parsed.error.message }) };
    };
  }

  for (const name of Object.keys(events) as EventName[]) {
    const [d, intent] = split(name);
    const schema = events[name];
    domain(d)[`on${intent.charAt(0).toUpperCase()}${intent.slice(1)}`] = (listener: (p: unknown) => void) =>
      subscribe(name, (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
  }

  return Object.freeze(api) as unknown as ControlRoomApi;
}
