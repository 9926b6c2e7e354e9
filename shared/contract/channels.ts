import { z } from 'zod';
import { AppInfo } from '../domain/app-info';
import { Settings, SettingsPatch } from '../domain/settings';

/** One row of the contract: what the renderer sends and what main answers. */
export interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

/** Requests that carry nothing still arrive as an object, and nothing else is accepted. */
const Empty = z.strictObject({});

/**
 * THE table of everything the renderer may ask of main. Names are `<domain>.<intent>`: the domain
 * becomes a namespace of `window.controlRoom` and the intent a function in it, so a row added here
 * is a typed function in the preload, the harness and the renderer with no plumbing touched.
 */
export const channels = {
  'app.info': { request: Empty, response: AppInfo },
  'settings.get': { request: Empty, response: Settings },
  'settings.update': { request: SettingsPatch, response: Settings },
} as const satisfies Record<`${string}.${string}`, ChannelSpec>;

/** Main→renderer notifications, by the same naming rule; `x.changed` becomes `x.onChanged()`. */
export const events = {
  'settings.changed': Settings,
} as const satisfies Record<`${string}.${string}`, z.ZodType>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What a caller passes (defaults not yet applied). */
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
/** What a handler receives, after validation. */
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** Every channel name, for code that registers or tests them all. */
export const channelNames = Object.keys(channels) as ChannelName[];
/** Every event name. */
export const eventNames = Object.keys(events) as EventName[];

/** Type guard for names arriving from outside (IPC, HTTP paths). */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
