import { z } from 'zod';

// Pull-to-push (拉流转推) relays as the screens see them: Volcengine's groups and tasks read into
// plain values, and the drafts an operator fills in. Drafts carry structural limits only; the rules
// a person can break are in relay-validation.ts, so they come back as field-level messages.

const text = z.string().max(4096);

/** Who owns a resource tag: the operator (`Custom`) or the cloud itself (`System`, read-only). */
export const RelayTagCategory = z.enum(['Custom', 'System']);
export type RelayTagCategory = z.infer<typeof RelayTagCategory>;

/** A resource tag on a relay group (billing split by project or show). */
export const RelayTag = z.object({ key: z.string(), value: z.string(), category: RelayTagCategory });
export type RelayTag = z.infer<typeof RelayTag>;

/**
 * A relay group. Groups are known by name only (there is no group id), belong to one IAM project
 * for good, and are how sub-accounts get per-project permissions. A deleted group is still listed
 * when asked for, so the screen can say so rather than pretend it never existed.
 */
export const RelayGroup = z.object({
  name: z.string(),
  project: z.string(),
  tags: z.array(RelayTag),
  deleted: z.boolean(),
});
export type RelayGroup = z.infer<typeof RelayGroup>;

/**
 * Where a task is in its life, from the cloud's Chinese status string: `stopped` (停用, disabled by
 * an operator), `scheduled` (未开始), `active` (生效中, pushing now), `ended` (已结束). `unknown`
 * is a string the app does not know — shown as such, with the raw text, never guessed.
 */
export const RelayTaskStatus = z.enum(['stopped', 'scheduled', 'active', 'ended', 'unknown']);
export type RelayTaskStatus = z.infer<typeof RelayTaskStatus>;

/** A task relays one live stream, or a playlist of recorded (VOD) files. */
export const RelaySourceType = z.enum(['live', 'vod']);
export type RelaySourceType = z.infer<typeof RelaySourceType>;

/** How often a VOD playlist plays: until the task ends, or a number of times. */
export const RelayLoops = z.union([z.literal('untilEnd'), z.number().int().positive()]);
export type RelayLoops = z.infer<typeof RelayLoops>;

/**
 * Where one VOD file starts and stops playing, in seconds from its beginning; null is its own
 * start or end. Set in the console or by another tool; the desk keeps them, never edits them.
 */
export const RelayFileOffsets = z.object({ start: z.number().nullable(), end: z.number().nullable() });
export type RelayFileOffsets = z.infer<typeof RelayFileOffsets>;

/**
 * A relay task as the cloud reported it. Times are ISO 8601 UTC (null when the cloud sent none
 * the app can read); `rawStatus` keeps the cloud's own words beside the mapped status so an
 * unknown one can still be shown and reported. `destinationKind` says whether the push goes to a
 * domain of this Live account or to a third party.
 */
export const RelayTask = z.object({
  id: z.string(),
  title: z.string(),
  group: z.string().nullable(),
  sourceType: RelaySourceType.nullable(),
  sources: z.array(z.string()),
  /** Per VOD file of `sources`, in order, when any file has offsets; empty otherwise. */
  offsets: z.array(RelayFileOffsets),
  loops: RelayLoops.nullable(),
  destination: z.string().nullable(),
  destinationKind: z.enum(['live', 'thirdParty']).nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  status: RelayTaskStatus,
  rawStatus: z.string(),
  callbackUrl: z.string().nullable(),
});
export type RelayTask = z.infer<typeof RelayTask>;

/**
 * A tag as the operator enters it. The category is optional so a group's tags can be handed back
 * as read; `System` ones are dropped before sending, since only the cloud may set them.
 */
export const RelayTagDraft = z.strictObject({ key: text, value: text, category: RelayTagCategory.optional() });
export type RelayTagDraft = z.infer<typeof RelayTagDraft>;

/** A new relay group. */
export const RelayGroupDraft = z.strictObject({
  name: text,
  project: text,
  tags: z.array(RelayTagDraft).max(200).optional(),
});
export type RelayGroupDraft = z.infer<typeof RelayGroupDraft>;

/**
 * A relay task as entered. `start`/`end` are RFC 3339 instants with a zone (`…Z` or `…+08:00`).
 * `destination` is one field, typed either as a push URL (`rtmp://host/app/stream`) or as
 * `domain/app/stream` for a push domain of this account. `loops` applies to VOD sources only.
 * Empty optional strings mean "none"; `group` empty is the account's `default` group. `offsets`
 * (VOD only, one per source) hands back offsets the task was listed with, so an edit of its window
 * does not silently drop where each file starts and stops.
 */
export const RelayTaskDraft = z.strictObject({
  group: text.optional(),
  title: text.optional(),
  start: text,
  end: text,
  sourceType: RelaySourceType,
  sources: z.array(text).max(1000),
  loops: z.union([z.literal('untilEnd'), z.number()]).optional(),
  offsets: z.array(RelayFileOffsets).max(1000).optional(),
  destination: text,
  callbackUrl: text.optional(),
});
export type RelayTaskDraft = z.infer<typeof RelayTaskDraft>;
